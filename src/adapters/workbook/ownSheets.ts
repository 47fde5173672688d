import { DRAFTS_SHEET_NAME, DRAFTS_SHEET_TABLE_NAME } from '../../core/drafts/draftsSheet';
import { EVALUATION_SHEET_NAME } from '../../core/evaluation/evaluationSheet';
import { REPORTING_SHEET_NAME, REPORTING_TABLE_NAME } from '../../core/reporting/reportingSheet';
import { STORE_SHEET_NAME, tableKey, type TablesRecord } from './hiddenStore';

/**
 * The add-in's own sheets and tables: its output (Verzuimsignalen, Meldingen (concept), Evaluatie) and the
 * settings store. They are never offered as a register source, so that after reopening a
 * workbook "Analyseer" reads the register and not what the add-in wrote.
 */
const OWN_SHEETS = new Set([REPORTING_SHEET_NAME, DRAFTS_SHEET_NAME, EVALUATION_SHEET_NAME, STORE_SHEET_NAME].map((n) => n.toLowerCase()));
const OWN_TABLES = new Set([REPORTING_TABLE_NAME, DRAFTS_SHEET_TABLE_NAME].map(tableKey));

export function isOwnSheet(sheetName: string): boolean {
  return OWN_SHEETS.has(sheetName.toLowerCase());
}

/** A table the add-in wrote: by its name, its sheet, or the column map it keeps for it. */
export function isOwnTable(tableName: string, sheetName: string, tables: TablesRecord = {}): boolean {
  return OWN_TABLES.has(tableKey(tableName)) || isOwnSheet(sheetName) || tables[tableKey(tableName)] !== undefined;
}
