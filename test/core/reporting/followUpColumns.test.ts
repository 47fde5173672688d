import {
  buildReportingSheet,
  FILLS,
  FollowUpCheckError,
  H,
  readReportingRows,
  REPORTING_LAYOUT_VERSION,
  updateReportingEntry,
  USER_COLUMNS,
} from '../../../src/core/reporting/reportingSheet';
import { planTableWrite } from '../../../src/core/reporting/tablePlan';
import { ROUTES_B } from '../../../src/core/reporting/followUpColumns';
import { evaluationEntriesFromGrid } from '../../../src/core/evaluation/entriesFromSheet';
import type { CellValue } from '../../../src/core/register/types';
import { analysis, daanLate, emmaLuxury, sanneEarly, sanneSixteen } from './flagFixtures';

// Serials of the 1900 system: 01-10-2026 = 46296, 05-10-2026 = 46300 (Sanne's start),
// 20-11-2026 = 46346, 24-11-2026 = 46350, 02-12-2026 = 46358, 15-01-2027 = 46402.

function asGrid(build: ReturnType<typeof buildReportingSheet>): CellValue[][] {
  return [build.spec.columns.map((c) => c.header), ...build.spec.rows.map((r) => [...r])];
}

/** The table as the add-in wrote it before the follow-up columns (layout 1): the same build, minus them. */
function layoutOneGrid(flags = [sanneSixteen, daanLate, emmaLuxury]): CellValue[][] {
  const build = buildReportingSheet(analysis(flags), undefined);
  const keep = build.spec.columns.map((c, j) => ((c.since ?? 1) === 1 ? j : -1)).filter((j) => j >= 0);
  return asGrid(build).map((r) => keep.map((j) => r[j]));
}

