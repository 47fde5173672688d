import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'macintosh';

export interface DecodedText {
  /** The text, without a byte order mark. */
  text: string;
  encoding: TextEncoding;
  /** Byte sequences that were no character of the encoding, each read as U+FFFD. */
  badSequences: number;
}

/**
 * The bytes of a file from offset `from` on, handed to `visit` chunk by chunk in order until they
 * end or `visit` returns false. A chunk is only valid during its call (the buffer may be reused):
 * whatever is kept of it is copied. A source can be read more than once.
 */
export type ByteSource = (from: number, visit: (chunk: Buffer) => boolean) => void;

/** How a file's bytes are to be decoded, decided from its first bytes and, where that needs it, all of them. */
export interface EncodingChoice {
  encoding: TextEncoding;
  /** Bytes of a byte order mark to skip. */
  skip: number;
  /** For UTF-8, the byte sequences that are no character; the other decoders count their U+FFFD. */
  badSequences?: number;
}

/** Bytes that decide a byte order mark and UTF-16 without one. */
const HEAD_BYTES = 2000;

/** The whole of `bytes`, chunks of `chunkBytes` at most (all at once by default), as a ByteSource. */
export function bytesSource(bytes: Uint8Array, chunkBytes = Infinity): ByteSource {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return (from, visit) => {
    for (let at = from; at < buf.length; at += chunkBytes) if (!visit(buf.subarray(at, Math.min(buf.length, at + chunkBytes)))) return;
  };
}

/**
 * The text of a register file as Excel and student systems write it:
 * - a byte order mark decides: UTF-8, UTF-16 LE or BE (Excel's "Unicode-tekst", tab separated);
 * - UTF-16 without a mark is recognised by its zero bytes (ASCII text has one in every pair);
 * - valid UTF-8 is UTF-8;
 * - UTF-8 with a stray byte stays UTF-8 (that byte becomes U+FFFD and its cell is reported) when
 *   the file also holds well-formed multi-byte characters at least as often: re-decoding the whole
 *   file as Windows-1252 would garble every ë into "Ã«";
 * - otherwise a single-byte code page: Windows-1252 (what Dutch Excel writes), with its characters
 *   in 0x80-0x9F (’ € Š Œ –), which Node's TextDecoder reads as Latin-1 control codes; or Mac Roman
 *   when it is clearly that: bytes that are letters in Mac Roman sit beside letters, and no byte
 *   reads as a letter in Windows-1252.
 */
export function decodeRegisterBytes(bytes: Uint8Array): DecodedText {
  const source = bytesSource(bytes);
  const choice = chooseEncoding(source);
  const parts: string[] = [];
  const badSequences = decodeSource(source, choice, (text) => {
    parts.push(text);
    return true;
  });
  return { text: parts.join(''), encoding: choice.encoding, badSequences };
}

/**
 * The encoding of the bytes of `source` by the rules of decodeRegisterBytes, read in chunks: the
 * first bytes for a byte order mark or UTF-16; then whether all of it is UTF-8 (up to the first
 * byte that is not); only when some is not, a second reading counts what decides between UTF-8
 * with stray bytes, Windows-1252 and Mac Roman.
 */
export function chooseEncoding(source: ByteSource): EncodingChoice {
  const headParts: Buffer[] = [];
  let headLength = 0;
  source(0, (chunk) => {
    const part = chunk.subarray(0, HEAD_BYTES - headLength);
    headParts.push(Buffer.from(part));
    headLength += part.length;
    return headLength < HEAD_BYTES;
  });
  const head = Buffer.concat(headParts);
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) {
    if (allUtf8(source, 3)) return { encoding: 'utf-8', skip: 3, badSequences: 0 };
    return { encoding: 'utf-8', skip: 3, badSequences: census(source, 3, false).invalid };
  }
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  const bomless = utf16WithoutMark(head);
  if (bomless) return { encoding: bomless, skip: 0 };
  if (allUtf8(source, 0)) return { encoding: 'utf-8', skip: 0, badSequences: 0 };
  const scan = census(source, 0, true);
  if (scan.valid > 0 && scan.invalid <= scan.valid) return { encoding: 'utf-8', skip: 0, badSequences: scan.invalid };
  return { encoding: scan.mac >= 2 && scan.win === 0 ? 'macintosh' : 'windows-1252', skip: 0 };
}

/**
 * Decodes the bytes of `source` (after the byte order mark) piece by piece, handing each piece of
 * text to `visit` until it returns false. Returns the byte sequences that were no character.
 */
