import { csvBytes, toCsv } from '../export/csv';
import type { GeneratedFile } from '../export/table';
import { draftsTable } from './draftsTable';
import type { DraftMelding } from './types';

export const DRAFTS_CSV_NAME = 'meldingen.csv';

/** The drafts as a .csv for the attendance office (semicolon, UTF-8 with BOM, neutralised). */
export function draftsCsvFile(drafts: readonly DraftMelding[]): GeneratedFile {
  return { name: DRAFTS_CSV_NAME, data: csvBytes(toCsv(draftsTable(drafts))) };
}
