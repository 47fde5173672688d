import { shortText } from '../../core/register/cellText';
import { readFileSync } from 'node:fs';
import type { FileIssue } from '../../core/register/types';
import { collectGarbage, COLLECT_FROM_BYTES } from './collectGarbage';
import { decodeRegisterBytes, type DecodedText } from './decodeText';
import { RegisterFileError } from './errors';
import { parseCsvText } from './parseCsvText';
import type { RegisterFile } from './registerFile';

/** Cells with undecodable bytes reported one by one; past this, one more line says how many more. */
const BAD_CELLS_REPORTED = 200;

/**
 * From this size on, a UTF-8 file is held as its bytes (DecodeOptions.utf8AsBytes): half the memory
 * of decoded text once one character is past U+00FF. A smaller file is decoded at once: decoding
 * each cell on its way out costs a 20,000-row register some 15 ms, more than its whole text weighs.
 */
export const UTF8_AS_BYTES_FROM = 8 * 1024 * 1024;

/**
 * Reads a .csv, .txt or .tsv (comma, semicolon or tab separated; UTF-8, UTF-16 or a single-byte
 * code page, see decodeRegisterBytes) into a grid of strings; empty cells are null.
 */
export async function readCsvFile(path: string): Promise<RegisterFile> {
  // The bytes are let go as soon as they are text: no variable holds them while the grid is built
  // (for a 100 MB register that is 100 MB less at the peak).
  const decoded = decodeFile(path);
  // Half the bytes in characters: a UTF-16 file's text is half as long as the file.
  if (decoded.text.length >= COLLECT_FROM_BYTES / 2) collectGarbage(2);
  return parseDecodedCsv(decoded);
}

function decodeFile(path: string): DecodedText {
  const bytes = readBytes(path);
  return decodeRegisterBytes(bytes, { utf8AsBytes: bytes.length >= UTF8_AS_BYTES_FROM });
}

function readBytes(path: string): Buffer {
  try {
    // Not fs/promises: its Buffer stays reachable (from the settled read) well after the await,
    // through the whole parse.
    return readFileSync(path);
  } catch (e) {
    throw fileError(path, e);
  }
}

/**
 * The grid of a CSV's bytes, with the cells whose bytes were no character reported. UTF-8 is held
 * as bytes from UTF8_AS_BYTES_FROM on, unless `utf8AsBytes` says (the tests read both ways).
 */
export function parseCsvBytes(bytes: Uint8Array, options: { utf8AsBytes?: boolean } = {}): RegisterFile {
  return parseDecodedCsv(decodeRegisterBytes(bytes, { utf8AsBytes: options.utf8AsBytes ?? bytes.length >= UTF8_AS_BYTES_FROM }));
}

function parseDecodedCsv(decoded: DecodedText): RegisterFile {
  const file = parseCsvText(decoded.text, { utf8InLatin1: decoded.utf8InLatin1 });
  file.encoding = decoded.encoding;
  if (decoded.badSequences > 0) {
    const bad = badByteIssues(file, decoded);
    if (bad.length > 0) file.issues = [...(file.issues ?? []), ...bad].sort((a, b) => a.row - b.row);
  }
  return file;
}

function badByteIssues(file: RegisterFile, decoded: DecodedText): FileIssue[] {
  const out: FileIssue[] = [];
  let more = 0;
  const cells = file.cells;
  for (let r = 0; r < cells.length; r++) {
    const row = cells[r];
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v !== 'string' || v.indexOf('\ufffd') === -1) continue;
      if (out.length >= BAD_CELLS_REPORTED) {
        more++;
        continue;
      }
      const shown = shortText(v, 40);
      out.push({
        row: r,
        col: c,
        kind: 'bad-bytes',
        detail: `"${shown}" bevat een teken dat geen ${decoded.encoding === 'utf-8' ? 'UTF-8' : decoded.encoding} is (getoond als \ufffd); controleer deze cel.`,
        detailEn: `"${shown}" holds a byte that is no ${decoded.encoding === 'utf-8' ? 'UTF-8' : decoded.encoding} character (shown as \ufffd); check this cell.`,
      });
    }
  }
  if (more > 0 && out.length > 0) {
    const last = out[out.length - 1];
    last.detail += ` Nog ${more} andere cellen hebben zulke tekens.`;
    last.detailEn += ` ${more} more cells hold such bytes.`;
  }
  return out;
}

export function fileError(path: string, e: unknown): RegisterFileError {
  const code = (e as { code?: string } | null)?.code;
  if (code === 'ENOENT') return new RegisterFileError('not-found', `bestand niet gevonden: ${path}`);
  if (code === 'EISDIR') return new RegisterFileError('unreadable', `${path} is een map, geen bestand`);
  const why = e instanceof Error ? e.message : String(e);
  return new RegisterFileError('unreadable', `bestand niet te lezen: ${path} (${why})`);
}