export function decodeSource(source: ByteSource, choice: EncodingChoice, visit: (text: string) => boolean): number {
  const decoder = decoderFor(choice.encoding);
  const counted = choice.badSequences === undefined;
  let bad = 0;
  let going = true;
  const take = (text: string | undefined): void => {
    if (!going || !text) return;
    if (counted) bad += countChar(text, 0xfffd);
    going = visit(text);
  };
  source(choice.skip, (chunk) => {
    take(decoder.write(chunk));
    return going;
  });
  take(decoder.end());
  return choice.badSequences ?? bad;
}

interface TextDecoderStream {
  write(chunk: Buffer): string;
  end(): string | undefined;
}

function decoderFor(encoding: TextEncoding): TextDecoderStream {
  switch (encoding) {
    case 'utf-8':
      return new Utf8Decoder();
    case 'utf-16le':
      return iconv.getDecoder('utf16le', { stripBOM: true });
    case 'utf-16be':
      return iconv.getDecoder('utf16be', { stripBOM: true });
    case 'macintosh':
      return iconv.getDecoder('macintosh');
    case 'windows-1252':
      // The five bytes Windows-1252 leaves undefined (0x81 0x8D 0x8F 0x90 0x9D) come out as U+FFFD.
      return iconv.getDecoder('win1252');
  }
}

/**
 * Bytes carried over from one chunk to the next: the chunk with the carry in front of it, in a
 * buffer kept for the purpose (no new buffer per chunk).
 */
class Carry {
  private bytes = Buffer.alloc(0);
  private scratch = Buffer.alloc(0);

  get length(): number {
    return this.bytes.length;
  }

  /** The carry followed by `chunk`; valid until the next call. */
  before(chunk: Buffer): Buffer {
    if (this.bytes.length === 0) return chunk;
    const n = this.bytes.length + chunk.length;
    if (this.scratch.length < n) this.scratch = Buffer.allocUnsafe(Math.max(n, this.scratch.length * 2));
    this.bytes.copy(this.scratch, 0);
    chunk.copy(this.scratch, this.bytes.length);
    return this.scratch.subarray(0, n);
  }

  keep(rest: Buffer): void {
    this.bytes = Buffer.from(rest);
  }

  take(): Buffer {
    const b = this.bytes;
    this.bytes = Buffer.alloc(0);
    return b;
  }
}

function isContinuation(b: number): boolean {
  return (b & 0xc0) === 0x80;
}

/**
 * Where `buf` can be cut so that decoding the two parts apart reads as decoding them together:
 * before the last byte that is no continuation byte (a character may start there and end in the
 * next chunk). A UTF-8 decoder that meets such a byte ends any unfinished sequence before it (one
 * U+FFFD) and starts afresh, as it does at the end of its input. Four continuation bytes in a row
 * end every sequence, so behind them any cut will do.
 */
function utf8Cut(buf: Buffer): number {
  const n = buf.length;
  for (let k = 1; k <= 4 && k <= n; k++) if (!isContinuation(buf[n - k])) return n - k;
  return n;
}

/** UTF-8 as Buffer.toString reads it (a U+FFFD per bad sequence), chunk by chunk. */
class Utf8Decoder implements TextDecoderStream {
  private readonly carry = new Carry();

  write(chunk: Buffer): string {
    const buf = this.carry.before(chunk);
    const cut = utf8Cut(buf);
    const text = buf.toString('utf8', 0, cut);
    this.carry.keep(buf.subarray(cut));
    return text;
  }

  end(): string {
    return this.carry.take().toString('utf8');
  }
}

/** Whether the bytes of `source` from `from` on are all UTF-8; stops at the first chunk that is not. */
function allUtf8(source: ByteSource, from: number): boolean {
  const carry = new Carry();
  let valid = true;
  source(from, (chunk) => {
    const buf = carry.before(chunk);
    const cut = utf8Cut(buf);
    valid = isUtf8(buf.subarray(0, cut));
    carry.keep(buf.subarray(cut));
    return valid;
  });
  return valid && isUtf8(carry.take());
}

interface Census {
  /** Well-formed multi-byte UTF-8 characters. */
  valid: number;
  /** Byte sequences that are no UTF-8 (each counted once). */
  invalid: number;
  /** Bytes right after a letter that are Mac Roman letters (see looksMacRoman). */
  mac: number;
  /** Bytes beside a letter that read as a Windows-1252 letter or its apostrophe. */
  win: number;
}

/** Counts the bytes of `source` from `from` on (the Mac Roman counts only when `codePages`). */
function census(source: ByteSource, from: number, codePages: boolean): Census {
  const utf8 = new Utf8Scan();
  const mac = new MacRomanScan();
  source(from, (chunk) => {
    utf8.push(chunk, false);
    if (codePages) mac.push(chunk);
    return true;
  });
  utf8.push(Buffer.alloc(0), true);
  mac.end();
  return { valid: utf8.valid, invalid: utf8.invalid, mac: mac.mac, win: mac.win };
}

