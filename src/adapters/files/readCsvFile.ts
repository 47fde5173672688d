import { closeSync, openSync, readSync } from 'node:fs';
import { shortText } from '../../core/register/cellText';
import type { FileIssue } from '../../core/register/types';
import { bytesSource, chooseEncoding, decodeSource, type ByteSource, type TextEncoding } from './decodeText';
import { RegisterFileError } from './errors';
import { parseCsvSource } from './parseCsvText';
import type { RegisterFile } from './registerFile';

/** Cells with undecodable bytes reported one by one; past this, one more line says how many more. */
const BAD_CELLS_REPORTED = 200;
/**
 * Bytes read at a time: the file's bytes and its text are never in memory whole, only its grid. Kept
 * below V8's large-object size: with 1 MB pieces (each its own large object) the peak was higher
 * and some runs were many times slower in String.prototype.indexOf.
 */
export const CSV_CHUNK_BYTES = 1 << 16;

/**
 * Reads a .csv, .txt or .tsv (comma, semicolon or tab separated; UTF-8, UTF-16 or a single-byte
 * code page, see decodeRegisterBytes) into a grid of strings; empty cells are null. The file is
 * read in chunks, decoded and parsed as they come (see parseCsvBytes); the reads are synchronous,
 * as the parsing between them is, so one pipeline serves files and bytes in memory alike.
 */
export async function readCsvFile(path: string, chunkBytes = CSV_CHUNK_BYTES): Promise<RegisterFile> {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    throw fileError(path, e);
  }
  try {
    return parseCsvSourceBytes(fileSource(path, fd, chunkBytes));
  } finally {
    closeSync(fd);
  }
}

/** The bytes of an open file, read chunk by chunk into one buffer; a failed read is the file's error. */
function fileSource(path: string, fd: number, chunkBytes: number): ByteSource {
  let buf: Buffer | undefined;
  return (from, visit) => {
    buf ??= Buffer.allocUnsafe(chunkBytes);
    for (let at = from; ; ) {
      let n: number;
      try {
        n = readSync(fd, buf, 0, buf.length, at);
      } catch (e) {
        throw fileError(path, e);
      }
      if (n === 0 || !visit(buf.subarray(0, n))) return;
      at += n;
    }
  };
}

/**
 * The grid of a CSV's bytes, with the cells whose bytes were no character reported. The bytes are
 * taken `chunkBytes` at a time (all at once by default), as readCsvFile takes a file's.
 */
export function parseCsvBytes(bytes: Uint8Array, chunkBytes?: number): RegisterFile {
  return parseCsvSourceBytes(bytesSource(bytes, chunkBytes));
}

/**
 * The pipeline of both: the encoding from the bytes (a first reading, see chooseEncoding), then
 * the bytes decoded chunk by chunk into the parser, the grid's strings cut loose from each piece
 * of text as it goes; the bytes are read once more only for the row account's walk when the grid
 * does not take every line.
 */
function parseCsvSourceBytes(source: ByteSource): RegisterFile {
  const choice = chooseEncoding(source);
  let badSequences = 0;
  let readings = 0;
  const file = parseCsvSource((visit) => {
    const bad = decodeSource(source, choice, visit);
    if (readings++ === 0) badSequences = bad;
  });
  file.encoding = choice.encoding;
  if (badSequences > 0) {
    const bad = badByteIssues(file, choice.encoding);
    if (bad.length > 0) file.issues = [...(file.issues ?? []), ...bad].sort((a, b) => a.row - b.row);
  }
  return file;
}

function badByteIssues(file: RegisterFile, encoding: TextEncoding): FileIssue[] {
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
        detail: `"${shown}" bevat een teken dat geen ${encoding === 'utf-8' ? 'UTF-8' : encoding} is (getoond als \ufffd); controleer deze cel.`,
        detailEn: `"${shown}" holds a byte that is no ${encoding === 'utf-8' ? 'UTF-8' : encoding} character (shown as \ufffd); check this cell.`,
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
