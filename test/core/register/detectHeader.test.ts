import { findHeader, mapHeaderRow, mergeMapping } from '../../../src/core/register/detectHeader';
import { matchHeader, normalizeHeader } from '../../../src/core/register/headerAliases';
import { importRegister } from '../../../src/core/register/importRegister';
import { RegisterHeaderError } from '../../../src/core/register/headerError';
import type { RegisterField } from '../../../src/core/register/types';
import { exampleSettings, gridFromLines } from '../../fixtures/helpers/registerFixtures';

describe('header texts of register.md', () => {
  // Every typical header of register.md's table, written as exports write them.
  const table: [RegisterField, string[]][] = [
    ['studentId', ['Leerlingnummer', 'Stamnummer', 'Stamnr', 'Stamnr.', 'Leerling ID', 'Student ID', 'ID', 'leerling_id', 'LEERLINGNUMMER']],
    ['studentName', ['Naam', 'Leerling', 'Volledige naam', 'Name']],
    ['firstName', ['Voornaam', 'Roepnaam']],
    ['infix', ['Tussenvoegsel', 'Tussenv.', 'Voorvoegsel']],
    ['lastName', ['Achternaam']],
    ['className', ['Klas', 'Groep', 'Stamgroep', 'Class']],
    ['mentor', ['Mentor', 'Coach', 'Tutor']],
    ['dateOfBirth', ['Geboortedatum', 'Geb. datum', 'Geb.datum', 'Date of birth', 'DOB']],
    ['bsn', ['BSN', 'Onderwijsnummer', 'PGN']],
    ['date', ['Datum', 'Date', 'Dag']],
    ['lesson', ['Lesuur', 'Begin lesuur', 'Uur', 'Les', 'Period']],
    ['lessonTo', ['Tot lesuur', 'Eind lesuur', 'Eind-lesuur']],
    ['startTime', ['Van', 'Begintijd', 'Start']],
    ['endTime', ['Tot', 'Eindtijd', 'End']],
    ['minutes', ['Minuten', 'Min', 'Min.']],
    ['hours', ['Uren', 'Aantal uren', 'Hours']],
    ['code', ['Code', 'Reden', 'Absentiecode', 'Absentiereden', 'Verantwoording', 'Reason']],
    ['kind', ['Soort', 'Type', 'Absentiesoort']],
    ['authorised', ['Geoorloofd', 'Toegestaan', 'Authorised']],
    ['remark', ['Opmerking', 'Toelichting', 'Notitie', 'Remark']],
  ];
  for (const [field, headers] of table) {
    it.each(headers)(`maps "%s" to ${field}`, (h) => {
      expect(matchHeader(h)?.field).toBe(field);
    });
  }

  it('ignores case, spaces, dots, dashes and underscores', () => {
    expect(normalizeHeader(' Geb. Datum ')).toBe('gebdatum');
    expect(normalizeHeader('TOT-LES_UUR')).toBe('totlesuur');
    expect(matchHeader('tot - lesuur')?.field).toBe('lessonTo');
  });

  it('keeps the ambiguous pairs apart', () => {
    expect(matchHeader('Leerling')?.field).toBe('studentName');
    expect(matchHeader('Leerling ID')?.field).toBe('studentId');
    expect(matchHeader('Tot')?.field).toBe('endTime');
    expect(matchHeader('Tot lesuur')?.field).toBe('lessonTo');
    expect(matchHeader('Uur')?.field).toBe('lesson');
    expect(matchHeader('Uren')?.field).toBe('hours');
    expect(matchHeader('Code')?.field).toBe('code');
    expect(matchHeader('Reden')?.field).toBe('code');
    expect(matchHeader('Absentie')).toBeUndefined();
  });
});