/**
 * Well-formed multi-byte UTF-8 characters, and byte sequences that are not (each counted once),
 * chunk by chunk: a sequence cut off by the end of a chunk waits for the next.
 */
class Utf8Scan {
  valid = 0;
  invalid = 0;
  private readonly carry = new Carry();
  /** Inside the rest of a broken sequence, which counts as one with it. */
  private skipping = false;

  push(chunk: Buffer, last: boolean): void {
    const buf = this.carry.before(chunk);
    const n = buf.length;
    let i = 0;
    if (this.skipping) {
      while (i < n && isContinuation(buf[i])) i++;
      if (i === n && !last) {
        this.carry.keep(buf.subarray(n));
        return;
      }
      this.skipping = false;
    }
    while (i < n) {
      const b = buf[i];
      if (b < 0x80) {
        i++;
        continue;
      }
      const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
      if (len > 0 && i + len > n && !last) {
        // Its other bytes are in the next chunk.
        this.carry.keep(buf.subarray(i));
        return;
      }
      let ok = len > 0 && i + len <= n;
      for (let k = 1; ok && k < len; k++) ok = isContinuation(buf[i + k]);
      if (ok) {
        this.valid++;
        i += len;
      } else {
        this.invalid++;
        i++;
        // The rest of a broken sequence is one replacement, as the decoder makes it.
        while (i < n && isContinuation(buf[i])) i++;
        if (i === n && !last) this.skipping = true;
      }
    }
    this.carry.keep(buf.subarray(n));
  }
}

function isAsciiLetter(b: number): boolean {
  return (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a);
}

/** Bytes that are accented letters common in Dutch names in Mac Roman and rare in Windows-1252 text after a letter. */
const MAC_LETTERS = new Set([0x80, 0x83, 0x85, 0x86, 0x87, 0x88, 0x8a, 0x8d, 0x8e, 0x8f, 0x91, 0x95, 0x9a, 0x9f]);

/**
 * Mac Roman puts its accented letters (ë é ö ü è ï …) in 0x80-0x9F, where Windows-1252 has
 * punctuation; Windows-1252 puts them in 0xC0-0xFF, where Mac Roman has symbols. Clearly Mac
 * Roman: at least two bytes right after a letter are Mac Roman letters (Danië|l, Zo|ë), and
 * nothing right beside a letter reads as a Windows-1252 letter or as its apostrophe ’ (0x92).
 * Counted chunk by chunk: each byte is weighed once its neighbours are known; the first byte of
 * the file has none before it and is not weighed.
 */
class MacRomanScan {
  mac = 0;
  win = 0;
  /** The last byte seen, not weighed yet (its next byte is in the next chunk); -1 before the first. */
  private held = -1;
  /** The byte before `held`; -1 when none. */
  private beforeHeld = -1;

  push(chunk: Buffer): void {
    const n = chunk.length;
    if (n === 0) return;
    if (this.held >= 0) this.weigh(this.held, this.beforeHeld, chunk[0]);
    for (let i = 0; i < n - 1; i++) {
      const b = chunk[i];
      if (b >= 0x80) this.weigh(b, i > 0 ? chunk[i - 1] : this.held, chunk[i + 1]);
    }
    this.beforeHeld = n > 1 ? chunk[n - 2] : this.held;
    this.held = chunk[n - 1];
  }

  end(): void {
    if (this.held >= 0) this.weigh(this.held, this.beforeHeld, -1);
    this.held = -1;
  }

  private weigh(b: number, before: number, after: number): void {
    if (b < 0x80 || before < 0) return;
    const afterLetter = isAsciiLetter(before);
    if (afterLetter && MAC_LETTERS.has(b)) this.mac++;
    else if (b === 0x92 && afterLetter) this.win++;
    else if (b >= 0xc0 && b !== 0xd7 && b !== 0xf7 && (afterLetter || isAsciiLetter(after))) this.win++;
  }
}

/** UTF-16 without a byte order mark: in the first 2,000 bytes nearly every other byte is zero, and no other. */
function utf16WithoutMark(buf: Buffer): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(buf.length, HEAD_BYTES) & ~1;
  if (n < 8) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (buf[i] === 0) evenZero++;
    if (buf[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.9 && evenZero === 0) return 'utf-16le';
  if (evenZero > pairs * 0.9 && oddZero === 0) return 'utf-16be';
  return undefined;
}

function countChar(text: string, code: number): number {
  const ch = String.fromCharCode(code);
  let n = 0;
  for (let i = text.indexOf(ch); i !== -1; i = text.indexOf(ch, i + 1)) n++;
  return n;
}
