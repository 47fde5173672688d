import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex } from '@noble/hashes/utils';

const encoder = new TextEncoder();

/**
 * Stable signal id (output.md): the first 12 hex characters of SHA-256 over
 * `studentId|category|basis|level|start` in UTF-8, with an empty field for a null basis or level.
 * The same flag gets the same id on every run and machine, so the user's columns can follow it.
 */
export function flagId(studentId: string, category: string, basis: string | null, level: number | null, start: string): string {
  const key = `${studentId}|${category}|${basis ?? ''}|${level ?? ''}|${start}`;
  return bytesToHex(sha256(encoder.encode(key))).slice(0, 12);
}
