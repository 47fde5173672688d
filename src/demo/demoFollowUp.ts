import { MemoryWorkbook } from '../adapters/memory/memoryWorkbook';
import type { SheetTableSpec, TableWriteOutcome } from '../adapters/workbook/port';
import { FOLLOW_UP_HEADERS, RESULTS, ROUTES_A, ROUTES_B } from '../core/evaluation/followUpValues';
import type { CellValue } from '../core/register/types';
import { addWorkingDays, isoFromCell, serialFromIso } from '../core/reporting/excelDate';
import { FILLS, H, REPORTING_TABLE_NAME } from '../core/reporting/reportingSheet';

/**
 * DEMO DATA, not a rule: what a coordinator of the fictitious Voorbeeldcollege would have recorded
 * over the school year on the sheet "Verzuimsignalen", so the demo's Evaluatie tab has something to
 * evaluate. Applied once, to the first fill of that sheet (the demo's first analysis), by row
 * content alone, so it is the same on every run: the meldingen for leerplicht in order of their end
 * date get statuses Gemeld (on time and late), Afgesloten, Niet melden with a reason, In behandeling
 * and Nieuw, with routes, results, feedback and their dates; the most recent ones stay open, as they
 * would be. Every column is written by its header and skipped when the sheet does not have it.
 */

/** Cell values by header; a date as ISO (written as an Excel serial). */
type Entry = Partial<Record<string, string>>;

const DATE_HEADERS = new Set<string>([
  H.reportedOn,
  FOLLOW_UP_HEADERS.contactOn,
  FOLLOW_UP_HEADERS.routeOn,
  FOLLOW_UP_HEADERS.feedbackOn,
  FOLLOW_UP_HEADERS.closedOn,
]);

const NOT_REPORTED_REASONS = [
  'Achteraf geoorloofd: verklaring van de huisarts ontvangen.',
  'Valt samen met een melding die al loopt bij leerplicht (zelfde periode).',
  'Leerling is verhuisd en uitgeschreven; de nieuwe school is ingelicht.',
];

const FEEDBACK = [
  'Gesprek met leerling en ouders gevoerd; afspraken vastgelegd, school houdt de aanwezigheid bij.',
  'Leerplichtambtenaar heeft een waarschuwing gegeven; bij nieuw verzuim volgt een proces-verbaal.',
  'Doorverwezen naar het wijkteam; hulp is gestart.',
];

const ACTIONS = 'Mentor heeft ouders gebeld; gesprek met zorgcoördinator.';

type Fate = 'closed' | 'onTime' | 'late' | 'waiting' | 'notReported' | 'inProgress' | 'new';

/** One in ten of the older meldingen each; the pattern repeats down the year. */
const CYCLE: readonly Fate[] = ['closed', 'onTime', 'late', 'waiting', 'closed', 'notReported', 'late', 'inProgress', 'onTime', 'new'];

function routeFor(branch: string, i: number): string {
  if (branch === 'B') return ROUTES_B[i % ROUTES_B.length];
  const common = [ROUTES_A[0], ROUTES_A[1], ROUTES_A[0], ROUTES_A[2], ROUTES_A[1], ROUTES_A[3]];
  return common[i % common.length];
}

function entryFor(fate: Fate, i: number, branch: string, end: string, reportBy: string): Entry {
  if (fate === 'new') return {};
  if (fate === 'inProgress') return { [H.status]: 'In behandeling', [H.actions]: ACTIONS };
  if (fate === 'notReported') return { [H.status]: 'Niet melden', [H.reason]: NOT_REPORTED_REASONS[Math.floor(i / CYCLE.length) % NOT_REPORTED_REASONS.length] };
  // On time: two working days after the end, never after report-by; late: three working days after it.
  const twoAfterEnd = addWorkingDays(end, 2);
  const reportedOn = fate === 'late' ? addWorkingDays(reportBy, 3) : twoAfterEnd < reportBy ? twoAfterEnd : reportBy;
  const base: Entry = {
    [H.status]: 'Gemeld',
    [H.reportedOn]: reportedOn,
    [H.duoNumber]: `VM${reportedOn.slice(0, 4)}${String(10000 + ((i * 7919) % 90000))}`,
    [H.actions]: ACTIONS,
    [FOLLOW_UP_HEADERS.municipalityAction]: 'Ja',
    [FOLLOW_UP_HEADERS.duoStatus]: 'Geregistreerd',
  };
  if (fate === 'waiting') return base;
  const chosen: Entry = {
    ...base,
    [FOLLOW_UP_HEADERS.duoStatus]: 'In behandeling',
    [FOLLOW_UP_HEADERS.contactOn]: addWorkingDays(reportedOn, 4),
    [FOLLOW_UP_HEADERS.route]: routeFor(branch, i),
    [FOLLOW_UP_HEADERS.routeOn]: addWorkingDays(reportedOn, 10),
    [FOLLOW_UP_HEADERS.feedback]: FEEDBACK[i % FEEDBACK.length],
    [FOLLOW_UP_HEADERS.feedbackOn]: addWorkingDays(reportedOn, 15),
  };
  if (fate === 'onTime') return i % 2 === 0 ? { ...chosen, [FOLLOW_UP_HEADERS.result]: RESULTS[2] } : chosen;
  if (fate === 'late') return { ...chosen, [FOLLOW_UP_HEADERS.result]: i % 3 === 0 ? RESULTS[3] : RESULTS[0] };
  return {
    ...chosen,
    [H.status]: 'Afgesloten',
    [FOLLOW_UP_HEADERS.duoStatus]: 'Afgesloten',
    [FOLLOW_UP_HEADERS.result]: [RESULTS[0], RESULTS[2], RESULTS[1]][i % 3],
    [FOLLOW_UP_HEADERS.closedOn]: addWorkingDays(reportedOn, 25),
  };
}

