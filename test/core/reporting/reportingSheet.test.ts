import {
  buildReportingSheet,
  FILLS,
  H,
  MISSING_REASON_NOTE,
  readReportingRows,
  STATUSES,
  updateReportingEntry,
  validateStatusChange,
  StatusChangeError,
} from '../../../src/core/reporting/reportingSheet';
import { flagLabel } from '../../../src/core/reporting/flagLabel';
import type { CellValue } from '../../../src/core/register/types';
import { analysis, daanLate, emmaLuxury, flag, liamSick, sanneEarly, sanneSixteen } from './flagFixtures';

const HEADER = [
  'Signaal-id', 'Leerlingnummer', 'Naam', 'Klas', 'Mentor', 'Signaal', 'DUO-type', 'Stap', 'Begindatum',
  'Einddatum', 'Uren', 'Aantal', 'Melden bij', 'MAS-tak', 'Melden vóór', 'Vervallen', 'Status',
  'Reden / toelichting', 'Gemeld op', 'DUO-meldingsnummer', 'Acties school',
  // The MAS follow-up (steps 2-9), layout version 2.
  'Actie gemeente gewenst', 'Status DUO', 'Contact leerplicht op', 'Route', 'Route gekozen op',
  'Terugkoppeling', 'Terugkoppeling op', 'Resultaat', 'Afgesloten op',
  // What changed in a flag the user worked on (layout 3), written by the engine.
  'Gewijzigd',
];
const NO_FOLLOW_UP = ['Ja', null, null, null, null, null, null, null, null];

/** The table as Excel hands it back: header first, the written rows after. */
function asGrid(build: ReturnType<typeof buildReportingSheet>): CellValue[][] {
  return [build.spec.columns.map((c) => c.header), ...build.spec.rows.map((r) => [...r])];
}

describe('flag labels', () => {
  it('names every category, basis and step in Dutch and English', () => {
    expect(flagLabel(sanneSixteen)).toBe('16 uur in 4 lesweken');
    expect(flagLabel(sanneEarly)).toBe('Vroegsignaal (8 uur)');
    expect(flagLabel(emmaLuxury)).toBe('Luxe verzuim (rond vakantie)');
    expect(flagLabel({ category: 'luxury', basis: 'code', level: null })).toBe('Luxe verzuim (verlofcode)');
    expect(flagLabel({ category: 'luxury', basis: 'sick-near-holiday', level: null })).toBe('Ziek rond vakantie (controle)');
    expect(flagLabel({ category: 'long-term', basis: null, level: null })).toBe('Langdurig verzuim');
    expect(flagLabel(daanLate)).toBe('Te laat – stap 3');
    expect(flagLabel(liamSick)).toBe('Zorgwekkend ziekteverzuim (frequentie)');
    expect(flagLabel({ category: 'sick-concern', basis: 'duration', level: null })).toBe('Zorgwekkend ziekteverzuim (duur)');
    expect(flagLabel(sanneSixteen, 'en')).toBe('16 hours in 4 school weeks');
    expect(flagLabel(sanneEarly, 'nl', { sixteenHours: 16, windowLesweken: 4, earlySignalHours: 6.5 })).toBe('Vroegsignaal (6,5 uur)');
  });
});

