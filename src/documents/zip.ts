import JSZip from 'jszip';
import type { GeneratedFile } from '../core/export/table';

/**
 * Several generated files in one .zip ("download all" in the pane). Names are made unique
 * (…-2, …-3) rather than overwritten.
 */
export async function zipFiles(files: readonly GeneratedFile[]): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const f of uniqueNames(files)) zip.file(f.name, f.data);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

export function uniqueNames(files: readonly GeneratedFile[]): GeneratedFile[] {
  const seen = new Set<string>();
  return files.map((f) => {
    let name = f.name;
    const dot = name.lastIndexOf('.');
    const stem = dot > 0 ? name.slice(0, dot) : name;
    const ext = dot > 0 ? name.slice(dot) : '';
    for (let i = 2; seen.has(name); i++) name = `${stem}-${i}${ext}`;
    seen.add(name);
    return { name, data: f.data };
  });
}
