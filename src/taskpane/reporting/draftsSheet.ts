import type { WorkbookPort } from '../../adapters/workbook/port';
import type { AnalysisResult } from '../../core/analysis/types';
import { DRAFTS_SHEET_NAME, DRAFTS_SHEET_TABLE_NAME, buildDraftsSheet, draftPlan, readDraftsSheetEntries } from '../../core/drafts';
import type { RegisterImport } from '../../core/register/types';
import type { Settings } from '../../core/settings/schema';
import type { FollowUp } from './followUp';

/**
 * Fills "Meldingen (concept)" from the analysis. The sheet as the user left it is read first, so
 * what they added to a draft stays with it; flags reported already are listed with their date and
 * DUO number. Returns the number of drafts due now.
 */
export async function fillDraftsSheet(
  port: WorkbookPort,
  result: AnalysisResult,
  imported: RegisterImport,
  settings: Settings,
  followUps: ReadonlyMap<string, FollowUp>,
): Promise<number> {
  const previous = await port.readTable(DRAFTS_SHEET_NAME, DRAFTS_SHEET_TABLE_NAME);
  const plan = draftPlan(result, imported, settings, { entries: followUps, sheetEntries: readDraftsSheetEntries(previous) });
  await port.writeTable(buildDraftsSheet(plan.drafts, previous, plan.reported).spec);
  return plan.drafts.length;
}
