import type { AnalysisResult, Flag } from '../analysis/types';
import type { CellGrid, CellValue } from '../register/types';
import type { ConditionalFillRule, SheetTableSpec, TableColumnSpec } from './sheetTable';
import { dutchPublicHolidays } from '../calendar';
import { isoFromDay } from '../dates';
import { addWorkingDays, isoFromCell, serialFromIso } from './excelDate';
import { DEFAULT_LABEL_THRESHOLDS, flagLabel, reportToLabel, type LabelThresholds } from './flagLabel';
import { headerKey, idKey, refillTable, type FreshRow, type RefillLayout, type RefillRowState } from './refillTable';
import { changedFlags, formatChanges, parseChanges, type FlagChange } from './changedFlags';
import {
  DUO_STATUSES,
  FOLLOW_UP_DATE_FIELDS,
  FOLLOW_UP_HEADERS,
  followUpProblems,
  MUNICIPALITY_ACTION_VALUES,
  RESULTS,
  ROUTE_NEEDS_REPORT_NOTE,
  ROUTES,
  type FollowUpFields,
  type FollowUpProblem,
} from './followUpColumns';

/**
 * The sheet "Verzuimsignalen" of output.md: one table row per flag. Headers are Dutch and fixed,
 * because a refill finds the user's columns by their header text.
 */

export const REPORTING_SHEET_NAME = 'Verzuimsignalen';
export const REPORTING_TABLE_NAME = 'Verzuimsignalen';

export const STATUSES = ['Nieuw', 'In behandeling', 'Gemeld', 'Niet melden', 'Afgesloten'] as const;
export type ReportingStatus = (typeof STATUSES)[number];

/** Excel's invariant number format codes (Dutch Excel shows the date one as dd-mm-jjjj). */
export const DATE_FORMAT = 'dd-mm-yyyy';
export const HOURS_FORMAT = '0.00';
export const INTEGER_FORMAT = '0';
/** Text format: keeps leading zeros of pupil numbers and all-digit ids as text. */
export const TEXT_FORMAT = '@';

export const H = {
  id: 'Signaal-id',
  studentId: 'Leerlingnummer',
  name: 'Naam',
  className: 'Klas',
  mentor: 'Mentor',
  signal: 'Signaal',
  duoType: 'DUO-type',
  level: 'Stap',
  start: 'Begindatum',
  end: 'Einddatum',
  hours: 'Uren',
  occurrences: 'Aantal',
  reportTo: 'Melden bij',
  masBranch: 'MAS-tak',
  reportBy: 'Melden vóór',
  lapsed: 'Vervallen',
  changed: 'Gewijzigd',
  status: 'Status',
  reason: 'Reden / toelichting',
  reportedOn: 'Gemeld op',
  duoNumber: 'DUO-meldingsnummer',
  actions: 'Acties school',
  ...FOLLOW_UP_HEADERS,
} as const;

const ENGINE_COLUMNS: readonly TableColumnSpec[] = [
  { header: H.studentId, numberFormat: TEXT_FORMAT, width: 14 },
  { header: H.name, numberFormat: TEXT_FORMAT, width: 24 },
  // Text format before the values: a class "1-2" or "3/4" would otherwise become a date.
  { header: H.className, numberFormat: TEXT_FORMAT, width: 8 },
  { header: H.mentor, numberFormat: TEXT_FORMAT, width: 16 },
  { header: H.signal, numberFormat: TEXT_FORMAT, width: 32 },
  { header: H.duoType, numberFormat: TEXT_FORMAT, width: 9 },
  { header: H.level, numberFormat: INTEGER_FORMAT, width: 6 },
  { header: H.start, numberFormat: DATE_FORMAT, width: 12 },
  { header: H.end, numberFormat: DATE_FORMAT, width: 12 },
  { header: H.hours, numberFormat: HOURS_FORMAT, width: 8 },
  { header: H.occurrences, numberFormat: INTEGER_FORMAT, width: 8 },
  { header: H.reportTo, numberFormat: TEXT_FORMAT, width: 12 },
  { header: H.masBranch, numberFormat: TEXT_FORMAT, width: 8 },
  { header: H.reportBy, numberFormat: DATE_FORMAT, width: 12 },
  { header: H.lapsed, numberFormat: TEXT_FORMAT, width: 10 },
];

