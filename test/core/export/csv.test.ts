import { csvCellText, quoteCsvField, toCsv, UTF8_BOM } from '../../../src/core/export/csv';
import { neutraliseFormula } from '../../../src/core/export/neutralise';
import { mimeTypeOf, type ExportTable } from '../../../src/core/export/table';
import { draftsFromAnalysis } from '../../../src/core/drafts/buildDrafts';
import { draftsCsvFile } from '../../../src/core/drafts/draftsCsv';
import type { DraftReportingEntry } from '../../../src/core/drafts/types';
import { flags, rows, settings, students } from '../drafts/fixtures';

describe('neutraliseFormula', () => {
  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+31 6 12345678', "'+31 6 12345678"],
    ['-2+3', "'-2+3"],
    ['@SUM(1)', "'@SUM(1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', "'\rcmd"],
  ])('puts an apostrophe before %j', (input, expected) => {
    expect(neutraliseFormula(input)).toBe(expected);
  });
  it('leaves ordinary text alone, also with = further on', () => {
    expect(neutraliseFormula('Gesprek met ouders')).toBe('Gesprek met ouders');
    expect(neutraliseFormula('a=b')).toBe('a=b');
    expect(neutraliseFormula(' =1')).toBe(' =1');
    expect(neutraliseFormula('')).toBe('');
  });
});

describe('toCsv', () => {
  const table: ExportTable = {
    name: 'T',
    columns: [
      { header: 'Naam', kind: 'text' },
      { header: 'Datum', kind: 'date' },
      { header: 'Uren', kind: 'number' },
      { header: 'Alle lessen', kind: 'yesno' },
      { header: 'Acties', kind: 'text' },
    ],
    rows: [
      ['Zoë de Wit', '2026-10-05', 17.5, false, 'Gesprek; daarna "brief" verstuurd'],
      ['=cmd|\'/c calc\'!A0', '2026-10-28', 8.33, true, '@SUM(1+1)\nregel 2'],
      ['-1', null, -2, null, '\t=1+1'],
    ],
  };
  const csv = toCsv(table);

  it('starts with a UTF-8 byte order mark, separates with semicolons and ends lines with CRLF', () => {
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(csv.slice(1).split('\r\n')[0]).toBe('Naam;Datum;Uren;Alle lessen;Acties');
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('writes Dutch dates, decimal commas and Ja/Nee, and quotes fields with ; " or line breaks', () => {
    const lines = csv.slice(1).split('\r\n');
    expect(lines[1]).toBe('Zoë de Wit;05-10-2026;17,5;Nee;"Gesprek; daarna ""brief"" verstuurd"');
  });

  it('neutralises every text cell starting with = + - @ tab or carriage return, numbers stay numbers', () => {
    const body = csv.slice(1);
    expect(body).toContain('\r\n\'=cmd|\'/c calc\'!A0;28-10-2026;8,33;Ja;"\'@SUM(1+1)\nregel 2"\r\n');
    expect(body).toContain('\r\n\'-1;;-2;;\'\t=1+1\r\n');
  });

  it('quotes a field that would otherwise lose edge spaces', () => {
    expect(quoteCsvField(' a ')).toBe('" a "');
    expect(quoteCsvField('a\rb')).toBe('"a\rb"');
    expect(csvCellText('\rX', 'text')).toBe("'\rX");
  });
});

describe('draftsCsvFile', () => {
  it('writes meldingen.csv with one line per draft and neutralised user text', () => {
    const entries = new Map<string, DraftReportingEntry>([['v3n2001b', { actions: '+gesprek mentor' }]]);
    const file = draftsCsvFile(draftsFromAnalysis({ flags }, { rows, students }, settings, entries, undefined, '2026-10-01'));
    expect(file.name).toBe('meldingen.csv');
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(file.data);
    expect(Array.from(file.data.slice(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    const lines = text.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[1].startsWith('v3n2001b;="123456782";="2001";Bram Hendriks;10-05-2012;2C;12AB;Stedelijk Lyceum Noord;Locatie Parkweg;V3;')).toBe(true);
    expect(lines[1]).toContain(";07-09-2026;28-09-2026;7;17,5;Nee;");
    expect(lines[1]).toContain(";'+gesprek mentor;");
    expect(text).not.toContain('migraine');
  });
});

describe('mimeTypeOf', () => {
  it('gives the type of each generated file for a Blob', () => {
    expect(mimeTypeOf('melding-1001-2026-12-04.docx')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(mimeTypeOf('meldingen.xlsx')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(mimeTypeOf('meldingen.csv')).toBe('text/csv;charset=utf-8');
    expect(mimeTypeOf('alles.ZIP')).toBe('application/zip');
    expect(mimeTypeOf('x.bin')).toBe('application/octet-stream');
  });
});
