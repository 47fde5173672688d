import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex } from '@noble/hashes/utils';

const encoder = new TextEncoder();

/**
 * SHA-256 of a text's UTF-8 bytes, as lowercase hex: the signal ids and the file keys of pupils.
 * The pane and the demo run this; the command line's bundle puts Node's own (native) SHA-256 in its
 * place (src/cli/nodeSha256Hex.ts, tools/build-cli.js), which gives the same digest without the
 * JIT warm-up a pure JavaScript hash costs in a short-lived process.
 */
export function sha256Hex(text: string): string {
  return bytesToHex(sha256(encoder.encode(text)));
}