/** The input message of the reason column ("comply or explain"). */
export const MISSING_REASON_NOTE = 'Pas toe of leg uit: reden verplicht bij "Niet melden".';

/**
 * The coordinator's columns, in table order. Adding one is a list entry: give it `since` one
 * above the highest `since` here (the layout version goes up with it), and a table written
 * before gets the column, with `default` in every row, on its next refill; nothing else moves.
 */
export const USER_COLUMNS: readonly (TableColumnSpec & { default: CellValue })[] = [
  { header: H.status, numberFormat: TEXT_FORMAT, list: STATUSES, width: 16, default: 'Nieuw' },
  { header: H.reason, numberFormat: TEXT_FORMAT, width: 40, default: null, prompt: MISSING_REASON_NOTE },
  { header: H.reportedOn, numberFormat: DATE_FORMAT, width: 12, default: null },
  { header: H.duoNumber, numberFormat: TEXT_FORMAT, width: 18, default: null },
  { header: H.actions, numberFormat: TEXT_FORMAT, width: 40, default: null },
  // The MAS follow-up (output.md, steps 2-9): added to tables of layout 1 on their next refill.
  { header: H.municipalityAction, numberFormat: TEXT_FORMAT, list: MUNICIPALITY_ACTION_VALUES, width: 12, default: 'Ja', since: 2 },
  { header: H.duoStatus, numberFormat: TEXT_FORMAT, list: DUO_STATUSES, width: 18, default: null, since: 2 },
  { header: H.contactOn, numberFormat: DATE_FORMAT, width: 12, default: null, since: 2 },
  { header: H.route, numberFormat: TEXT_FORMAT, list: ROUTES, width: 28, default: null, prompt: ROUTE_NEEDS_REPORT_NOTE, since: 2 },
  { header: H.routeOn, numberFormat: DATE_FORMAT, width: 12, default: null, since: 2 },
  { header: H.feedback, numberFormat: TEXT_FORMAT, width: 40, default: null, since: 2 },
  { header: H.feedbackOn, numberFormat: DATE_FORMAT, width: 12, default: null, since: 2 },
  { header: H.result, numberFormat: TEXT_FORMAT, list: RESULTS, width: 22, default: null, since: 2 },
  { header: H.closedOn, numberFormat: DATE_FORMAT, width: 12, default: null, since: 2 },
];

/**
 * Written by the engine, after the user's columns because it came later: what changed in a flag the
 * user worked on since they last saved it (changedFlags.ts). A refill keeps it per row like a user
 * column (a lapsed row keeps its mark) and sets it anew for every flag of the analysis.
 */
const MARK_COLUMNS: readonly (TableColumnSpec & { default: CellValue })[] = [
  { header: H.changed, numberFormat: TEXT_FORMAT, width: 28, default: null, since: 3 },
];

/** The version of the column list: the highest `since` of any column. */
export const REPORTING_LAYOUT_VERSION = Math.max(1, ...[...ENGINE_COLUMNS, ...USER_COLUMNS, ...MARK_COLUMNS].map((c) => c.since ?? 1));

export const REPORTING_LAYOUT: RefillLayout = {
  idHeader: H.id,
  engineHeaders: ENGINE_COLUMNS.map((c) => c.header),
  userColumns: [...USER_COLUMNS, ...MARK_COLUMNS].map((c) => ({ header: c.header, default: c.default })),
  lapsedHeader: H.lapsed,
  lapsedValue: 'ja',
  // In place, a row is never removed: one that no longer arises stays, marked.
  keepAllLapsed: true,
};