describe('findHeader', () => {
  it('reads a Magister-style export: Stamnr., Roepnaam / Tussenv. / Achternaam, Uur, Verantwoording', () => {
    const row = ['Stamnr.', 'Roepnaam', 'Tussenv.', 'Achternaam', 'Klas', 'Datum', 'Uur', 'Verantwoording', 'Geoorloofd', 'Opmerking'];
    const found = findHeader([row]);
    expect(found).toEqual({
      ok: true,
      header: {
        rowIndex: 0,
        headers: row,
        mapping: { studentId: 0, firstName: 1, infix: 2, lastName: 3, className: 4, date: 5, lesson: 6, code: 7, authorised: 8, remark: 9 },
      },
    });
  });

  it('reads a SOMtoday-style export with begin/eind lesuur, times and absentiereden', () => {
    const { mapping } = mapHeaderRow([
      'Leerlingnummer', 'Voornaam', 'Voorvoegsel', 'Achternaam', 'Stamgroep', 'Mentor', 'Datum',
      'Begin lesuur', 'Eind lesuur', 'Begintijd', 'Eindtijd', 'Absentiereden', 'Absentiesoort', 'Toelichting',
    ]);
    expect(mapping).toEqual({
      studentId: 0, firstName: 1, infix: 2, lastName: 3, className: 4, mentor: 5, date: 6,
      lesson: 7, lessonTo: 8, startTime: 9, endTime: 10, code: 11, kind: 12, remark: 13,
    });
  });

  it('reads an English export with hours and a DOB', () => {
    const { mapping } = mapHeaderRow(['Student ID', 'Name', 'Class', 'Tutor', 'DOB', 'Date', 'Period', 'Hours', 'Reason', 'Type', 'Authorised', 'Remark']);
    expect(mapping).toEqual({
      studentId: 0, studentName: 1, className: 2, mentor: 3, dateOfBirth: 4, date: 5, lesson: 6, hours: 7, code: 8, kind: 9, authorised: 10, remark: 11,
    });
  });

  it('reads a ParnasSys-style export: Leerling (a name), Groep, Dag, Van / Tot, Reden', () => {
    const { mapping } = mapHeaderRow(['Leerling ID', 'Leerling', 'Groep', 'Dag', 'Van', 'Tot', 'Reden', 'BSN']);
    expect(mapping).toEqual({ studentId: 0, studentName: 1, className: 2, date: 3, startTime: 4, endTime: 5, code: 6, bsn: 7 });
  });

  it('prefers a specific column over a generic one, whatever their order', () => {
    // "ID" is an export's row id here; "Absentiereden" is the text beside the code.
    const { mapping } = mapHeaderRow(['ID', 'Leerlingnummer', 'Datum', 'Absentiereden', 'Absentiecode', 'Voornaam', 'Roepnaam']);
    expect(mapping.studentId).toBe(1);
    expect(mapping.code).toBe(4);
    expect(mapping.firstName).toBe(6);
  });

  it('skips a title and an export-date row above the header', () => {
    const grid = gridFromLines([
      'Absentieoverzicht Voorbeeldcollege;;;',
      'Geëxporteerd op 27-11-2026 14:05;;;',
      ';;;',
      'Leerlingnummer;Naam;Datum;Code',
      '1001;Sanne de Vries;07-09-2026;S',
    ]);
    const found = findHeader(grid);
    expect(found.ok && found.header.rowIndex).toBe(3);
    const imp = importRegister(grid, exampleSettings());
    expect(imp.header.row).toBe(4);
    expect(imp.rows.map((r) => r.sheetRow)).toEqual([5]);
    expect(imp.counts).toEqual({ rowsRead: 1, rowsCounted: 1, rowsNotCounted: 0, blankRows: 0 });
  });

  it('finds a register that starts in column C and names cells by their sheet column', () => {
    const grid = gridFromLines([
      ';;Verzuim 2C;;;',
      ';;Leerlingnummer;Naam;Datum;Code',
      ';;1001;Sanne de Vries;10-10-2026;S',
      ';;1002;Daan Bakker;12-10-2026;QQ',
    ]);
    const imp = importRegister(grid, exampleSettings());
    expect(imp.header.row).toBe(2);
    expect(imp.header.mapping).toEqual({ studentId: 2, studentName: 3, date: 4, code: 5 });
    // 10-10-2026 is a Saturday; QQ is no code of any table.
    expect(imp.problems.map((p) => [p.row, p.cell, p.kind])).toEqual([
      [3, 'E3', 'non-school-day'],
      [4, 'F4', 'unmapped-code'],
    ]);
  });

  it('only looks at the first 20 rows', () => {
    const grid = gridFromLines([...Array.from({ length: 20 }, () => 'x;;;'), 'Leerlingnummer;Naam;Datum;Code']);
    expect(findHeader(grid)).toEqual({ ok: false, found: [], rowIndex: null });
  });

  it('says which required columns the closest row had', () => {
    const grid = gridFromLines(['Overzicht;;', 'Leerlingnummer;Naam;Datum;Omschrijving', '1001;Sanne;07-09-2026;ziek']);
    expect(findHeader(grid)).toEqual({ ok: false, found: ['studentId', 'date'], rowIndex: 1 });
    expect(() => importRegister(grid, exampleSettings())).toThrow(RegisterHeaderError);
    try {
      importRegister(grid, exampleSettings());
    } catch (e) {
      const err = e as RegisterHeaderError;
      expect(err.found).toEqual(['studentId', 'date']);
      expect(err.closestRow).toBe(2);
      expect(err.message).toBe(
        'geen kopregel met kolommen voor leerlingnummer, datum en code in de eerste 20 rijen; gevonden: leerlingnummer, datum (rij 2: leerlingnummer, datum)',
      );
    }
  });
});