describe('buildReportingSheet', () => {
  it('writes one row per flag with Dutch headers, serial dates and the defaults of the user columns', () => {
    const b = buildReportingSheet(analysis([sanneSixteen, sanneEarly, liamSick]), undefined);
    expect(b.spec.sheetName).toBe('Verzuimsignalen');
    expect(b.spec.tableName).toBe('Verzuimsignalen');
    expect(b.spec.columns.map((c) => c.header)).toEqual(HEADER);
    // 2026-10-05 = serial 46300, 2026-11-12 = 46338, 2026-11-19 = 46345.
    expect(b.spec.rows[0]).toEqual([
      '3f9c2a7e1b0d', '10234', 'Sanne de Vries', '2B', 'J. Bakker', '16 uur in 4 lesweken', 'V3', null,
      46300, 46338, 16.67, 14, 'Leerplicht', 'A', 46345, null, 'Nieuw', null, null, null, null, ...NO_FOLLOW_UP, null,
    ]);
    expect(b.spec.rows[1].slice(0, 16)).toEqual([
      '5a1b77c0de21', '10234', 'Sanne de Vries', '2B', 'J. Bakker', 'Vroegsignaal (8 uur)', null, null,
      46300, 46318, 8.33, 7, 'School', null, null, null,
    ]);
    expect(b.spec.rows[2][5]).toBe('Zorgwekkend ziekteverzuim (frequentie)');
    expect(b.spec.rows[2][12]).toBe('Jeugdarts');
    expect(b.counts).toEqual({ new: 3, kept: 0, lapsed: 0, dropped: 0 });
  });

  it('sets formats: text ids, dd-mm-yyyy dates, hours 0.00, a status list', () => {
    const b = buildReportingSheet(analysis([sanneSixteen]), undefined);
    const fmt = Object.fromEntries(b.spec.columns.map((c) => [c.header, c.numberFormat]));
    expect(fmt[H.id]).toBe('@');
    expect(fmt[H.studentId]).toBe('@');
    expect(fmt[H.start]).toBe('dd-mm-yyyy');
    expect(fmt[H.end]).toBe('dd-mm-yyyy');
    expect(fmt[H.reportBy]).toBe('dd-mm-yyyy');
    expect(fmt[H.reportedOn]).toBe('dd-mm-yyyy');
    expect(fmt[H.hours]).toBe('0.00');
    const status = b.spec.columns.find((c) => c.header === H.status);
    expect(status?.list).toEqual(['Nieuw', 'In behandeling', 'Gemeld', 'Niet melden', 'Afgesloten']);
  });

  it('fills rows by urgency and route: report-by within 2 working days red, leerplicht amber, jeugdarts blue, school none', () => {
    // asOf Friday 2026-11-27: +2 working days = Tuesday 2026-12-01; Sanne's report-by 2026-11-19 has passed.
    const late = buildReportingSheet(analysis([sanneSixteen, sanneEarly, liamSick]), undefined);
    expect(late.spec.rowFills).toEqual([FILLS.urgent, null, FILLS.jeugdarts]);
    // On Friday 2026-11-13 the deadline (Thursday 19th) is 4 working days away: amber.
    const early = buildReportingSheet(analysis([sanneSixteen]), undefined, { today: '2026-11-13' });
    expect(early.spec.rowFills).toEqual([FILLS.leerplicht]);
    // On Tuesday 2026-11-17 it is exactly 2 working days away: red.
    const near = buildReportingSheet(analysis([sanneSixteen]), undefined, { today: '2026-11-17' });
    expect(near.spec.rowFills).toEqual([FILLS.urgent]);
  });

  it('refill keeps user columns by id, adds new flags as Nieuw, keeps lapsed flags with content marked vervallen', () => {
    const first = buildReportingSheet(analysis([sanneSixteen, sanneEarly, daanLate, emmaLuxury]), undefined);
    const grid = asGrid(first);
    const col = (h: string) => grid[0].indexOf(h);
    // The user handles Sanne, explains Emma, leaves the early signal and Daan untouched.
    grid[1][col(H.status)] = 'Gemeld';
    grid[1][col(H.reportedOn)] = 46346; // 20-11-2026
    grid[1][col(H.duoNumber)] = 'VM-2026-0081';
    grid[1][col(H.actions)] = 'Gesprek met ouders 10-11';
    grid[4][col(H.status)] = 'Niet melden';
    grid[4][col(H.reason)] = 'Verlof achteraf verleend door directeur (art. 11f)';

    // New analysis: Emma's luxury flag and Daan's lateness no longer arise; a new long-term flag.
    const longTerm = flag({
      id: 'aa11bb22cc33', studentId: '10876', studentName: 'Noah Bakker', className: '5V', mentor: 'K. Meijer',
      category: 'long-term', duoType: 'LRV', start: '2026-10-26', end: '2026-11-24', hours: 100, occurrences: 100,
      schoolDays: 20, reportTo: 'leerplicht', masBranch: 'A', reportBy: '2026-12-01',
    });
    const second = buildReportingSheet(analysis([{ ...sanneSixteen, hours: 17.5 }, sanneEarly, longTerm]), grid);
    const rows = second.spec.rows;
    expect(rows.map((r) => r[0])).toEqual(['3f9c2a7e1b0d', '5a1b77c0de21', 'aa11bb22cc33', '9e0d41aa7c33', '0042c1d9be7f']);
    const byId = new Map(rows.map((r) => [r[0], r]));
    const s = byId.get('3f9c2a7e1b0d')!;
    expect(s[10]).toBe(17.5); // engine column updated
    // Sanne was reported with 16,67 hours; the new analysis says 17,5: her row says what moved.
    expect(s.slice(15)).toEqual([null, 'Gemeld', null, 46346, 'VM-2026-0081', 'Gesprek met ouders 10-11', ...NO_FOLLOW_UP, 'uren 16,67 → 17,5']);
    // The early signal did not change, and a new flag has nothing to compare with.
    expect(byId.get('5a1b77c0de21')![s.length - 1]).toBeNull();
    expect(byId.get('aa11bb22cc33')!.slice(15)).toEqual([null, 'Nieuw', null, null, null, null, ...NO_FOLLOW_UP, null]);
    const emma = byId.get('0042c1d9be7f')!;
    expect(emma[2]).toBe('Emma Visser');
    expect(emma[15]).toBe('ja');
    expect(emma[16]).toBe('Niet melden');
    expect(emma[17]).toBe('Verlof achteraf verleend door directeur (art. 11f)');
    // Daan no longer arises either: without user content he is kept too, marked (the table is
    // updated in place and never loses a row).
    expect(byId.get('9e0d41aa7c33')![15]).toBe('ja');
    expect(second.counts).toEqual({ new: 1, kept: 2, lapsed: 2, dropped: 0 });
    expect(second.spec.rowFills?.[3]).toBe(FILLS.lapsed);
    expect(second.spec.rowFills?.[4]).toBe(FILLS.lapsed);
    // Sanne is reported: no longer urgent, still leerplicht.
    expect(second.spec.rowFills?.[0]).toBe(FILLS.leerplicht);
  });

  it('marks "Niet melden" without a reason with a fill and a note on the reason cell', () => {
    const grid = asGrid(buildReportingSheet(analysis([sanneSixteen, daanLate]), undefined));
    grid[2][16] = 'Niet melden';
    const b = buildReportingSheet(analysis([sanneSixteen, daanLate]), grid);
    expect(b.spec.cellFills).toEqual([{ row: 1, column: 17, fill: FILLS.missingReason }]);
    // The message is the reason column's input prompt (not a note: notes are the user's).
    expect(b.spec.columns[17].prompt).toBe(MISSING_REASON_NOTE);
    expect(MISSING_REASON_NOTE).toMatch(/pas toe of leg uit: reden verplicht/i);
  });
});

