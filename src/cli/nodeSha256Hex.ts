import { createHash } from 'node:crypto';

/** core/hash/sha256Hex for the command line's bundle: the same digest, from Node's crypto. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
