import { hash } from 'node:crypto';

/**
 * core/hash/sha256Hex for the command line's bundle: the same digest, from Node's crypto. The
 * one-shot hash (Node 20.12 and later, as package.json's engines ask) is a quarter of the time of
 * a Hash object for a text this short, and an analysis asks it once per signal.
 */
export function sha256Hex(text: string): string {
  return hash('sha256', text, 'hex');
}