/** Where changedFlags finds the facts and the user's own columns (not the mark itself). */
const CHANGED_FLAG_COLUMNS = {
  id: H.id,
  hours: H.hours,
  end: H.end,
  reportBy: H.reportBy,
  changed: H.changed,
  userColumns: USER_COLUMNS.map((c) => ({ header: c.header, default: c.default })),
};

/** Row fills (CSS hex). */
export const FILLS = {
  /** Report-by date passed or within two working days, not yet handled. */
  urgent: '#FDE7E9',
  /** To be reported to the attendance office. */
  leerplicht: '#FFF4CE',
  /** A care signal for the school doctor. */
  jeugdarts: '#EFF6FC',
  /** No longer arises, kept for what the user wrote. */
  lapsed: '#EDEBE9',
  /** A cell that needs the user's attention ("Niet melden" without a reason). */
  missingReason: '#F4ABAA',
  /** A follow-up cell output.md's checks refuse (a date before the start, a route without "Gemeld op"): marked the same way. */
  followUpProblem: '#F4ABAA',
} as const;


export interface ReportingSheetOptions {
  /** ISO date the urgency is judged on; default the analysis' asOf. */
  today?: string;
  /** Thresholds named in the labels (from the settings); defaults 16 h / 4 lesweken / 8 h. */
  thresholds?: LabelThresholds;
  /** Working days before the report-by date that a row turns urgent; default 2. */
  urgentWithinWorkingDays?: number;
}

export interface ReportingSheetBuild {
  spec: SheetTableSpec;
  /** Per body row: signal id and what the refill did with it. */
  rowInfo: { id: string; state: RefillRowState }[];
  counts: { new: number; kept: number; lapsed: number; dropped: number };
}

function engineValues(flag: Flag, thresholds: LabelThresholds): CellValue[] {
  return [
    flag.studentId,
    flag.studentName,
    flag.className,
    flag.mentor,
    flagLabel(flag, 'nl', thresholds),
    flag.duoType,
    flag.level,
    serialFromIso(flag.start),
    serialFromIso(flag.end),
    flag.hours,
    flag.occurrences,
    reportToLabel(flag.reportTo, 'nl'),
    flag.masBranch,
    flag.reportBy === null ? null : serialFromIso(flag.reportBy),
    null,
  ];
}

/** Builds the table for the sheet from a fresh analysis and the table as the user left it. */
export function buildReportingSheet(
  result: AnalysisResult,
  previous: CellGrid | undefined,
  options: ReportingSheetOptions = {},
): ReportingSheetBuild {
  const thresholds = options.thresholds ?? DEFAULT_LABEL_THRESHOLDS;
  const fresh: FreshRow[] = result.flags.map((f) => ({ id: f.id, engine: engineValues(f, thresholds) }));
  const changes = changedFlags(previous, result.flags, CHANGED_FLAG_COLUMNS);
  const marks = new Map(result.flags.map((f) => [f.id, changes.has(f.id) ? formatChanges(changes.get(f.id) ?? []) : null]));
  return buildFromFresh(fresh, previous, options.today ?? result.asOf, options, marks);
}

/** What the pane may change in one row: the user columns (dates ISO or null). */
export type ReportingChange = Partial<
  Pick<
    ReportingEntry,
    | 'status' | 'reason' | 'reportedOn' | 'duoNumber' | 'actions' | 'municipalityAction' | 'duoStatus'
    | 'contactOn' | 'route' | 'routeOn' | 'feedback' | 'feedbackOn' | 'result' | 'closedOn'
  >
>;

/** The user columns a change may set, by entry field; `date` ones are written as serials. */
const CHANGE_COLUMNS: readonly { field: keyof ReportingChange; header: string; date?: true }[] = [
  { field: 'status', header: H.status },
  { field: 'reason', header: H.reason },
  { field: 'reportedOn', header: H.reportedOn, date: true },
  { field: 'duoNumber', header: H.duoNumber },
  { field: 'actions', header: H.actions },
  { field: 'municipalityAction', header: H.municipalityAction },
  { field: 'duoStatus', header: H.duoStatus },
  { field: 'contactOn', header: H.contactOn, date: true },
  { field: 'route', header: H.route },
  { field: 'routeOn', header: H.routeOn, date: true },
  { field: 'feedback', header: H.feedback },
  { field: 'feedbackOn', header: H.feedbackOn, date: true },
  { field: 'result', header: H.result },
  { field: 'closedOn', header: H.closedOn, date: true },
];