/**
 * Writes the demo's follow-up into the rows of a first fill of "Verzuimsignalen" (in place, with
 * the row fills of rows no longer open). Returns how many rows got an entry.
 */
export function applyDemoFollowUp(spec: SheetTableSpec): number {
  // Written into the spec's own arrays on purpose (see DemoWorkbook): the pane reads them back.
  const rows = spec.rows as CellValue[][];
  const fills = spec.rowFills as (string | null)[] | undefined;
  const headers = spec.columns.map((c) => c.header);
  const col = (h: string): number => headers.indexOf(h);
  const [cReportTo, cBranch, cEnd, cReportBy, cLapsed, cId] = [H.reportTo, H.masBranch, H.end, H.reportBy, H.lapsed, H.id].map(col);
  if ([cReportTo, cEnd, cReportBy, cId].some((c) => c < 0)) return 0;
  const isoAt = (row: readonly CellValue[], c: number): string => isoFromCell(row[c]) ?? '';
  // The demo's "today": the last end date on the sheet (the analysis date of a register of a past year).
  const today = rows.reduce((max, r) => (isoAt(r, cEnd) > max ? isoAt(r, cEnd) : max), '');
  const meldingen = rows
    .map((row, index) => ({ row, index }))
    .filter(({ row }) => String(row[cReportTo] ?? '') === 'Leerplicht' && !(cLapsed >= 0 && row[cLapsed] === 'ja') && isoAt(row, cReportBy) !== '')
    .sort((a, b) => isoAt(a.row, cEnd).localeCompare(isoAt(b.row, cEnd)) || String(a.row[cId]).localeCompare(String(b.row[cId])));
  let filled = 0;
  meldingen.forEach(({ row, index }, i) => {
    const end = isoAt(row, cEnd);
    const reportBy = isoAt(row, cReportBy);
    // Recent meldingen are still being handled: reported in time or not yet, no route yet.
    const old = addWorkingDays(reportBy, 40) <= today;
    const fate: Fate = old ? CYCLE[i % CYCLE.length] : reportBy < today ? (i % 2 === 0 ? 'waiting' : 'new') : 'new';
    const entry = entryFor(fate, i, String(row[cBranch] ?? ''), end, reportBy);
    let wrote = false;
    for (const [header, value] of Object.entries(entry)) {
      const c = col(header);
      if (c < 0 || value === undefined) continue;
      row[c] = DATE_HEADERS.has(header) ? serialFromIso(value) : value;
      wrote = true;
    }
    if (!wrote) return;
    filled += 1;
    // A row that is reported or not to be reported is no longer urgent (the sheet's own rule).
    if (fills && entry[H.status] !== 'In behandeling' && fills[index] === FILLS.urgent) fills[index] = FILLS.leerplicht;
  });
  return filled;
}

/**
 * The demo's in-memory workbook: the first time the pane fills "Verzuimsignalen", the demo's
 * follow-up is written into that very fill. The pane takes the rows it shows from the table it
 * wrote, so the entries go into its spec rather than into a second write the pane would not see.
 */
export class DemoWorkbook extends MemoryWorkbook {
  private seeded = false;

  override async writeTable(spec: SheetTableSpec): Promise<TableWriteOutcome> {
    if (!this.seeded && spec.tableName === REPORTING_TABLE_NAME) {
      const existing = await this.readTable(spec.sheetName, spec.tableName);
      this.seeded = true;
      if (existing === undefined || existing.length === 0) applyDemoFollowUp(spec);
    }
    return super.writeTable(spec);
  }
}
