import type { CellGrid, CellValue } from '../register/types';
import { serialFromIso } from '../reporting/excelDate';
import { headerKey, idKey, refillTable, type FreshRow, type RefillLayout, type RefillRowState } from '../reporting/refillTable';
import { isoFromCell } from '../reporting/excelDate';
import type { SheetTableSpec, TableColumnSpec } from '../reporting/sheetTable';
import { neutraliseFormula } from '../export/neutralise';
import { ACTIE_GEMEENTE_HEADER, ACTIE_GEMEENTE_TOELICHTING_HEADER, DRAFT_COLUMNS, type DraftColumn } from './draftColumns';
import type { DraftMelding, DraftSheetEntry } from './types';

export const DRAFTS_SHEET_NAME = 'Meldingen (concept)';
export const DRAFTS_SHEET_TABLE_NAME = 'MeldingenConcept';
export const DRAFTS_LAPSED_HEADER = 'Vervallen';

export const DRAFTS_USER_HEADERS = {
  checked: 'Gecontroleerd',
  submittedOn: 'Ingediend bij DUO op',
  addition: 'Aanvulling voor leerplicht',
  actieGemeente: ACTIE_GEMEENTE_HEADER,
  actieGemeenteToelichting: ACTIE_GEMEENTE_TOELICHTING_HEADER,
} as const;

const USER_COLUMNS: readonly (TableColumnSpec & { default: CellValue })[] = [
  { header: DRAFTS_USER_HEADERS.checked, list: ['Ja', 'Nee'], width: 12, default: null },
  { header: DRAFTS_USER_HEADERS.submittedOn, numberFormat: 'dd-mm-yyyy', width: 14, default: null },
  { header: DRAFTS_USER_HEADERS.addition, numberFormat: '@', width: 40, default: null },
  // output.md: a user column, Ja unless the school says Nee, with its own toelichting.
  { header: DRAFTS_USER_HEADERS.actieGemeente, list: ['Ja', 'Nee'], width: 12, default: 'Ja' },
  { header: DRAFTS_USER_HEADERS.actieGemeenteToelichting, numberFormat: '@', width: 36, default: null },
];

/** Columns the coordinator owns on the sheet, though the exports show them as fields. */
const USER_OWNED_KEYS = new Set(['actieGemeente', 'actieGemeenteToelichting']);

const ENGINE: readonly DraftColumn[] = DRAFT_COLUMNS.slice(1).filter((c) => !USER_OWNED_KEYS.has(c.key));

export const DRAFTS_LAYOUT: RefillLayout = {
  idHeader: DRAFT_COLUMNS[0].header,
  engineHeaders: [...ENGINE.map((c) => c.header), DRAFTS_LAPSED_HEADER],
  userColumns: USER_COLUMNS.map((c) => ({ header: c.header, default: c.default })),
  lapsedHeader: DRAFTS_LAPSED_HEADER,
  lapsedValue: 'ja',
};

function columnSpec(c: DraftColumn): TableColumnSpec {
  const numberFormat = c.kind === 'date' ? 'dd-mm-yyyy' : c.kind === 'number' ? (c.key === 'verzuimuren' ? '0.00' : '0') : c.kind === 'yesno' ? undefined : '@';
  return { header: c.header, numberFormat, width: c.width };
}

/**
 * A cell as the sheet gets it: dates as Excel serials, Ja/Nee, and text neutralised, because a
 * value written into Excel through Office.js that starts with "=" would become a formula.
 */
function sheetValue(c: DraftColumn, d: DraftMelding): CellValue {
  const v = c.value(d);
  if (v === null) return null;
  if (typeof v === 'boolean') return v ? 'Ja' : 'Nee';
  if (typeof v === 'number') return v;
  if (c.kind === 'date') return serialFromIso(v) ?? neutraliseFormula(v);
  return v === '' ? null : neutraliseFormula(v);
}

export interface DraftsSheetBuild {
  spec: SheetTableSpec;
  rowInfo: { id: string; state: RefillRowState }[];
  counts: { new: number; kept: number; lapsed: number; dropped: number };
}

/** Fill of a draft that still misses something, and of a draft whose signal no longer arises. */
export const DRAFT_FILLS = { incomplete: '#FFF4CE', lapsed: '#EDEBE9', reported: '#DFF6DD', overdue: '#FDE7E9' } as const;

