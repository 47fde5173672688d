import { createInflateRaw } from 'node:zlib';

/**
 * The entries of a .zip held in memory, read from its central directory (the zip's own index, so
 * entries written with a data descriptor, as exceljs and Excel write them, are found by their real
 * sizes), and one entry inflated as a stream of text chunks. Only what an .xlsx needs: stored and
 * deflated entries, Zip64 sizes and offsets, no encryption.
 *
 * Inflating runs in Node's zlib, on its thread pool: the sheet's XML is parsed on the main thread
 * while the next chunk is being inflated, and zlib inflates about three times faster than a
 * JavaScript inflate (fflate), which matters on a 50 MB sheet.
 */

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  size: number;
  /** Offset of the entry's local header. */
  headerOffset: number;
  encrypted: boolean;
}

export class ZipFormatError extends Error {}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export class ZipArchive {
  private readonly entries = new Map<string, ZipEntry>();

  constructor(private readonly bytes: Buffer) {
    for (const e of readCentralDirectory(bytes)) {
      // Some writers store names as "/xl/…": look them up without the slash.
      const name = e.name.startsWith('/') ? e.name.slice(1) : e.name;
      if (!this.entries.has(name)) this.entries.set(name, e);
    }
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  entry(name: string): ZipEntry | undefined {
    return this.entries.get(name);
  }

  /** The whole entry as text; for the small parts (workbook, relations, styles). */
  async text(name: string): Promise<string | undefined> {
    if (!this.has(name)) return undefined;
    const parts: string[] = [];
    await this.stream(name, (t) => parts.push(t));
    return parts.join('');
  }

  /** Inflates one entry chunk by chunk as UTF-8 text; a character split over two chunks stays whole. */
  stream(name: string, onText: (text: string) => void): Promise<void> {
    const entry = this.entries.get(name);
    if (!entry) return Promise.reject(new ZipFormatError(`${name} ontbreekt`));
    if (entry.encrypted) return Promise.reject(new ZipFormatError(`${name} is versleuteld`));
    const data = this.dataOf(entry);
    const decoder = new TextDecoder('utf-8');
    if (entry.method === 0) {
      // Stored: decode in slices, so a large part is handed on as it would be when inflated.
      try {
        for (let at = 0; at < data.length; at += 1 << 16) onText(decoder.decode(data.subarray(at, at + (1 << 16)), { stream: true }));
        const rest = decoder.decode();
        if (rest) onText(rest);
        return Promise.resolve();
      } catch (e) {
        return Promise.reject(e instanceof Error ? e : new Error(String(e)));
      }
    }
    if (entry.method !== 8) return Promise.reject(new ZipFormatError(`${name}: compressiemethode ${entry.method} wordt niet ondersteund`));
    return new Promise<void>((resolve, reject) => {
      let failed = false;
      const inflate = createInflateRaw({ chunkSize: 1 << 16 });
      const fail = (e: unknown): void => {
        if (failed) return;
        failed = true;
        inflate.destroy();
        reject(e instanceof Error ? e : new Error(String(e)));
      };
      inflate.on('data', (chunk: Buffer) => {
        if (failed) return;
        try {
          onText(decoder.decode(chunk, { stream: true }));
        } catch (e) {
          fail(e);
        }
      });
      inflate.on('error', fail);
      inflate.on('end', () => {
        if (failed) return;
        try {
          const rest = decoder.decode();
          if (rest) onText(rest);
          resolve();
        } catch (e) {
          fail(e);
        }
      });
      inflate.end(data);
    });
  }

  private dataOf(entry: ZipEntry): Buffer {
    const b = this.bytes;
    const at = entry.headerOffset;
    if (at + 30 > b.length || b.readUInt32LE(at) !== LOCAL) throw new ZipFormatError(`${entry.name}: kapotte lokale kop`);
    const start = at + 30 + b.readUInt16LE(at + 26) + b.readUInt16LE(at + 28);
    const end = start + entry.compressedSize;
    if (end > b.length) throw new ZipFormatError(`${entry.name}: het bestand is afgekapt`);
    return b.subarray(start, end);
  }
}

function findEndOfCentralDirectory(b: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  const lowest = Math.max(0, b.length - 22 - 0xffff);
  for (let at = b.length - 22; at >= lowest; at--) {
    if (b.readUInt32LE(at) === EOCD && at + 22 + b.readUInt16LE(at + 20) <= b.length) return at;
  }
  throw new ZipFormatError('geen zip-inhoudsopgave gevonden (het bestand is afgekapt of geen zip)');
}

function readCentralDirectory(b: Buffer): ZipEntry[] {
  if (b.length < 22) throw new ZipFormatError('te kort voor een zip-bestand');
  const eocd = findEndOfCentralDirectory(b);
  let count = b.readUInt16LE(eocd + 10);
  let offset = b.readUInt32LE(eocd + 16);
  if ((count === 0xffff || offset === 0xffffffff) && eocd >= 20 && b.readUInt32LE(eocd - 20) === ZIP64_LOCATOR) {
    const z = Number(b.readBigUInt64LE(eocd - 20 + 8));
    if (z + 56 <= b.length && b.readUInt32LE(z) === ZIP64_EOCD) {
      count = Number(b.readBigUInt64LE(z + 32));
      offset = Number(b.readBigUInt64LE(z + 48));
    }
  }
  const out: ZipEntry[] = [];
  let at = offset;
  for (let k = 0; k < count; k++) {
    if (at + 46 > b.length || b.readUInt32LE(at) !== CENTRAL) throw new ZipFormatError('kapotte zip-inhoudsopgave');
    const flags = b.readUInt16LE(at + 8);
    const method = b.readUInt16LE(at + 10);
    let compressedSize = b.readUInt32LE(at + 20);
    let size = b.readUInt32LE(at + 24);
    const nameLength = b.readUInt16LE(at + 28);
    const extraLength = b.readUInt16LE(at + 30);
    const commentLength = b.readUInt16LE(at + 32);
    let headerOffset = b.readUInt32LE(at + 42);
    const name = b.toString(flags & 0x800 ? 'utf8' : 'latin1', at + 46, at + 46 + nameLength);
    // Zip64: the sizes and offset that do not fit in 32 bits are in the extra field, in this order.
    let x = at + 46 + nameLength;
    const xEnd = x + extraLength;
    while (x + 4 <= xEnd) {
      const id = b.readUInt16LE(x);
      const len = b.readUInt16LE(x + 2);
      if (id === 1) {
        let p = x + 4;
        const fieldEnd = x + 4 + len;
        if (size === 0xffffffff && p + 8 <= fieldEnd) {
          size = Number(b.readBigUInt64LE(p));
          p += 8;
        }
        if (compressedSize === 0xffffffff && p + 8 <= fieldEnd) {
          compressedSize = Number(b.readBigUInt64LE(p));
          p += 8;
        }
        if (headerOffset === 0xffffffff && p + 8 <= fieldEnd) headerOffset = Number(b.readBigUInt64LE(p));
      }
      x += 4 + len;
    }
    out.push({ name, method, compressedSize, size, headerOffset, encrypted: (flags & 1) === 1 });
    at = xEnd + commentLength;
  }
  return out;
}
