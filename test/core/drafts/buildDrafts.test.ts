import { buildReportingSheet, readReportingRows } from '../../../src/core/reporting/reportingSheet';
import type { CellValue } from '../../../src/core/register/types';
import { draftsFromAnalysis, draftsByPupil } from '../../../src/core/drafts/buildDrafts';
import type { DraftReportingEntry } from '../../../src/core/drafts/types';
import { earlySignal2002, flags, luxury2002, rows, settings, sick2004, students } from './fixtures';

const imported = { rows, students };
/** Drafts made on 1 October 2026: before both report-by dates (5 and 23 October). */
const TODAY = '2026-10-01';

describe('draftsFromAnalysis', () => {
  it('makes one draft per leerplicht flag, none for early signals or sickness', () => {
    const drafts = draftsFromAnalysis({ flags }, imported, settings, undefined, undefined, TODAY);
    expect(drafts.map((d) => d.flagId)).toEqual(['v3n2001b', 'lx2002a']);
  });

  it('fills every melding field of the sixteen-hours draft', () => {
    const [d] = draftsFromAnalysis({ flags }, imported, settings, undefined, undefined, TODAY);
    expect(d.pgn).toBe('123456782');
    expect(d.pupil).toEqual({ id: '2001', name: 'Bram Hendriks', className: '2C', dateOfBirth: '2012-05-10' });
    expect(d.school).toEqual({ name: 'Stedelijk Lyceum Noord', brin: '12AB', location: 'Locatie Parkweg' });
    expect(d.duoType).toBe('V3');
    expect(d.verzuimType).toBe('Ongeoorloofd verzuim 16 uur of meer in 4 lesweken');
    expect(d.begindatum).toBe('2026-09-07');
    expect(d.einddatum).toBe('2026-09-28');
    expect(d.verzuimdagen).toBe(7);
    expect(d.verzuimuren).toBe(17.5);
    // 150 minutes a day against a school day of 5 hours: not all lessons missed.
    expect(d.alleLessenGemist).toBe(false);
    expect(d.vermoedelijkeReden).toBe('Ongeoorloofd afwezig zonder geldige reden; reden niet bekend bij school');
    expect(d.actieGemeenteGewenst).toBe(true);
    expect(d.reporter).toEqual({ name: 'M. de Groot', function: 'Verzuimcoördinator', phone: '050-7654321', email: 'verzuim@slnoord.nl' });
    expect(d.masBranch).toBe('A');
    expect(d.reportBy).toBe('2026-10-05');
    expect(d.status).toBe('Nieuw');
    expect(d.specificatie).toEqual([
      { sheetRow: 2, date: '2026-09-07', lessons: '3-5', minutes: 150, code: 'S', category: 'unauthorised' },
      { sheetRow: 3, date: '2026-09-09', lessons: '3-5', minutes: 150, code: 'S', category: 'unauthorised' },
      { sheetRow: 4, date: '2026-09-14', lessons: '3-5', minutes: 150, code: 'S', category: 'unauthorised' },
      { sheetRow: 5, date: '2026-09-16', lessons: '3-5', minutes: 150, code: 'S', category: 'unauthorised' },
      { sheetRow: 6, date: '2026-09-21', lessons: '3-5', minutes: 150, code: 'S', category: 'unauthorised' },
      { sheetRow: 7, date: '2026-09-23', lessons: '3-5', minutes: 150, code: 'S', category: 'unauthorised' },
      { sheetRow: 9, date: '2026-09-28', lessons: '10:20-12:50', minutes: 150, code: 'S', category: 'unauthorised' },
    ]);
    // One line per day for the Verzuimloket: lessons combined, times as given.
    expect(d.dagen.map((x) => [x.date, x.part, x.minutes, x.codes])).toEqual([
      ['2026-09-07', 'lesuur 3-5', 150, 'S'],
      ['2026-09-09', 'lesuur 3-5', 150, 'S'],
      ['2026-09-14', 'lesuur 3-5', 150, 'S'],
      ['2026-09-16', 'lesuur 3-5', 150, 'S'],
      ['2026-09-21', 'lesuur 3-5', 150, 'S'],
      ['2026-09-23', 'lesuur 3-5', 150, 'S'],
      ['2026-09-28', '10:20-12:50', 150, 'S'],
    ]);
    expect(d.createdOn).toBe(TODAY);
    expect(d.reportByPassed).toBe(false);
    expect(d.alreadyReported).toBeNull();
    expect(d.earlierSignals).toEqual([
      {
        flagId: 'es2001a', category: 'early-signal', label: 'Vroegsignaal ongeoorloofd verzuim', start: '2026-09-07', end: '2026-09-16',
        hours: 10, actions: '', reportedOn: '', duoNumber: '',
      },
    ]);
    expect(d.warnings.map((w) => w.code)).toEqual(['missing-school-actions']);
  });

  it('marks a luxury draft of whole days as all lessons missed, with the presumed holiday reason', () => {
    const d = draftsFromAnalysis({ flags }, imported, settings, undefined, undefined, TODAY)[1];
    expect(d.duoType).toBe('L');
    expect(d.verzuimType).toBe('Luxe verzuim');
    expect(d.alleLessenGemist).toBe(true);
    expect(d.vermoedelijkeReden).toBe('Vermoedelijk vakantie: ongeoorloofd afwezig op schooldagen direct voor of na een vakantie');
    expect(d.pgn).toBeNull();
    expect(d.masBranch).toBe('B');
    expect(d.specificatie.map((a) => [a.date, a.lessons, a.minutes, a.code])).toEqual([
      ['2026-10-15', 'hele dag', 300, 'A'],
      ['2026-10-16', 'hele dag', 300, 'A'],
    ]);
    expect(d.warnings.map((w) => w.code)).toEqual(['missing-pgn', 'missing-school-actions']);
  });

  it('never carries sick rows, remarks, the mentor or the sick pupil into a draft', () => {
    const text = JSON.stringify(draftsFromAnalysis({ flags }, imported, settings, undefined, undefined, TODAY));
    for (const forbidden of ['migraine', 'huisarts', 'zat bij vriend', 'Turkije', 'tijdens vakantie', 'Kees Vos', '2004', '987654321', 'Dhr. Smit', '2026-09-25']) {
      expect(text).not.toContain(forbidden);
    }
  });

  it('gives no draft for a flag the school marked "Niet melden" with a reason (any case)', () => {
    const entries = new Map<string, DraftReportingEntry>([['lx2002a', { status: ' niet melden ', reason: 'Verlof verleend' }]]);
    expect(draftsFromAnalysis({ flags }, imported, settings, entries, undefined, TODAY).map((d) => d.flagId)).toEqual(['v3n2001b']);
  });

  it('takes the school actions and the earlier signals actions from the reporting sheet entries', () => {
    const entries = new Map<string, DraftReportingEntry>([
      ['es2001a', { status: 'Afgesloten', actions: 'Gesprek met ouders op 18-09-2026' }],
      ['v3n2001b', { status: 'In behandeling', actions: 'Mentor belt wekelijks met moeder', reportedOn: null }],
    ]);
    const [d] = draftsFromAnalysis({ flags }, imported, settings, entries, undefined, TODAY);
    expect(d.status).toBe('In behandeling');
    expect(d.actiesSchool).toBe('Mentor belt wekelijks met moeder');
    expect(d.earlierSignals[0].actions).toBe('Gesprek met ouders op 18-09-2026');
    expect(d.warnings).toEqual([]);
    // The early signal is listed apart, not mixed into the school's actions for this signal.
    expect(d.actiesSchool).not.toContain('18-09-2026');
  });

  it('adds what the register’s own "Acties school" column holds for the pupil, after what was typed, each text once', () => {
    const withActions = new Map(students);
    withActions.set('2001', { ...students.get('2001')!, schoolActions: ['Mentor belt wekelijks met moeder', 'Thuisbezoek 22-09-2026'] });
    const entries = new Map<string, DraftReportingEntry>([['v3n2001b', { actions: 'Mentor belt wekelijks met moeder' }]]);
    const [d] = draftsFromAnalysis({ flags }, { rows, students: withActions }, settings, entries, undefined, TODAY);
    expect(d.actiesSchool).toBe('Mentor belt wekelijks met moeder; Thuisbezoek 22-09-2026');
    // Without anything typed, the register's column alone; the engine's early signal stays apart.
    const [alone] = draftsFromAnalysis({ flags }, { rows, students: withActions }, settings, undefined, undefined, TODAY);
    expect(alone.actiesSchool).toBe('Mentor belt wekelijks met moeder; Thuisbezoek 22-09-2026');
    expect(alone.earlierSignals.map((s) => s.category)).toEqual(['early-signal']);
    expect(alone.warnings.map((w) => w.code)).not.toContain('missing-school-actions');
  });

  it('lists no sickness-based signal among the earlier signals, and no later signal', () => {
    const sickNearHoliday = { ...luxury2002, id: 'snh2002', basis: 'sick-near-holiday' as const, duoType: null, reportTo: 'school' as const, masBranch: null, reportBy: null, end: '2026-10-14' };
    const sickConcern = { ...sick2004, id: 'sc2002', studentId: '2002', end: '2026-10-01' };
    const later = { ...earlySignal2002, id: 'es2002b', start: '2026-11-02', end: '2026-11-03' };
    const d = draftsFromAnalysis({ flags: [...flags, sickNearHoliday, sickConcern, later] }, imported, settings, undefined, undefined, TODAY).find((x) => x.flagId === 'lx2002a');
    expect(d?.earlierSignals.map((e) => e.flagId)).toEqual(['es2002a']);
  });

  it('never drafts a mislabelled sickness flag, even if it claims leerplicht', () => {
    const wrong = { ...sick2004, reportTo: 'leerplicht' as const, duoType: 'V3' as const };
    expect(draftsFromAnalysis({ flags: [wrong] }, imported, settings)).toEqual([]);
  });

  it('groups drafts per pupil for one document each', () => {
    const drafts = draftsFromAnalysis({ flags }, imported, settings, undefined, undefined, TODAY);
    expect(draftsByPupil(drafts).map((g) => g.map((d) => d.pupil.id))).toEqual([['2001'], ['2002']]);
  });
});

