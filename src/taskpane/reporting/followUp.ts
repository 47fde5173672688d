import type { WorkbookPort } from '../../adapters/workbook/port';
import type { AnalysisResult } from '../../core/analysis/types';
import type { Settings } from '../../core/settings/schema';
import {
  REPORTING_SHEET_NAME,
  REPORTING_TABLE_NAME,
  STATUSES,
  buildReportingSheet,
  readReportingRows,
  updateReportingEntry,
  validateStatusChange,
  FollowUpCheckError,
  type ReportingChange,
  type ReportingEntry,
} from '../../core/reporting/reportingSheet';
import { followUpProblems, type FollowUpProblem } from '../../core/reporting/followUpColumns';

export { STATUSES };
export type FollowUp = ReportingEntry;
export type FollowUpChange = ReportingChange;

/** The analysis thresholds the reporting sheet states beside its signals. */
export function thresholds(settings: Settings) {
  return {
    sixteenHours: settings.sixteenHours.thresholdHours,
    windowLesweken: settings.sixteenHours.windowLesweken,
    earlySignalHours: settings.earlySignal.thresholdHours,
  };
}

export async function readFollowUps(port: WorkbookPort): Promise<Map<string, FollowUp>> {
  return readReportingRows(await port.readTable(REPORTING_SHEET_NAME, REPORTING_TABLE_NAME));
}

/**
 * Fills "Verzuimsignalen" after an analysis. The previous table is read first so every user
 * column (status, reason, dates, actions) follows its flag by id; flags that lapsed but carry user
 * content stay, marked. Returns the user entries as now on the sheet.
 */
export async function fillReportingSheet(port: WorkbookPort, result: AnalysisResult, settings: Settings): Promise<Map<string, FollowUp>> {
  const previous = await port.readTable(REPORTING_SHEET_NAME, REPORTING_TABLE_NAME);
  const build = buildReportingSheet(result, previous, { thresholds: thresholds(settings) });
  await port.writeTable(build.spec);
  return readReportingRows([build.spec.columns.map((c) => c.header), ...build.spec.rows]);
}

export type SaveOutcome =
  | { ok: true; followUps: Map<string, FollowUp> }
  | { ok: false; message: string; messageEn: string; problems?: readonly FollowUpProblem[] };

function refusal(problems: readonly FollowUpProblem[]): SaveOutcome {
  return { ok: false, message: problems.map((p) => p.message).join(' '), messageEn: problems.map((p) => p.messageEn).join(' '), problems };
}

/**
 * Writes one flag's follow-up to the sheet as it stands now (the user may have edited it in Excel
 * meanwhile). "Niet melden" without a reason, and what output.md's follow-up checks refuse (a date
 * before the flag's start, a Route without "Gemeld op"), are refused before anything is written.
 */
export async function saveFollowUp(
  port: WorkbookPort,
  result: AnalysisResult,
  settings: Settings,
  flagId: string,
  change: FollowUpChange,
): Promise<SaveOutcome> {
  const previous = await port.readTable(REPORTING_SHEET_NAME, REPORTING_TABLE_NAME);
  const current = readReportingRows(previous).get(flagId);
  const check = validateStatusChange(change.status ?? current?.status ?? 'Nieuw', change.reason ?? current?.reason ?? '');
  if (!check.ok) return { ok: false, message: check.message, messageEn: check.messageEn };
  // output.md's follow-up checks on the row as it would be: refused before anything is written.
  const flag = result.flags.find((f) => f.id === flagId);
  if (flag) {
    const given = Object.fromEntries(Object.entries(change).filter(([, v]) => v !== undefined));
    const merged = { ...(current ?? emptyFollowUp()), ...given };
    const problems = followUpProblems(merged, flag.start);
    if (problems.length > 0) return refusal(problems);
  }
  // The sheet was removed or the flag is missing from it: fill it from the analysis first.
  const base =
    previous && current
      ? previous
      : (() => {
          const b = buildReportingSheet(result, previous, { thresholds: thresholds(settings) });
          return [b.spec.columns.map((c) => c.header), ...b.spec.rows];
        })();
  let build;
  try {
    build = updateReportingEntry(base, flagId, change, result.asOf, { thresholds: thresholds(settings) });
  } catch (e) {
    if (e instanceof FollowUpCheckError) return refusal(e.problems);
    throw e;
  }
  await port.writeTable(build.spec);
  return { ok: true, followUps: readReportingRows([build.spec.columns.map((c) => c.header), ...build.spec.rows]) };
}

function emptyFollowUp(): Pick<FollowUp, 'status' | 'reportedOn' | 'contactOn' | 'route' | 'routeOn' | 'feedback' | 'feedbackOn' | 'result' | 'closedOn'> {
  return { status: 'Nieuw', reportedOn: null, contactOn: null, route: '', routeOn: null, feedback: '', feedbackOn: null, result: '', closedOn: null };
}
