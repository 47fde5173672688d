import { refillTable, type RefillLayout } from '../../../src/core/reporting/refillTable';

// A small generic layout, like the drafts sheet would use: id, two engine columns (one of them the
// lapsed marker), two user columns.
const layout: RefillLayout = {
  idHeader: 'Id',
  engineHeaders: ['Naam', 'Uren', 'Vervallen'],
  userColumns: [
    { header: 'Status', default: 'Nieuw' },
    { header: 'Opmerking', default: null },
  ],
  lapsedHeader: 'Vervallen',
};

describe('refillTable', () => {
  it('fills an empty sheet with the fresh rows and the user defaults', () => {
    const r = refillTable(
      undefined,
      [
        { id: 'a1', engine: ['Sanne de Vries', 16.67, null] },
        { id: 'b2', engine: ['Daan Jansen', 8.5, null] },
      ],
      layout,
    );
    expect(r.header).toEqual(['Id', 'Naam', 'Uren', 'Vervallen', 'Status', 'Opmerking']);
    expect(r.rows).toEqual([
      ['a1', 'Sanne de Vries', 16.67, null, 'Nieuw', null],
      ['b2', 'Daan Jansen', 8.5, null, 'Nieuw', null],
    ]);
    expect(r.rowInfo).toEqual([
      { id: 'a1', state: 'new' },
      { id: 'b2', state: 'new' },
    ]);
    expect(r.dropped).toEqual([]);
  });

  it('updates engine columns, keeps user columns by id even when the user reordered columns and rows, and keeps added columns', () => {
    // The user moved "Opmerking" before "Naam", added a column "Belafspraak", and sorted by name.
    const previous = [
      ['Id', 'Opmerking', 'Naam', 'Uren', 'Vervallen', 'Status', 'Belafspraak'],
      ['b2', 'moeder gebeld', 'Daan Jansen', 8.5, null, 'In behandeling', 'di 10:00'],
      ['a1', null, 'Sanne de Vries', 16.67, null, 'Nieuw', null],
    ];
    const r = refillTable(
      previous,
      [
        { id: 'a1', engine: ['Sanne de Vries', 18, null] },
        { id: 'b2', engine: ['Daan Jansen', 9.25, null] },
      ],
      layout,
    );
    expect(r.header).toEqual(['Id', 'Naam', 'Uren', 'Vervallen', 'Status', 'Opmerking', 'Belafspraak']);
    expect(r.extraHeaders).toEqual(['Belafspraak']);
    expect(r.rows).toEqual([
      ['a1', 'Sanne de Vries', 18, null, 'Nieuw', null, null],
      ['b2', 'Daan Jansen', 9.25, null, 'In behandeling', 'moeder gebeld', 'di 10:00'],
    ]);
    expect(r.rowInfo.map((i) => i.state)).toEqual(['kept', 'kept']);
  });

  it('adds new ids as Nieuw, keeps lapsed ids with user content marked, drops lapsed ids without content', () => {
    const previous = [
      ['Id', 'Naam', 'Uren', 'Vervallen', 'Status', 'Opmerking'],
      ['a1', 'Sanne de Vries', 16.67, null, 'Gemeld', null],
      ['b2', 'Daan Jansen', 8.5, null, 'Nieuw', null],
      ['c3', 'Emma Visser', 5, null, 'Nieuw', 'vakantie aangevraagd?'],
      ['d4', 'Liam Mulder', 20, null, 'Nieuw', ''],
    ];
    const r = refillTable(previous, [{ id: 'e5', engine: ['Noah Bakker', 12, null] }], layout);
    expect(r.rows).toEqual([
      ['e5', 'Noah Bakker', 12, null, 'Nieuw', null],
      ['a1', 'Sanne de Vries', 16.67, 'ja', 'Gemeld', null],
      ['c3', 'Emma Visser', 5, 'ja', 'Nieuw', 'vakantie aangevraagd?'],
    ]);
    expect(r.rowInfo).toEqual([
      { id: 'e5', state: 'new' },
      { id: 'a1', state: 'lapsed' },
      { id: 'c3', state: 'lapsed' },
    ]);
    expect(r.dropped).toEqual(['b2', 'd4']);
  });

  it('a lapsed row that comes back is current again (marker cleared)', () => {
    const previous = [
      ['Id', 'Naam', 'Uren', 'Vervallen', 'Status', 'Opmerking'],
      ['a1', 'Sanne de Vries', 16.67, 'ja', 'Gemeld', null],
    ];
    const r = refillTable(previous, [{ id: 'a1', engine: ['Sanne de Vries', 16.67, null] }], layout);
    expect(r.rows).toEqual([['a1', 'Sanne de Vries', 16.67, null, 'Gemeld', null]]);
  });

  it('matches an all-digit id that Excel handed back as a number, and keeps a user row without id', () => {
    const previous = [
      ['id ', 'NAAM', 'Uren', 'Vervallen', 'status', 'Opmerking'],
      [123456789012, 'Sanne de Vries', 16.67, null, 'Gemeld', null],
      [null, null, null, null, null, 'Let op: broertje ook in 1C'],
      [null, null, null, null, null, null],
    ];
    const r = refillTable(previous, [{ id: '123456789012', engine: ['Sanne de Vries', 17, null] }], layout);
    expect(r.rows).toEqual([
      ['123456789012', 'Sanne de Vries', 17, null, 'Gemeld', null],
      [null, null, null, null, null, 'Let op: broertje ook in 1C'],
    ]);
    expect(r.rowInfo.map((i) => i.state)).toEqual(['kept', 'unidentified']);
  });

  it('keeps the first of duplicated ids and never emits an id twice', () => {
    const previous = [
      ['Id', 'Naam', 'Uren', 'Vervallen', 'Status', 'Opmerking'],
      ['a1', 'Sanne de Vries', 16, null, 'Gemeld', 'eerste'],
      ['a1', 'Sanne de Vries', 16, null, 'Afgesloten', 'kopie'],
    ];
    const r = refillTable(
      previous,
      [
        { id: 'a1', engine: ['Sanne de Vries', 16, null] },
        { id: 'a1', engine: ['Sanne de Vries', 16, null] },
      ],
      layout,
    );
    expect(r.rows).toEqual([['a1', 'Sanne de Vries', 16, null, 'Gemeld', 'eerste']]);
  });

  it('refuses a lapsed header that is not an engine column', () => {
    expect(() => refillTable(undefined, [], { ...layout, lapsedHeader: 'Status' })).toThrow(/lapsedHeader/);
  });
});
