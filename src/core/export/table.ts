/**
 * A column of an export table; `kind` decides how a value is written. `code` is text made of
 * digits that must keep its leading zeros in every reader (PGN 012345672, pupil number 00417).
 */
export interface ExportColumn {
  header: string;
  kind: 'text' | 'code' | 'number' | 'date' | 'yesno';
  width?: number;
}

export type ExportValue = string | number | boolean | null;

/** A plain table to export: what the .csv and the .xlsx writers share. */
export interface ExportTable {
  /** Sheet name in an .xlsx (never a pupil's name or BSN). */
  name: string;
  columns: readonly ExportColumn[];
  rows: readonly (readonly ExportValue[])[];
}

/** A file made for download or for the command line to write. */
export interface GeneratedFile {
  /** File name without BSN or pupil name. */
  name: string;
  data: Uint8Array;
}

const MIME_TYPES: Readonly<Record<string, string>> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv;charset=utf-8',
  zip: 'application/zip',
};

/** The MIME type for a generated file's Blob in the pane (by its extension). */
export function mimeTypeOf(fileName: string): string {
  const ext = fileName.slice(fileName.lastIndexOf('.') + 1).toLowerCase();
  return MIME_TYPES[ext] ?? 'application/octet-stream';
}
