import type { ExportTable } from '../export/table';
import { DRAFT_COLUMNS } from './draftColumns';
import type { DraftMelding } from './types';

export const DRAFTS_TABLE_NAME = 'Meldingen';
export const SPECIFICATION_TABLE_NAME = 'Specificatie';

const EXPORT_COLUMNS = DRAFT_COLUMNS.filter((c) => !c.sheetOnly);

/** The drafts as one export table: one row per draft, the columns of DRAFT_COLUMNS. */
export function draftsTable(drafts: readonly DraftMelding[]): ExportTable {
  return {
    name: DRAFTS_TABLE_NAME,
    columns: [
      ...EXPORT_COLUMNS.map((c) => ({ header: c.header, kind: c.kind, width: c.width })),
      { header: 'Aanvulling voor leerplicht', kind: 'text' as const, width: 40 },
    ],
    rows: drafts.map((d) => [...EXPORT_COLUMNS.map((c) => c.value(d)), d.aanvulling]),
  };
}

/** The specification of every draft, one row per day (lessons combined), as the Verzuimloket asks it. */
export function specificationTable(drafts: readonly DraftMelding[]): ExportTable {
  return {
    name: SPECIFICATION_TABLE_NAME,
    columns: [
      { header: 'Signaal-id', kind: 'text', width: 18 },
      { header: 'Leerlingnummer', kind: 'code', width: 14 },
      { header: 'Datum', kind: 'date', width: 12 },
      { header: 'Lesuren of tijden', kind: 'text', width: 22 },
      { header: 'Minuten', kind: 'number', width: 10 },
      { header: 'Code', kind: 'text', width: 10 },
    ],
    rows: drafts.flatMap((d) => d.dagen.map((day) => [d.flagId, d.pupil.id, day.date, day.part, day.minutes, day.codes])),
  };
}