describe('the user mapping override', () => {
  it('is merged over the detected mapping; -1 removes a field; a re-used column drops the detected field', () => {
    expect(mergeMapping({ studentId: 0, date: 2, code: 3, remark: 4 }, { code: 4, remark: -1 })).toEqual({ studentId: 0, date: 2, code: 4 });
    expect(mergeMapping({ studentId: 0, date: 2, code: 3, remark: 4 }, { className: 3 })).toEqual({ studentId: 0, date: 2, className: 3, remark: 4 });
  });

  it('lets the user name a code column the detection does not know', () => {
    const grid = gridFromLines([
      'Leerlingnummer;Naam;Datum;Afwezigheid;Omschrijving',
      '1001;Sanne de Vries;07-09-2026;Z;griep',
      '1001;Sanne de Vries;08-09-2026;Z;griep',
    ]);
    expect(() => importRegister(grid, exampleSettings())).toThrow(RegisterHeaderError);
    const imp = importRegister(grid, exampleSettings(), { mappingOverride: { code: 3, remark: 4 } });
    expect(imp.header.row).toBe(1);
    expect(imp.header.mapping).toEqual({ studentId: 0, studentName: 1, date: 2, code: 3, remark: 4 });
    expect(imp.rows.map((r) => [r.sheetRow, r.category, r.minutes, r.remark])).toEqual([
      [2, 'sick', 300, 'griep'],
      [3, 'sick', 300, 'griep'],
    ]);
  });

  it('uses the first row with text in the three hand-mapped columns when no header is recognised', () => {
    const grid = gridFromLines(['Export;;', 'Pupil;When;What', 'P7;2026-09-07;A']);
    const imp = importRegister(grid, exampleSettings(), { mappingOverride: { studentId: 0, date: 1, code: 2 } });
    expect(imp.header.row).toBe(2);
    expect(imp.rows.map((r) => [r.sheetRow, r.studentId, r.category, r.minutes])).toEqual([[3, 'P7', 'unauthorised', 300]]);
  });

  it('applies the mapping saved in the settings, header row included', () => {
    const grid = gridFromLines(['Leerlingnummer;Datum;Code;Soort', 'Leerlingnummer;Datum;Code;Soort', '1001;07-09-2026;A;Te laat']);
    const settings = exampleSettings({ mapping: { headerRow: 2, fields: { kind: -1 } } });
    const imp = importRegister(grid, settings);
    expect(imp.header.row).toBe(2);
    expect(imp.header.mapping.kind).toBeUndefined();
    // Without the kind column the row is the code's own category, a whole day.
    expect(imp.rows.map((r) => [r.sheetRow, r.category, r.minutes])).toEqual([[3, 'unauthorised', 300]]);
  });
});

describe('name layouts', () => {
  it('takes a single name column as it is', () => {
    const imp = importRegister(gridFromLines(['Leerlingnummer;Naam;Datum;Code', '1001;Sanne de Vries;07-09-2026;S']), exampleSettings());
    expect(imp.students.get('1001')?.name).toBe('Sanne de Vries');
  });

  it('composes Voornaam Tussenvoegsel Achternaam, skipping an empty tussenvoegsel', () => {
    const grid = gridFromLines([
      'Leerlingnummer;Achternaam;Tussenvoegsel;Voornaam;Datum;Code',
      '1001;Vries;de;Sanne;07-09-2026;S',
      '1002;Bakker;;Daan;07-09-2026;S',
    ]);
    const imp = importRegister(grid, exampleSettings());
    expect(imp.students.get('1001')?.name).toBe('Sanne de Vries');
    expect(imp.students.get('1002')?.name).toBe('Daan Bakker');
  });

  it('uses Roepnaam over Voornaam', () => {
    const grid = gridFromLines(['Stamnummer;Voornaam;Roepnaam;Achternaam;Datum;Reden', '1001;Alexandra Maria;Sandra;Jansen;07-09-2026;S']);
    expect(importRegister(grid, exampleSettings()).students.get('1001')?.name).toBe('Sandra Jansen');
  });
});