/**
 * The sheet "Meldingen (concept)": one row per draft, refilled like the reporting sheet — engine
 * columns rewritten by signal id, the coordinator's columns kept, a draft that no longer arises
 * kept (and marked Vervallen) when the coordinator wrote something in it. `reported` are the flags
 * reported already (draftPlan): listed too, with their date and DUO number, so the sheet shows
 * what was done, not only what is due.
 */
export function buildDraftsSheet(
  due: readonly DraftMelding[],
  previous: CellGrid | undefined,
  reported: readonly DraftMelding[] = [],
): DraftsSheetBuild {
  const drafts = [...due, ...reported];
  const fresh: FreshRow[] = drafts.map((d) => ({
    id: d.flagId,
    engine: [...ENGINE.map((c) => sheetValue(c, d)), null],
  }));
  const refill = refillTable(previous, fresh, DRAFTS_LAYOUT);
  const known = new Map<string, TableColumnSpec>(
    [
      { header: DRAFT_COLUMNS[0].header, numberFormat: '@', width: 14 },
      ...ENGINE.map(columnSpec),
      { header: DRAFTS_LAPSED_HEADER, width: 10 },
      ...USER_COLUMNS.map(({ header, numberFormat, width, list }) => ({ header, numberFormat, width, list })),
    ].map((c) => [c.header, c]),
  );
  const warningsCol = refill.header.indexOf('Ontbreekt');
  const byId = new Map(drafts.map((d) => [d.flagId, d]));
  const rowFills: (string | null)[] = [];
  const cellFills: NonNullable<SheetTableSpec['cellFills']>[number][] = [];
  const counts = { new: 0, kept: 0, lapsed: 0, dropped: refill.dropped.length };
  refill.rowInfo.forEach((info, r) => {
    if (info.state === 'new') counts.new += 1;
    else if (info.state === 'kept') counts.kept += 1;
    else if (info.state === 'lapsed') counts.lapsed += 1;
    const d = byId.get(info.id);
    rowFills.push(
      info.state === 'lapsed' ? DRAFT_FILLS.lapsed : d?.alreadyReported ? DRAFT_FILLS.reported : d?.reportByPassed ? DRAFT_FILLS.overdue : null,
    );
    if (d && d.warnings.length > 0 && warningsCol >= 0) {
      cellFills.push({ row: r, column: warningsCol, fill: DRAFT_FILLS.incomplete, note: 'Vul aan voordat u meldt.' });
    }
  });
  return {
    spec: {
      sheetName: DRAFTS_SHEET_NAME,
      tableName: DRAFTS_SHEET_TABLE_NAME,
      columns: refill.header.map((h) => known.get(h) ?? { header: h, width: 16 }),
      rows: refill.rows,
      rowFills,
      cellFills,
    },
    rowInfo: refill.rowInfo,
    counts,
  };
}

function text(value: CellValue): string {
  return value === null || value === undefined ? '' : String(value).trim();
}

/**
 * What the coordinator typed on the drafts sheet (header row first), by signal id: read back so
 * that "Aanvulling voor leerplicht" reaches the Word document and the exports.
 */
export function readDraftsSheetEntries(grid: CellGrid | undefined): Map<string, DraftSheetEntry> {
  const out = new Map<string, DraftSheetEntry>();
  if (!grid || grid.length === 0) return out;
  const header = grid[0];
  const col = (h: string): number => header.findIndex((c) => headerKey(c) === headerKey(h));
  const cId = col(DRAFT_COLUMNS[0].header);
  if (cId < 0) return out;
  const cChecked = col(DRAFTS_USER_HEADERS.checked);
  const cSubmitted = col(DRAFTS_USER_HEADERS.submittedOn);
  const cAddition = col(DRAFTS_USER_HEADERS.addition);
  const cActie = col(DRAFTS_USER_HEADERS.actieGemeente);
  const cToelichting = col(DRAFTS_USER_HEADERS.actieGemeenteToelichting);
  for (let r = 1; r < grid.length; r++) {
    const row = grid[r];
    const id = idKey(row[cId]);
    if (id === '' || out.has(id)) continue;
    out.set(id, {
      checked: cChecked < 0 ? '' : text(row[cChecked]),
      submittedOn: cSubmitted < 0 ? null : (isoFromCell(row[cSubmitted]) ?? null),
      addition: cAddition < 0 ? '' : text(row[cAddition]),
      actieGemeente: cActie < 0 ? '' : text(row[cActie]),
      actieGemeenteToelichting: cToelichting < 0 ? '' : text(row[cToelichting]),
    });
  }
  return out;
}
