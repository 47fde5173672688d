import { readFile } from 'node:fs/promises';
import { RegisterFileError } from './errors';
import { decodeCsvBytes, parseCsvText } from './parseCsvText';
import type { RegisterFile } from './registerFile';

/** Reads a .csv (comma, semicolon or tab separated) into a grid of strings; empty cells are null. */
export async function readCsvFile(path: string): Promise<RegisterFile> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    throw fileError(path, e);
  }
  return parseCsvText(decodeCsvBytes(bytes));
}

export function fileError(path: string, e: unknown): RegisterFileError {
  const code = (e as { code?: string } | null)?.code;
  if (code === 'ENOENT') return new RegisterFileError('not-found', `bestand niet gevonden: ${path}`);
  if (code === 'EISDIR') return new RegisterFileError('unreadable', `${path} is een map, geen bestand`);
  const why = e instanceof Error ? e.message : String(e);
  return new RegisterFileError('unreadable', `bestand niet te lezen: ${path} (${why})`);
}
