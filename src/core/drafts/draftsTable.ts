import type { ExportTable } from '../export/table';
import { DRAFT_COLUMNS } from './draftColumns';
import type { DraftMelding } from './types';

export const DRAFTS_TABLE_NAME = 'Meldingen';
export const SPECIFICATION_TABLE_NAME = 'Specificatie';

/** The drafts as one export table: one row per draft, the columns of DRAFT_COLUMNS. */
export function draftsTable(drafts: readonly DraftMelding[]): ExportTable {
  return {
    name: DRAFTS_TABLE_NAME,
    columns: [
      ...DRAFT_COLUMNS.map((c) => ({ header: c.header, kind: c.kind, width: c.width })),
      { header: 'Aanvulling voor leerplicht', kind: 'text' as const, width: 40 },
    ],
    rows: drafts.map((d) => [...DRAFT_COLUMNS.map((c) => c.value(d)), d.aanvulling]),
  };
}

/** Every counted absence of every draft, one row each: the specification the office checks. */
export function specificationTable(drafts: readonly DraftMelding[]): ExportTable {
  return {
    name: SPECIFICATION_TABLE_NAME,
    columns: [
      { header: 'Signaal-id', kind: 'text', width: 14 },
      { header: 'Leerlingnummer', kind: 'text', width: 12 },
      { header: 'Datum', kind: 'date', width: 12 },
      { header: 'Lesuren of tijden', kind: 'text', width: 16 },
      { header: 'Minuten', kind: 'number', width: 10 },
      { header: 'Code', kind: 'text', width: 10 },
    ],
    rows: drafts.flatMap((d) => d.specificatie.map((a) => [d.flagId, d.pupil.id, a.date, a.lessons, a.minutes, a.code])),
  };
}
