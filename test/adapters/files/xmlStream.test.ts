import { xmlEvents } from '../../../src/adapters/files/xmlStream';

/** The events of a document as a list, fed in chunks of `size` characters. */
function events(xml: string, size = xml.length, utf8InLatin1 = false): string[] {
  const out: string[] = [];
  const x = xmlEvents(
    {
      open: (t) => out.push(`<${t.name}${t.attr('r') !== undefined ? ` r=${t.attr('r')}` : ''}${t.attr('t') !== undefined ? ` t=${t.attr('t')}` : ''}>`),
      text: (t) => out.push(JSON.stringify(t)),
      close: (n) => out.push(`</${n}>`),
    },
    { utf8InLatin1 },
  );
  for (let i = 0; i < xml.length; i += size) x.write(xml.slice(i, i + size));
  x.close();
  // Text may arrive in pieces when a chunk ends inside it: join neighbouring pieces.
  return out.reduce<string[]>((acc, e) => {
    const last = acc[acc.length - 1];
    if (e.startsWith('"') && last?.startsWith('"')) acc[acc.length - 1] = JSON.stringify(JSON.parse(last) + JSON.parse(e));
    else acc.push(e);
    return acc;
  }, []);
}

describe('the streaming XML tokenizer', () => {
  const doc =
    '<?xml version="1.0" encoding="UTF-8"?>\r\n<!-- export --><x:worksheet xmlns:x="urn:x"><x:row r="1"><c r=\'A1\' t="inlineStr"><is><t>Zoë &amp; &#x1F600; &lt;b&gt;</t></is></c>' +
    '<c r="B1" s="2" t="a&gt;b"><v>Regel\r\ntwee&#13;</v></c><c r="C1"/><![CDATA[<row>]]></x:row></x:worksheet>';
  const expected = [
    '<worksheet>', '<row r=1>', '<c r=A1 t=inlineStr>', '<is>', '<t>', '"Zoë & 😀 <b>"', '</t>', '</is>', '</c>',
    '<c r=B1 t=a>b>', '<v>', '"Regel\\ntwee\\r"', '</v>', '</c>', '<c r=C1>', '</c>', '</row>', '</worksheet>',
  ];

  it('gives tags without their prefix, attributes and text decoded, CRLF as LF, comments and CDATA skipped', () => {
    expect(events(doc)).toEqual(expected);
  });

  it('gives the same events whatever the chunks, down to one character', () => {
    for (const size of [1, 2, 3, 5, 11]) expect({ size, e: events(doc, size) }).toEqual({ size, e: expected });
  });

  it('decodes text and attributes from UTF-8 bytes given one per character, whatever the chunks', () => {
    const named = doc.replace("r='A1'", "r='Ağ1'").replace('Zoë', 'Zoë Şahin ’s');
    const want = expected.map((e) => e.replace('r=A1', 'r=Ağ1').replace('Zoë', 'Zoë Şahin ’s'));
    const bytes = Buffer.from(named, 'utf8').toString('latin1');
    // Each ë, Ş and ’ is two or three bytes here, so chunks of 1 and 2 cut through them.
    for (const size of [1, 2, 3, 7, bytes.length]) expect({ size, e: events(bytes, size, true) }).toEqual({ size, e: want });
  });

  it('refuses an end tag that closes the wrong element, an unclosed element and a DOCTYPE', () => {
    expect(() => events('<row><c><v>1</v></row>')).toThrow('</row> sluit <c> niet af');
    expect(() => events('<sheetData><row>')).toThrow('<row> wordt niet afgesloten');
    expect(() => events('<!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>')).toThrow(/DOCTYPE/);
  });
});