/**
 * Applies one user change (from the pane) to the table as it stands, without a new analysis: every
 * row keeps its engine values and state. Refuses "Niet melden" without a reason, and the row as it
 * would be after the change when output.md's follow-up checks fail (FollowUpCheckError).
 */
export function updateReportingEntry(
  previous: CellGrid,
  id: string,
  change: ReportingChange,
  today: string,
  options: Omit<ReportingSheetOptions, 'today'> = {},
): ReportingSheetBuild {
  const header = previous[0] ?? [];
  const col = (h: string): number => header.findIndex((c) => headerKey(c) === headerKey(h));
  const idCol = col(H.id);
  const lapsedCol = col(H.lapsed);
  const rowIndex = previous.findIndex((r, i) => i > 0 && idKey(r[idCol]) === id);
  if (idCol < 0 || rowIndex < 0) throw new Error(`Signaal ${id} staat niet in het blad ${REPORTING_SHEET_NAME}.`);
  const current = readReportingRows(previous).get(id);
  const status = change.status ?? current?.status ?? 'Nieuw';
  const reason = change.reason ?? current?.reason ?? '';
  const check = validateStatusChange(status, reason);
  if (!check.ok) throw new StatusChangeError(check);

  const updated = previous.map((r) => [...r]);
  const row = updated[rowIndex];
  const set = (h: string, v: CellValue): void => {
    const c = col(h);
    if (c >= 0) row[c] = v;
  };
  for (const c of CHANGE_COLUMNS) {
    const v = change[c.field];
    if (v === undefined) continue;
    if (c.date) set(c.header, v === null ? null : serialFromIso(v));
    else set(c.header, v === null || v.trim() === '' ? null : v);
  }
  // Saved by the user: they have seen the flag as it is now, so what changed before is no news.
  set(H.changed, null);
  const after = readReportingRows([header, row]).values().next().value;
  const start = isoFromCell(row[col(H.start)]);
  if (after && start !== undefined) {
    const problems = followUpProblems(after, start);
    if (problems.length > 0) throw new FollowUpCheckError(problems);
  }

  const engineIdx = REPORTING_LAYOUT.engineHeaders.map(col);
  const fresh: FreshRow[] = updated
    .slice(1)
    .filter((r) => idKey(r[idCol]) !== '' && !(lapsedCol >= 0 && headerKey(r[lapsedCol]) === 'ja'))
    .map((r) => ({ id: idKey(r[idCol]), engine: engineIdx.map((c) => (c < 0 ? null : r[c])) }));
  return buildFromFresh(fresh, updated, today, options);
}

