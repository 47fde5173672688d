import { CodeMapper, isAuthorisedYes, kindOf, refineCategory } from '../../../src/core/register/categorize';
import { DEFAULT_CODES } from '../../../src/core/register/defaultCodes';
import { importRegister } from '../../../src/core/register/importRegister';
import { exampleSettings, gridFromLines } from '../../fixtures/helpers/registerFixtures';

describe('the default code table of register.md', () => {
  const table: [string, string[]][] = [
    ['unauthorised', ['A', 'AA', 'S', 'SA', 'O', 'OG', 'ON', 'ongeoorloofd', 'ongeoorloofd afwezig', 'afwezig zonder reden', 'afwezig zonder bericht', 'spijbelen', 'gespijbeld', 'onbekend', 'absent', 'unauthorised', 'unauthorized', 'truant']],
    ['late', ['L', 'LA', 'TL', 'TO', 'te laat', 'te laat ongeoorloofd', 'late', 'tardy']],
    ['sick', ['Z', 'ZB', 'ZH', 'ziek', 'ziekgemeld', 'ziek naar huis', 'sick', 'ill']],
    ['authorised', ['T', 'TG', 'M', 'MA', 'P', 'EH', 'V', 'VR', 'VL', 'GE', 'GI', 'U', 'geoorloofd', 'te laat geoorloofd', 'verlof', 'bijzonder verlof', 'vakantieverlof', 'medisch', 'dokter', 'tandarts', 'orthodontist', 'religieus', 'begrafenis', 'huwelijk', 'geschorst', 'schorsing', 'uitgestuurd', 'verwijderd', 'vrijstelling', 'stage', 'excursie', 'authorised', 'authorized', 'excused']],
    ['luxury', ['LV', 'luxe verzuim', 'luxe', 'vakantie zonder toestemming', 'vakantie', 'holiday']],
    ['ignore', ['PR', 'aanwezig', 'present', 'BV', 'HV', 'boeken vergeten', 'huiswerk vergeten', 'materiaal vergeten']],
  ];
  for (const [category, codes] of table) {
    it(`maps every ${category} code`, () => {
      const mapper = new CodeMapper({});
      for (const c of codes) expect([c, mapper.lookup(c).category]).toEqual([c, category]);
    });
  }

  it('has exactly the codes of the table', () => {
    expect(DEFAULT_CODES.size).toBe(table.reduce((n, [, codes]) => n + codes.length, 0));
  });

  it('matches trimmed and case-insensitively, spaces collapsed', () => {
    const mapper = new CodeMapper({});
    expect(mapper.lookup('  Te   Laat ')).toMatchObject({ code: 'Te   Laat', key: 'te laat', category: 'late', source: 'default' });
    expect(mapper.lookup('zb')).toMatchObject({ category: 'sick' });
    expect(mapper.lookup('XQ')).toEqual({ code: 'XQ', key: 'xq', category: null, source: 'unmapped' });
  });

  it("takes the school's own mapping first", () => {
    const mapper = new CodeMapper({ XC: 'unauthorised', dok: 'authorised', L: 'luxury' });
    expect(mapper.lookup('xc')).toMatchObject({ category: 'unauthorised', source: 'school' });
    expect(mapper.lookup('DOK')).toMatchObject({ category: 'authorised', source: 'school' });
    expect(mapper.lookup('L')).toMatchObject({ category: 'luxury', source: 'school' });
    expect(mapper.lookup('Z')).toMatchObject({ category: 'sick', source: 'default' });
  });
});