describe('the MAS follow-up columns of Verzuimsignalen', () => {
  it('are nine user columns of layout 2, with lists, date formats on dates and text on text', () => {
    const follow = USER_COLUMNS.filter((c) => c.since === 2);
    expect(follow.map((c) => [c.header, c.numberFormat, c.default])).toEqual([
      ['Actie gemeente gewenst', '@', 'Ja'],
      ['Status DUO', '@', null],
      ['Contact leerplicht op', 'dd-mm-yyyy', null],
      ['Route', '@', null],
      ['Route gekozen op', 'dd-mm-yyyy', null],
      ['Terugkoppeling', '@', null],
      ['Terugkoppeling op', 'dd-mm-yyyy', null],
      ['Resultaat', '@', null],
      ['Afgesloten op', 'dd-mm-yyyy', null],
    ]);
    // Layout 2; the Gewijzigd mark (changedFlags.ts) came after them, in layout 3.
    expect(REPORTING_LAYOUT_VERSION).toBe(3);
    const list = (h: string) => follow.find((c) => c.header === h)?.list;
    expect(list('Actie gemeente gewenst')).toEqual(['Ja', 'Nee']);
    expect(list('Status DUO')).toEqual(['Geregistreerd', 'In behandeling', 'Afgesloten', 'Ingetrokken', 'Ter kennisgeving aangenomen']);
    // Branch A's routes and, for luxury absence (branch B), a proces-verbaal or not.
    expect(list('Route')).toEqual([
      'Waarschuwing', 'Vrijwillige hulp', 'Halt', 'Civiel kader (Raad voor de Kinderbescherming)',
      'Strafrechtelijk kader (proces-verbaal)', 'Combinatie', 'Last onder dwangsom', 'Geen proces-verbaal', 'Proces-verbaal',
    ]);
    expect(list('Resultaat')).toContain('Passend onderwijs gevonden');
    // Excel's list source is limited to 255 characters.
    for (const c of follow) if (c.list) expect(c.list.join(',').length).toBeLessThanOrEqual(255);
    expect(follow.find((c) => c.header === 'Route')?.prompt).toMatch(/vul eerst "Gemeld op" in/);
  });

  it('marks a date before the flag start and a Route without Gemeld op, like a Niet melden without a reason', () => {
    const grid = asGrid(buildReportingSheet(analysis([sanneSixteen, daanLate, emmaLuxury]), undefined));
    const col = (h: string) => grid[0].indexOf(h);
    // Sanne: contact typed a year early (01-10-2026 is before her start 05-10-2026).
    grid[1][col(H.reportedOn)] = 46346;
    grid[1][col(H.contactOn)] = 46296;
    // Daan: a route recorded but never reported. Emma: everything right.
    grid[2][col(H.route)] = 'Halt';
    grid[3][col(H.reportedOn)] = 46346;
    grid[3][col(H.route)] = 'Geen proces-verbaal';
    grid[3][col(H.feedbackOn)] = 46358;
    const b = buildReportingSheet(analysis([sanneSixteen, daanLate, emmaLuxury]), grid);
    expect(b.spec.cellFills).toEqual([
      { row: 0, column: col(H.contactOn), fill: FILLS.followUpProblem },
      { row: 1, column: col(H.route), fill: FILLS.followUpProblem },
    ]);
    expect(FILLS.followUpProblem).toBe(FILLS.missingReason);
    // In Excel: a rule per check on its column, so the mark follows what the user types.
    const keys = b.spec.conditionalFormats?.map((r) => [r.key, r.column]);
    expect(keys?.slice(4)).toEqual([
      ['reason', H.reason],
      ['before-start-reportedOn', H.reportedOn],
      ['before-start-contactOn', H.contactOn],
      ['before-start-routeOn', H.routeOn],
      ['before-start-feedbackOn', H.feedbackOn],
      ['before-start-closedOn', H.closedOn],
      ['route-unreported', H.route],
    ]);
  });

  it('refilling keeps every follow-up column by signal id, also on a lapsed row and after reordering', () => {
    const grid = asGrid(buildReportingSheet(analysis([sanneSixteen, sanneEarly, daanLate, emmaLuxury]), undefined));
    const col = (h: string) => grid[0].indexOf(h);
    const sanne: [string, CellValue][] = [
      [H.status, 'Gemeld'], [H.reportedOn, 46346], [H.municipalityAction, 'Nee'], [H.duoStatus, 'In behandeling'],
      [H.contactOn, 46350], [H.route, 'Halt'], [H.routeOn, 46358], [H.feedback, 'Halt-afdoening afgerond, ouders betrokken'],
      [H.feedbackOn, 46402], [H.result, 'Verzuim gestopt'], [H.closedOn, 46402],
    ];
    for (const [h, v] of sanne) grid[1][col(h)] = v;
    grid[4][col(H.reportedOn)] = 46346;
    grid[4][col(H.route)] = 'Proces-verbaal';
    // The user sorts the table: Emma first.
    const sorted = [grid[0], grid[4], grid[1], grid[2], grid[3]];
    // Next analysis: Emma's flag no longer arises; Sanne's hours went up.
    const b = buildReportingSheet(analysis([{ ...sanneSixteen, hours: 18 }, sanneEarly, daanLate]), sorted);
    const out = asGrid(b);
    const row = (id: string) => out.find((r) => r[0] === id)!;
    for (const [h, v] of sanne) expect([h, row(sanneSixteen.id)[out[0].indexOf(h)]]).toEqual([h, v]);
    expect(row(sanneSixteen.id)[out[0].indexOf(H.hours)]).toBe(18);
    expect(row(emmaLuxury.id)[out[0].indexOf(H.lapsed)]).toBe('ja');
    expect(row(emmaLuxury.id)[out[0].indexOf(H.route)]).toBe('Proces-verbaal');
    expect(row(daanLate.id).slice(out[0].indexOf(H.municipalityAction), out[0].indexOf(H.closedOn) + 1)).toEqual(['Ja', null, null, null, null, null, null, null, null]);
    const e = readReportingRows(out).get(sanneSixteen.id);
    expect(e).toMatchObject({
      municipalityAction: 'Nee', duoStatus: 'In behandeling', contactOn: '2026-11-24', route: 'Halt', routeOn: '2026-12-02',
      feedback: 'Halt-afdoening afgerond, ouders betrokken', feedbackOn: '2027-01-15', result: 'Verzuim gestopt', closedOn: '2027-01-15',
    });
    // The evaluation finds Route and Resultaat under the same headers.
    expect(evaluationEntriesFromGrid(out).get(sanneSixteen.id)).toMatchObject({ route: 'Halt', result: 'Verzuim gestopt' });
    expect(evaluationEntriesFromGrid(out).get(emmaLuxury.id)).toMatchObject({ route: 'Proces-verbaal', lapsed: true });
  });

  it('a table of layout 1 gets the nine columns appended at its right end, defaults filled, nothing else written', () => {
    const old = layoutOneGrid();
    expect(old[0]).toHaveLength(21);
    // What the user did in the old table: Sanne reported, Daan explained, an own column "Notitie".
    const col = (h: string) => old[0].indexOf(h);
    old[1][col(H.status)] = 'Gemeld';
    old[1][col(H.reportedOn)] = 46346;
    old[2][col(H.status)] = 'Niet melden';
    old[2][col(H.reason)] = 'Vervoersprobleem, afspraak met de gemeente';
    old[0].push('Notitie');
    old.slice(1).forEach((r, i) => r.push(i === 0 ? 'Moeder belt terug' : null));

    const b = buildReportingSheet(analysis([sanneSixteen, daanLate, emmaLuxury]), old);
    const plan = planTableWrite({ header: old[0], rows: old.slice(1), layoutVersion: 1 }, b.spec);
    expect(plan.newColumns.map((n) => [b.spec.columns[n.specColumn].header, n.column])).toEqual([
      ...USER_COLUMNS.filter((c) => c.since === 2).map((c, k) => [c.header, 22 + k]),
      // and the engine's Gewijzigd mark of layout 3
      [H.changed, 31],
    ]);
    expect(plan.newColumns[0].values).toEqual(['Ja', 'Ja', 'Ja']);
    for (const n of plan.newColumns.slice(1)) expect(n.values).toEqual([null, null, null]);
    // No existing cell changes: the user's status, reason, date and own column stay as they were.
    expect(plan.runs).toEqual([]);
    expect(plan.appended).toEqual([]);
    expect(plan.width).toBe(32);
    // Read back after the upgrade, the user's entries are whole.
    const after = asGrid(b);
    expect(after[0].slice(-1)).toEqual(['Notitie']);
    expect(readReportingRows(after).get(sanneSixteen.id)).toMatchObject({ status: 'Gemeld', reportedOn: '2026-11-20', municipalityAction: 'Ja' });
    expect(readReportingRows(after).get(daanLate.id)).toMatchObject({ status: 'Niet melden', reason: 'Vervoersprobleem, afspraak met de gemeente' });
    // Written again at layout 2, a missing follow-up column is a renamed or deleted one: refused.
    expect(() => planTableWrite({ header: old[0], rows: old.slice(1), layoutVersion: 2 }, b.spec)).toThrow(/mist de kolom "Actie gemeente gewenst"/);
  });
});