function buildFromFresh(
  fresh: FreshRow[],
  previous: CellGrid | undefined,
  today: string,
  options: ReportingSheetOptions,
  /** The Gewijzigd text per flag of a new analysis; without it (a change from the pane) the marks stay. */
  marks?: ReadonlyMap<string, string | null>,
): ReportingSheetBuild {
  const refill = refillTable(previous, fresh, REPORTING_LAYOUT);
  if (marks) {
    const cMark = refill.header.indexOf(H.changed);
    refill.rows.forEach((row, r) => {
      const mark = marks.get(refill.rowInfo[r].id);
      if (mark !== undefined) row[cMark] = mark;
    });
  }
  const urgentBy = addWorkingDays(today, options.urgentWithinWorkingDays ?? 2);
  const idx = (h: string): number => refill.header.indexOf(h);
  const cStatus = idx(H.status);
  const cReason = idx(H.reason);
  const cReportTo = idx(H.reportTo);
  const cReportBy = idx(H.reportBy);
  const cStart = idx(H.start);
  const fieldColumns = entryColumns(refill.header);

  const rowFills: (string | null)[] = [];
  const cellFills: NonNullable<SheetTableSpec['cellFills']>[number][] = [];
  refill.rows.forEach((row, r) => {
    const state = refill.rowInfo[r].state;
    const status = normaliseStatus(row[cStatus]);
    const open = status === 'Nieuw' || status === 'In behandeling';
    const reportTo = headerKey(row[cReportTo]);
    const reportBy = isoFromCell(row[cReportBy]);
    let fill: string | null = null;
    if (state === 'lapsed') fill = FILLS.lapsed;
    else if (reportTo === 'leerplicht' && open && reportBy !== undefined && reportBy <= urgentBy) fill = FILLS.urgent;
    else if (reportTo === 'leerplicht') fill = FILLS.leerplicht;
    else if (reportTo === 'jeugdarts') fill = FILLS.jeugdarts;
    rowFills.push(fill);
    if (status === 'Niet melden' && textOf(row[cReason]) === '') {
      cellFills.push({ row: r, column: cReason, fill: FILLS.missingReason });
    }
    const start = isoFromCell(row[cStart]);
    if (start !== undefined) {
      for (const p of followUpProblems(entryOf(row, fieldColumns), start)) {
        cellFills.push({ row: r, column: idx(p.header), fill: FILLS.followUpProblem });
      }
    }
  });

  const known = new Map<string, TableColumnSpec>(
    [{ header: H.id, numberFormat: TEXT_FORMAT, width: 14 }, ...ENGINE_COLUMNS, ...USER_COLUMNS, ...MARK_COLUMNS].map((c) => [
      c.header,
      { header: c.header, numberFormat: c.numberFormat, width: c.width, list: c.list, prompt: c.prompt, since: c.since },
    ]),
  );
  const columns = refill.header.map((h) => known.get(h) ?? { header: h });
  const counts = { new: 0, kept: 0, lapsed: 0, dropped: refill.dropped.length };
  for (const info of refill.rowInfo) {
    if (info.state === 'new') counts.new += 1;
    else if (info.state === 'kept') counts.kept += 1;
    else if (info.state === 'lapsed') counts.lapsed += 1;
  }
  return {
    spec: {
      sheetName: REPORTING_SHEET_NAME,
      tableName: REPORTING_TABLE_NAME,
      columns,
      rows: refill.rows,
      layoutVersion: REPORTING_LAYOUT_VERSION,
      rowFills,
      cellFills,
      conditionalFormats: reportingRules(options.urgentWithinWorkingDays ?? 2, today),
    },
    rowInfo: refill.rowInfo,
    counts,
  };
}

/**
 * The fills of buildFromFresh as conditional formats, so that Excel keeps them true as days pass:
 * a row turns urgent by itself when its report-by date comes within the working days. The
 * formulas are exclusive (one colour per row), and carry N("vs:<key>") (which is 0) so the
 * add-in recognises its own rules among the user's.
 */
