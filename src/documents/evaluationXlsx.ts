import { evaluationTables } from '../core/evaluation/tables';
import type { EvaluationFigures } from '../core/evaluation/types';
import type { GeneratedFile } from '../core/export/table';
import { tablesToXlsx } from './xlsxExport';

export const EVALUATION_XLSX_NAME = 'evaluatie.xlsx';

/** The evaluation figures as an .xlsx, one sheet per table (overview, per month, per class, meldingen, routes, results, not reported). */
export async function evaluationXlsxFile(figures: EvaluationFigures): Promise<GeneratedFile> {
  return { name: EVALUATION_XLSX_NAME, data: await tablesToXlsx(evaluationTables(figures)) };
}