describe('drafts from the reporting sheet as the coordinator left it', () => {
  it('reads status and actions through readReportingRows: Niet melden gives no draft', () => {
    const result = {
      version: 1 as const,
      asOf: '2026-12-04',
      input: { rowsRead: 12, rowsCounted: 12, rowsNotCounted: 0, students: 3, rowsAfterAsOf: 0 },
      problems: [],
      flags,
    };
    const sheet = buildReportingSheet(result, undefined).spec;
    const grid: CellValue[][] = [sheet.columns.map((c) => c.header), ...sheet.rows.map((r) => [...r])];
    const h = grid[0];
    const rowOf = (id: string) => grid.findIndex((r) => r[0] === id);
    grid[rowOf('lx2002a')][h.indexOf('Status')] = 'Niet melden';
    grid[rowOf('lx2002a')][h.indexOf('Reden / toelichting')] = 'Verlof alsnog verleend door directeur';
    grid[rowOf('v3n2001b')][h.indexOf('Status')] = 'In behandeling';
    grid[rowOf('v3n2001b')][h.indexOf('Acties school')] = 'Gesprek met ouders en leerling 30-09-2026';
    const drafts = draftsFromAnalysis(result, imported, settings, readReportingRows(grid), undefined, TODAY);
    expect(drafts.map((d) => [d.flagId, d.status, d.actiesSchool])).toEqual([
      ['v3n2001b', 'In behandeling', 'Gesprek met ouders en leerling 30-09-2026'],
    ]);
    // The free "toelichting" is not part of a melding.
    expect(JSON.stringify(drafts)).not.toContain('Verlof alsnog');
  });
});