export function reportingRules(urgentWithinWorkingDays: number, today: string): ConditionalFillRule[] {
  const tag = (key: string): string => `N("vs:${key}")=0`;
  const lapsed = (r: Ref): string => `TRIM(${r(H.lapsed)})="ja"`;
  const to = (r: Ref, who: string): string => `TRIM(${r(H.reportTo)})="${who}"`;
  const open = (r: Ref): string =>
    `NOT(OR(TRIM(${r(H.status)})="Gemeld",TRIM(${r(H.status)})="Niet melden",TRIM(${r(H.status)})="Afgesloten"))`;
  const urgent = (r: Ref, serial: (iso: string) => number): string => {
    const holidays = upcomingPublicHolidays(today).map(serial);
    const days = holidays.length > 0 ? `,{${holidays.join(',')}}` : '';
    return `AND(${to(r, 'Leerplicht')},${open(r)},ISNUMBER(${r(H.reportBy)}),${r(H.reportBy)}<=WORKDAY(TODAY(),${urgentWithinWorkingDays}${days}))`;
  };
  return [
    { key: 'lapsed', fill: FILLS.lapsed, formula: (r) => `=AND(${tag('lapsed')},${lapsed(r)})` },
    { key: 'urgent', fill: FILLS.urgent, formula: (r, s) => `=AND(${tag('urgent')},NOT(${lapsed(r)}),${urgent(r, s)})` },
    { key: 'leerplicht', fill: FILLS.leerplicht, formula: (r, s) => `=AND(${tag('leerplicht')},NOT(${lapsed(r)}),${to(r, 'Leerplicht')},NOT(${urgent(r, s)}))` },
    { key: 'jeugdarts', fill: FILLS.jeugdarts, formula: (r) => `=AND(${tag('jeugdarts')},NOT(${lapsed(r)}),${to(r, 'Jeugdarts')})` },
    {
      key: 'reason',
      column: H.reason,
      fill: FILLS.missingReason,
      formula: (r) => `=AND(${tag('reason')},TRIM(${r(H.status)})="Niet melden",LEN(TRIM(${r(H.reason)}))=0)`,
    },
    // output.md's follow-up checks, marked like a "Niet melden" without a reason.
    ...FOLLOW_UP_DATE_FIELDS.map(
      (d): ConditionalFillRule => ({
        key: `before-start-${d.field}`,
        column: d.header,
        fill: FILLS.followUpProblem,
        formula: (r) => `=AND(${tag(`before-start-${d.field}`)},ISNUMBER(${r(d.header)}),ISNUMBER(${r(H.start)}),${r(d.header)}<${r(H.start)})`,
      }),
    ),
    {
      key: 'route-unreported',
      column: H.route,
      fill: FILLS.followUpProblem,
      formula: (r) => `=AND(${tag('route-unreported')},LEN(TRIM(${r(H.route)}))>0,NOT(ISNUMBER(${r(H.reportedOn)})))`,
    },
  ];
}

type Ref = (header: string) => string;

/** Dutch public holidays from `today` for a year on: what WORKDAY must skip until the next refill. */
function upcomingPublicHolidays(today: string): string[] {
  const from = serialFromIso(today) ?? 0;
  const year = Number(today.slice(0, 4));
  return [year, year + 1]
    .flatMap((y) => dutchPublicHolidays(y))
    .map((h) => isoFromDay(h.day))
    .filter((iso) => {
      const s = serialFromIso(iso) ?? 0;
      return s >= from && s <= from + 366;
    });
}

function textOf(value: CellValue): string {
  return value === null || value === undefined ? '' : String(value).trim();
}

/** A status cell as typed: matched case-insensitively; blank or unknown text counts as "Nieuw". */
export function normaliseStatus(value: CellValue): ReportingStatus {
  const key = headerKey(value);
  return STATUSES.find((s) => s.toLowerCase() === key) ?? 'Nieuw';
}

export type StatusCheck =
  | { ok: true }
  | { ok: false; code: 'reason-required' | 'unknown-status'; message: string; messageEn: string };

export class StatusChangeError extends Error {
  constructor(readonly check: Extract<StatusCheck, { ok: false }>) {
    super(check.message);
    this.name = 'StatusChangeError';
  }
}

/** The follow-up checks of output.md refused a change from the pane; nothing was written. */
export class FollowUpCheckError extends Error {
  constructor(readonly problems: readonly FollowUpProblem[]) {
    super(problems.map((p) => p.message).join(' '));
    this.name = 'FollowUpCheckError';
  }
  get messageEn(): string {
    return this.problems.map((p) => p.messageEn).join(' ');
  }
}