describe('refinements', () => {
  it('reads the kind and the authorised cells', () => {
    expect(kindOf('Te laat')).toBe('late');
    expect(kindOf('LATE')).toBe('late');
    expect(kindOf('Uitgestuurd')).toBe('removed');
    expect(kindOf('Verwijderd')).toBe('removed');
    expect(kindOf('Removed')).toBe('removed');
    expect(kindOf('Ziek')).toBe('sick');
    expect(kindOf('Absent')).toBe('absent');
    expect(kindOf('  ')).toBeUndefined();
    expect(kindOf(null)).toBeUndefined();
    for (const yes of ['Ja', 'J', 'yes', 'TRUE', 'true', '1', true, 1]) expect([yes, isAuthorisedYes(yes)]).toEqual([yes, true]);
    for (const no of ['Nee', 'N', 'No', 'FALSE', '0', false, 0, null]) expect([no, isAuthorisedYes(no)]).toEqual([no, false]);
  });

  it('kind: Te laat makes unauthorised or unmapped late; Verwijderd makes them authorised; Ziek makes unmapped sick; Absent leaves', () => {
    expect(refineCategory('unauthorised', 'late', false)).toBe('late');
    expect(refineCategory(null, 'late', false)).toBe('late');
    expect(refineCategory('sick', 'late', false)).toBe('sick');
    expect(refineCategory('unauthorised', 'removed', false)).toBe('authorised');
    expect(refineCategory(null, 'removed', false)).toBe('authorised');
    expect(refineCategory('sick', 'removed', false)).toBe('sick');
    expect(refineCategory(null, 'sick', false)).toBe('sick');
    expect(refineCategory('unauthorised', 'sick', false)).toBe('unauthorised');
    expect(refineCategory('luxury', 'absent', false)).toBe('luxury');
    expect(refineCategory(null, 'absent', false)).toBeNull();
  });

  it('authorised = yes makes unauthorised, late and luxury authorised, and nothing else', () => {
    expect(refineCategory('unauthorised', undefined, true)).toBe('authorised');
    expect(refineCategory('late', undefined, true)).toBe('authorised');
    expect(refineCategory('luxury', undefined, true)).toBe('authorised');
    expect(refineCategory('sick', undefined, true)).toBe('sick');
    expect(refineCategory('ignore', undefined, true)).toBe('ignore');
    expect(refineCategory(null, undefined, true)).toBeNull();
    // Kind first, then authorised: an unmapped code marked late and excused is authorised.
    expect(refineCategory(null, 'late', true)).toBe('authorised');
  });

  it('applies both in a register with a Soort and a Geoorloofd column', () => {
    const grid = gridFromLines([
      'Leerlingnummer;Datum;Lesuur;Minuten;Code;Soort;Geoorloofd',
      '1001;07-09-2026;1;5;A;Te laat;Nee', // late, 5 minutes
      '1001;08-09-2026;1;;A;Te laat;Nee', // late without minutes: 0
      '1001;09-09-2026;4;;S;Uitgestuurd;', // removed: authorised, one lesson
      '1001;10-09-2026;;;QQ;Ziek;', // unmapped but kind sick: a sick day
      '1001;11-09-2026;2;;LV;Absent;Ja', // luxury, granted: authorised
      '1001;14-09-2026;2;;S;Absent;Nee', // stays unauthorised
      '1001;15-09-2026;2;;QQ;Absent;', // unmapped and kind absent: still unmapped
    ]);
    const imp = importRegister(grid, exampleSettings());
    expect(imp.rows.map((r) => [r.sheetRow, r.category, r.minutes])).toEqual([
      [2, 'late', 5],
      [3, 'late', 0],
      [4, 'authorised', 50],
      [5, 'sick', 300],
      [6, 'authorised', 50],
      [7, 'unauthorised', 50],
    ]);
    expect(imp.problems.map((p) => [p.row, p.kind, p.cell])).toEqual([[8, 'unmapped-code', 'E8']]);
    // Unmapped first, then by rows (most first), then by code.
    expect(imp.codes).toEqual([
      { code: 'QQ', category: null, rows: 2, source: 'unmapped' },
      { code: 'A', category: 'unauthorised', rows: 2, source: 'default' },
      { code: 'S', category: 'unauthorised', rows: 2, source: 'default' },
      { code: 'LV', category: 'luxury', rows: 1, source: 'default' },
    ]);
  });
});
