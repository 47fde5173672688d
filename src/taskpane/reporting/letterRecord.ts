import type { WorkbookPort } from '../../adapters/workbook/port';
import type { AnalysisResult } from '../../core/analysis/types';
import { draftEntriesFromReportingTable } from '../../core/drafts/draftEntries';
import { letterSentColumnSpec, withLetterSent } from '../../core/drafts/letterSent';
import type { DraftReportingEntry } from '../../core/drafts/types';
import { buildReportingSheet, REPORTING_SHEET_NAME, REPORTING_TABLE_NAME } from '../../core/reporting/reportingSheet';
import type { Settings } from '../../core/settings/schema';
import { thresholds } from './followUp';

/** What the drafts and letters read from the sheet Verzuimsignalen, as it is now in the workbook. */
export async function readDraftEntries(port: WorkbookPort): Promise<Map<string, DraftReportingEntry>> {
  return draftEntriesFromReportingTable(await port.readTable(REPORTING_SHEET_NAME, REPORTING_TABLE_NAME));
}

/**
 * Records in Verzuimsignalen that letters were made today ("Brief verstuurd op"), so that a later
 * run, in the pane or on the command line, does not make them again. The table is read as it is
 * now (the user may have edited it), the date set in the signals' rows (added as a column when
 * missing) and written in place. Returns the entries as now on the sheet.
 */
export async function recordLettersSent(
  port: WorkbookPort,
  result: AnalysisResult,
  settings: Settings,
  flagIds: readonly string[],
  date: string,
): Promise<Map<string, DraftReportingEntry>> {
  const previous = await port.readTable(REPORTING_SHEET_NAME, REPORTING_TABLE_NAME);
  // The sheet was removed or never filled: fill it from the analysis first.
  const base = previous && previous.length > 0 ? previous : (() => {
    const b = buildReportingSheet(result, previous, { thresholds: thresholds(settings) });
    return [b.spec.columns.map((c) => c.header), ...b.spec.rows];
  })();
  const marked = withLetterSent(base, flagIds, date);
  const build = buildReportingSheet(result, marked.grid, { thresholds: thresholds(settings) });
  // A table the add-in never wrote has no layout to be newer than: then the column is simply there.
  const spec = letterSentColumnSpec(build.spec, marked.added && previous !== undefined && previous.length > 0);
  await port.writeTable(spec);
  return draftEntriesFromReportingTable([spec.columns.map((c) => c.header), ...spec.rows]);
}
