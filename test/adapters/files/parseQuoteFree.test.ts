import { parseCsvText, parseQuoteFree } from '../../../src/adapters/files/parseCsvText';

/** A Magister-style export without quotes, as Dutch Excel writes it (semicolons, CRLF). */
const LINES = [
  'Leerlingnummer;Achternaam;Klas;Datum;Lesuur;Code;Opmerking',
  '118871;Demir;1I;01-09-2025;6;HV;',
  '118873;Hendriks;1J;01-09-2025;6;A;',
  '',
  '118886;Kaya;1Q;01-09-2025;2;BV;boeken vergeten',
  '118886;Kaya;1Q;01-09-2025;3;BV;boeken vergeten',
];
const EXPECTED = [
  ['Leerlingnummer', 'Achternaam', 'Klas', 'Datum', 'Lesuur', 'Code', 'Opmerking'],
  ['118871', 'Demir', '1I', '01-09-2025', '6', 'HV', null],
  ['118873', 'Hendriks', '1J', '01-09-2025', '6', 'A', null],
  [null],
  ['118886', 'Kaya', '1Q', '01-09-2025', '2', 'BV', 'boeken vergeten'],
  ['118886', 'Kaya', '1Q', '01-09-2025', '3', 'BV', 'boeken vergeten'],
];

describe('parseQuoteFree (a CSV without quotes, read in blocks of whole lines)', () => {
  it.each(['\r\n', '\n', '\r'])('reads the same grid whatever the block size, with line end %j', (nl) => {
    const text = LINES.join(nl) + nl;
    for (const block of [1, 2, 7, 40, 41, 100, text.length, 1 << 21]) {
      const cells = parseQuoteFree(text, ';', block);
      // The line end after the last line gives one empty row, which parseCsvText drops.
      expect(cells).toEqual([...EXPECTED, [null]]);
    }
    expect(parseCsvText(text).cells).toEqual(EXPECTED);
  });

  it('keeps a byte order mark at the start of a later line, as one papaparse call does', () => {
    // Two exports pasted together: the second header starts with U+FEFF and stays a different text.
    const text = 'Leerlingnummer;Datum\r\n1001;07-09-2026\r\n\ufeffLeerlingnummer;Datum\r\n1002;08-09-2026';
    for (const block of [1, 5, 20, 22, 23, 1000]) {
      expect(parseQuoteFree(text, ';', block)).toEqual([
        ['Leerlingnummer', 'Datum'],
        ['1001', '07-09-2026'],
        ['\ufeffLeerlingnummer', 'Datum'],
        ['1002', '08-09-2026'],
      ]);
    }
  });

  it('reads an empty text as no rows', () => {
    expect(parseQuoteFree('', ';')).toEqual([]);
    expect(parseCsvText('').cells).toEqual([]);
  });

  it('leaves a text with quotes to the full parser', () => {
    const { cells } = parseCsvText('Leerlingnummer;Opmerking\r\n1001;"te laat; bus"\r\n');
    expect(cells).toEqual([
      ['Leerlingnummer', 'Opmerking'],
      ['1001', 'te laat; bus'],
    ]);
  });
});