describe('validateStatusChange', () => {
  it('refuses Niet melden without a reason, accepts it with one, refuses unknown statuses', () => {
    const refused = validateStatusChange('Niet melden', '  ');
    expect(refused).toEqual({
      ok: false,
      code: 'reason-required',
      message: 'Pas toe of leg uit: geef een reden waarom dit signaal niet gemeld wordt.',
      messageEn: 'Comply or explain: give a reason why this signal is not reported.',
    });
    expect(validateStatusChange('Niet melden', 'Leerling verhuisd naar Duitsland')).toEqual({ ok: true });
    for (const s of STATUSES.filter((x) => x !== 'Niet melden')) expect(validateStatusChange(s, '')).toEqual({ ok: true });
    expect(validateStatusChange('Misschien', '')).toMatchObject({ ok: false, code: 'unknown-status' });
  });
});

describe('readReportingRows', () => {
  it('parses user entries by signal id, whatever the column order, dates from serials and Dutch text', () => {
    const grid: CellValue[][] = [
      ['Acties school', 'Status', 'Signaal-id', 'Leerlingnummer', 'Gemeld op', 'Reden / toelichting', 'DUO-meldingsnummer', 'Vervallen'],
      ['Gesprek 10-11', 'gemeld', '3f9c2a7e1b0d', '10234', 46346, null, 81234, null],
      [null, 'Niet melden', '0042c1d9be7f', '00417', '2-12-2026', 'Verlof verleend', null, 'ja'],
      [null, null, '9e0d41aa7c33', '10311', null, null, null, null],
    ];
    const m = readReportingRows(grid);
    expect([...m.keys()]).toEqual(['3f9c2a7e1b0d', '0042c1d9be7f', '9e0d41aa7c33']);
    expect(m.get('3f9c2a7e1b0d')).toEqual({
      id: '3f9c2a7e1b0d', studentId: '10234', status: 'Gemeld', statusText: 'gemeld', reason: '',
      reportedOn: '2026-11-20', duoNumber: '81234', actions: 'Gesprek 10-11', lapsed: false, changes: [], bodyRow: 0,
      // A table of layout 1: no follow-up columns yet, so nothing recorded there.
      municipalityAction: '', duoStatus: '', contactOn: null, route: '', routeOn: null, feedback: '', feedbackOn: null, result: '', closedOn: null,
    });
    expect(m.get('0042c1d9be7f')).toMatchObject({ status: 'Niet melden', reason: 'Verlof verleend', reportedOn: '2026-12-02', lapsed: true });
    expect(m.get('9e0d41aa7c33')).toMatchObject({ status: 'Nieuw', statusText: '', actions: '' });
    expect(readReportingRows(undefined).size).toBe(0);
  });
});

describe('updateReportingEntry', () => {
  it('applies a status change from the pane without touching other rows, and refuses Niet melden without reason', () => {
    const grid = asGrid(buildReportingSheet(analysis([sanneSixteen, daanLate]), undefined));
    expect(() => updateReportingEntry(grid, '9e0d41aa7c33', { status: 'Niet melden' }, '2026-11-27')).toThrow(StatusChangeError);
    const b = updateReportingEntry(
      grid,
      '9e0d41aa7c33',
      { status: 'Niet melden', reason: 'Bus uit Ommen structureel te laat; afspraak met vervoerder', reportedOn: null },
      '2026-11-27',
    );
    expect(b.spec.rows.map((r) => [r[0], r[16], r[17]])).toEqual([
      ['3f9c2a7e1b0d', 'Nieuw', null],
      ['9e0d41aa7c33', 'Niet melden', 'Bus uit Ommen structureel te laat; afspraak met vervoerder'],
    ]);
    expect(b.counts).toEqual({ new: 0, kept: 2, lapsed: 0, dropped: 0 });
    const s = updateReportingEntry(grid, '3f9c2a7e1b0d', { status: 'Gemeld', reportedOn: '2026-11-20' }, '2026-11-27');
    expect(s.spec.rows[0].slice(16, 19)).toEqual(['Gemeld', null, 46346]);
  });
});