describe('updateReportingEntry with the follow-up fields', () => {
  const base = () => asGrid(buildReportingSheet(analysis([sanneSixteen, daanLate, emmaLuxury]), undefined));

  it('writes the fields of one row, dates as serials, and leaves every other row as it was', () => {
    const grid = base();
    const b = updateReportingEntry(
      grid,
      emmaLuxury.id,
      { status: 'Gemeld', reportedOn: '2026-11-20', contactOn: '2026-11-24', route: 'Geen proces-verbaal', routeOn: '2026-12-02', duoStatus: 'Geregistreerd', municipalityAction: 'Nee' },
      '2026-12-04',
    );
    const out = asGrid(b);
    const col = (h: string) => out[0].indexOf(h);
    expect(out[3].slice(col(H.status))).toEqual([
      'Gemeld', null, 46346, null, null, 'Nee', 'Geregistreerd', 46350, 'Geen proces-verbaal', 46358, null, null, null, null, null,
    ]);
    expect(out[1]).toEqual(grid[1]);
    expect(out[2]).toEqual(grid[2]);
    // A text cleared in the pane is blank again.
    const cleared = asGrid(updateReportingEntry(out, emmaLuxury.id, { route: '', routeOn: null, reportedOn: null }, '2026-12-04'));
    expect(cleared[3][col(H.route)]).toBeNull();
  });

  it('refuses a Route without Gemeld op and a date before the start, naming the field, in Dutch and English', () => {
    const grid = base();
    let err: unknown;
    try {
      updateReportingEntry(grid, daanLate.id, { route: 'Waarschuwing' }, '2026-12-04');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(FollowUpCheckError);
    expect((err as FollowUpCheckError).problems.map((p) => p.header)).toEqual(['Route']);
    expect((err as FollowUpCheckError).message).toBe('Een route hoort bij een melding: vul eerst "Gemeld op" in.');
    expect((err as FollowUpCheckError).messageEn).toBe('A route belongs to a melding: fill in "Gemeld op" (reported on) first.');
    // Daan's lateness started 01-09-2026.
    expect(() => updateReportingEntry(grid, daanLate.id, { reportedOn: '2026-11-20', closedOn: '2026-08-31' }, '2026-12-04')).toThrow(
      'Afgesloten op (31-08-2026) ligt vóór de begindatum van het signaal (01-09-2026).',
    );
    // With Gemeld op in the same change, the route is accepted.
    expect(() => updateReportingEntry(grid, daanLate.id, { reportedOn: '2026-11-20', route: ROUTES_B[0] }, '2026-12-04')).not.toThrow();
  });
});
