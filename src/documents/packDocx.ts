import { Packer, type Document } from 'docx';

/**
 * The .docx bytes. toArrayBuffer works in Node and in the browser alike, so the command line and
 * the pane share this code (the pane wraps the bytes in a Blob to download them).
 */
export async function packDocx(doc: Document): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
