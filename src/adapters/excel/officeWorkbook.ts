import { CHART_PREFIX, type EvaluationSheetSpec } from '../../core/evaluation/evaluationSheet';
import type { CellGrid } from '../../core/register/types';
import type { SheetTableSpec } from '../../core/reporting/sheetTable';
import type { ReadOptions, RegisterRead, RegisterSource, SelectOutcome, TableWriteOutcome, WorkbookPort } from '../workbook/port';
import { writeEvaluationSheetInExcel } from './evaluationSheet';
import { clearHighlight, highlightRows, selectRows } from './highlight';
import { listRegisterSources, readRegister } from './registerSources';
import { readSettings, readSourceChoice, writeSettings, writeSourceChoice } from './settingsStore';
import { readTable, writeTable } from './sheetTables';

/**
 * The WorkbookPort over Office.js. Each concern is its own module: the register (sources and
 * reading), the settings store, the add-in's sheet tables, and showing register rows. Every
 * method is one Excel.run with a small, constant number of syncs (plus one per chunk of a large
 * read or write); only these modules call Excel.run.
 */
export class OfficeWorkbook implements WorkbookPort {
  listRegisterSources(): Promise<RegisterSource[]> {
    return listRegisterSources();
  }
  readRegister(sourceId: string, options?: ReadOptions): Promise<RegisterRead> {
    return readRegister(sourceId, options);
  }
  readSettings(): Promise<unknown | undefined> {
    return readSettings();
  }
  writeSettings(doc: unknown): Promise<void> {
    return writeSettings(doc);
  }
  readSourceChoice(): Promise<string | undefined> {
    return readSourceChoice();
  }
  writeSourceChoice(sourceId: string): Promise<void> {
    return writeSourceChoice(sourceId);
  }
  readTable(sheetName: string, tableName: string): Promise<CellGrid | undefined> {
    return readTable(sheetName, tableName);
  }
  writeTable(spec: SheetTableSpec): Promise<TableWriteOutcome> {
    return writeTable(spec);
  }
  async writeEvaluationSheet(spec: EvaluationSheetSpec): Promise<void> {
    await Excel.run((context) => writeEvaluationSheetInExcel(context, spec, CHART_PREFIX));
  }
  selectRows(sheetName: string, rows: readonly number[], firstColumn: number, columnCount: number): Promise<SelectOutcome> {
    return selectRows(sheetName, rows, firstColumn, columnCount);
  }
  highlightRows(sheetName: string, rows: readonly number[], firstColumn: number, columnCount: number, keyColumns?: readonly number[]): Promise<void> {
    return highlightRows(sheetName, rows, firstColumn, columnCount, keyColumns);
  }
  clearHighlight(): Promise<void> {
    return clearHighlight();
  }
}

export { WorkbookError } from './errors';