/** "Pas toe of leg uit": not reporting a flag needs a written reason. */
export function validateStatusChange(status: string, reason: string | null | undefined): StatusCheck {
  const known = STATUSES.find((s) => s.toLowerCase() === status.trim().toLowerCase());
  if (!known) {
    return {
      ok: false,
      code: 'unknown-status',
      message: `Onbekende status "${status}". Kies uit: ${STATUSES.join(', ')}.`,
      messageEn: `Unknown status "${status}". Choose one of: ${STATUSES.join(', ')}.`,
    };
  }
  if (known === 'Niet melden' && (reason ?? '').trim() === '') {
    return {
      ok: false,
      code: 'reason-required',
      message: 'Pas toe of leg uit: geef een reden waarom dit signaal niet gemeld wordt.',
      messageEn: 'Comply or explain: give a reason why this signal is not reported.',
    };
  }
  return { ok: true };
}

/** What the user recorded for one flag on the sheet. */
export interface ReportingEntry extends FollowUpFields {
  id: string;
  studentId: string;
  /** The status cell as typed (for an unrecognised value). */
  statusText: string;
  reason: string;
  duoNumber: string;
  actions: string;
  /** "Actie gemeente gewenst" as typed ('' when the column is not there yet: then Ja). */
  municipalityAction: string;
  duoStatus: string;
  lapsed: boolean;
  /** What changed in the flag's hours, end or report-by date since the user last saved it. */
  changes: FlagChange[];
  /** Row within the table body (0-based), in the order the user left the table. */
  bodyRow: number;
}

type EntryColumns = Record<Exclude<keyof ReportingEntry, 'bodyRow'>, number>;

/** Where each entry field sits in a header row (-1 when the column is missing). */
function entryColumns(header: readonly CellValue[]): EntryColumns {
  const col = (h: string): number => header.findIndex((c) => headerKey(c) === headerKey(h));
  return {
    id: col(H.id),
    studentId: col(H.studentId),
    status: col(H.status),
    statusText: col(H.status),
    reason: col(H.reason),
    reportedOn: col(H.reportedOn),
    duoNumber: col(H.duoNumber),
    actions: col(H.actions),
    lapsed: col(H.lapsed),
    changes: col(H.changed),
    municipalityAction: col(H.municipalityAction),
    duoStatus: col(H.duoStatus),
    contactOn: col(H.contactOn),
    route: col(H.route),
    routeOn: col(H.routeOn),
    feedback: col(H.feedback),
    feedbackOn: col(H.feedbackOn),
    result: col(H.result),
    closedOn: col(H.closedOn),
  };
}

function entryOf(row: readonly CellValue[], c: EntryColumns, bodyRow = 0): ReportingEntry {
  const at = (i: number): CellValue => (i < 0 ? null : row[i]);
  const date = (i: number): string | null => isoFromCell(at(i)) ?? null;
  const statusText = textOf(at(c.status));
  return {
    id: idKey(at(c.id)),
    studentId: idKey(at(c.studentId)),
    status: normaliseStatus(statusText),
    statusText,
    reason: textOf(at(c.reason)),
    reportedOn: date(c.reportedOn),
    duoNumber: idKey(at(c.duoNumber)),
    actions: textOf(at(c.actions)),
    municipalityAction: textOf(at(c.municipalityAction)),
    duoStatus: textOf(at(c.duoStatus)),
    contactOn: date(c.contactOn),
    route: textOf(at(c.route)),
    routeOn: date(c.routeOn),
    feedback: textOf(at(c.feedback)),
    feedbackOn: date(c.feedbackOn),
    result: textOf(at(c.result)),
    closedOn: date(c.closedOn),
    lapsed: headerKey(at(c.lapsed)) === 'ja',
    changes: parseChanges(at(c.changes)),
    bodyRow,
  };
}

/** Parses the sheet's table (header row first) into the user's entries by signal id. */
export function readReportingRows(grid: CellGrid | undefined): Map<string, ReportingEntry> {
  const entries = new Map<string, ReportingEntry>();
  if (!grid || grid.length === 0) return entries;
  const c = entryColumns(grid[0]);
  if (c.id < 0) return entries;
  for (let r = 1; r < grid.length; r++) {
    const entry = entryOf(grid[r], c, r - 1);
    if (entry.id === '' || entries.has(entry.id)) continue;
    entries.set(entry.id, entry);
  }
  return entries;
}
