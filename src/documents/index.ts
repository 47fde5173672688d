/**
 * The document side of the drafts, loaded lazily by the pane (import('../documents')): docx and
 * exceljs are large. Every function returns bytes, in Node and in the browser alike.
 */
import { draftsByPupil } from '../core/drafts/buildDrafts';
import { draftsTable, specificationTable } from '../core/drafts/draftsTable';
import type { ParentLetter } from '../core/drafts/letters';
import type { DraftMelding } from '../core/drafts/types';
import type { GeneratedFile } from '../core/export/table';
import { letterDocument } from './letterDocument';
import { meldingDocument } from './meldingDocument';
import { tablesToXlsx } from './xlsxExport';
import { zipFiles } from './zip';

export { letterDocument, letterFileName } from './letterDocument';
export { meldingDocument } from './meldingDocument';
export { tablesToXlsx } from './xlsxExport';
export { zipFiles, uniqueNames } from './zip';
export type { GeneratedFile };

export const DRAFTS_XLSX_NAME = 'meldingen.xlsx';

/** The drafts as .xlsx: sheet "Meldingen" (one row per draft) and sheet "Specificatie". */
export async function draftsXlsxFile(drafts: readonly DraftMelding[]): Promise<GeneratedFile> {
  return { name: DRAFTS_XLSX_NAME, data: await tablesToXlsx([draftsTable(drafts), specificationTable(drafts)]) };
}

/** One Word document per pupil with a draft (a pupil's several drafts in one document). */
export async function meldingDocuments(drafts: readonly DraftMelding[], createdOn: string): Promise<GeneratedFile[]> {
  const out: GeneratedFile[] = [];
  for (const group of draftsByPupil(drafts)) out.push(await meldingDocument(group, createdOn));
  return out;
}

/**
 * One Word letter per signal. `bsnOf` lets the file name guard check the pupil number against the
 * BSN (a letter itself never shows it).
 */
export async function letterDocuments(
  letters: readonly ParentLetter[],
  bsnOf?: (pupilId: string) => string | null | undefined,
): Promise<GeneratedFile[]> {
  const out: GeneratedFile[] = [];
  for (const l of letters) out.push(await letterDocument(l, bsnOf?.(l.pupil.id)));
  return out;
}

/** Everything for "download all": the drafts (.xlsx), the melding documents and the letters, zipped. */
export async function allDocumentsZip(
  drafts: readonly DraftMelding[],
  letters: readonly ParentLetter[],
  createdOn: string,
  bsnOf?: (pupilId: string) => string | null | undefined,
): Promise<GeneratedFile> {
  const files = [
    await draftsXlsxFile(drafts),
    ...(await meldingDocuments(drafts, createdOn)),
    ...(await letterDocuments(letters, bsnOf)),
  ];
  return { name: `verzuimsignaal-documenten-${createdOn}.zip`, data: await zipFiles(files) };
}
