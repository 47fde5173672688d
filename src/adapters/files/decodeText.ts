import { isUtf8 } from 'node:buffer';
import { createRequire } from 'node:module';

type CodePages = typeof import('iconv-lite');
let codePagesLoaded: CodePages | undefined;

/**
 * iconv-lite, loaded for the first file that is not UTF-8: most registers are, and loading it
 * costs every run of the command line some 5 ms.
 */
function codePages(): CodePages {
  codePagesLoaded ??= createRequire(__filename)('iconv-lite') as CodePages;
  return codePagesLoaded;
}

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'macintosh';

export interface DecodedText {
  /** The text, without a byte order mark. */
  text: string;
  encoding: TextEncoding;
  /** Byte sequences that were no character of the encoding, each read as U+FFFD. */
  badSequences: number;
  /**
   * UTF-8 asked for as bytes (DecodeOptions.utf8AsBytes): `text` holds the file's UTF-8 bytes one
   * character per byte, and each piece taken out of it is decoded with fromUtf8Bytes.
   */
  utf8InLatin1?: true;
}

export interface DecodeOptions {
  /** A UTF-8 file is returned as its bytes in a one-byte string (see DecodedText.utf8InLatin1). */
  utf8AsBytes?: boolean;
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
export function decodeRegisterBytes(bytes: Uint8Array, options: DecodeOptions = {}): DecodedText {
  const asBytes = options.utf8AsBytes === true;
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return utf8(buf.subarray(3), asBytes);
  if (buf[0] === 0xff && buf[1] === 0xfe) return utf16(buf.subarray(2), 'utf-16le');
  if (buf[0] === 0xfe && buf[1] === 0xff) return utf16(buf.subarray(2), 'utf-16be');
  const bomless = utf16WithoutMark(buf);
  if (bomless) return utf16(buf, bomless);
  if (isUtf8(buf)) return utf8Text(buf, 0, asBytes);
  const scan = scanUtf8(buf);
  if (scan.valid > 0 && scan.invalid <= scan.valid) return utf8Text(buf, scan.invalid, asBytes);
  const encoding = looksMacRoman(buf) ? 'macintosh' : 'windows-1252';
  const text = codePages().decode(buf, encoding === 'macintosh' ? 'macintosh' : 'win1252');
  // The five bytes Windows-1252 leaves undefined (0x81 0x8D 0x8F 0x90 0x9D) come out as U+FFFD.
  return { text, encoding, badSequences: countChar(text, 0xfffd) };
}

function utf8(buf: Buffer, asBytes: boolean): DecodedText {
  return utf8Text(buf, isUtf8(buf) ? 0 : scanUtf8(buf).invalid, asBytes);
}

function utf8Text(buf: Buffer, badSequences: number, asBytes: boolean): DecodedText {
  if (asBytes) return { text: buf.toString('latin1'), encoding: 'utf-8', badSequences, utf8InLatin1: true };
  return { text: buf.toString('utf8'), encoding: 'utf-8', badSequences };
}

function utf16(buf: Buffer, encoding: 'utf-16le' | 'utf-16be'): DecodedText {
  const text = codePages().decode(buf, encoding === 'utf-16le' ? 'utf16le' : 'utf16be', { stripBOM: true });
  return { text, encoding, badSequences: countChar(text, 0xfffd) };
}

/** UTF-16 without a byte order mark: in the first 2,000 bytes nearly every other byte is zero, and no other. */
function utf16WithoutMark(buf: Buffer): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(buf.length, 2000) & ~1;
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

/** Well-formed multi-byte UTF-8 characters, and byte sequences that are not (each counted once). */
function scanUtf8(buf: Buffer): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  const n = buf.length;
  for (let i = 0; i < n; ) {
    const b = buf[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = len > 0 && i + len <= n;
    for (let k = 1; ok && k < len; k++) ok = (buf[i + k] & 0xc0) === 0x80;
    if (ok) {
      valid++;
      i += len;
    } else {
      invalid++;
      i++;
      // The rest of a broken sequence is one replacement, as the decoder makes it.
      while (i < n && (buf[i] & 0xc0) === 0x80) i++;
    }
  }
  return { valid, invalid };
}

function isAsciiLetter(b: number | undefined): boolean {
  return b !== undefined && ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a));
}

/** Bytes that are accented letters common in Dutch names in Mac Roman and rare in Windows-1252 text after a letter. */
const MAC_LETTERS = new Set([0x80, 0x83, 0x85, 0x86, 0x87, 0x88, 0x8a, 0x8d, 0x8e, 0x8f, 0x91, 0x95, 0x9a, 0x9f]);

/**
 * Mac Roman puts its accented letters (ë é ö ü è ï …) in 0x80-0x9F, where Windows-1252 has
 * punctuation; Windows-1252 puts them in 0xC0-0xFF, where Mac Roman has symbols. Clearly Mac
 * Roman: at least two bytes right after a letter are Mac Roman letters (Danië|l, Zo|ë), and
 * nothing right beside a letter reads as a Windows-1252 letter or as its apostrophe ’ (0x92).
 */
function looksMacRoman(buf: Buffer): boolean {
  let mac = 0;
  let win = 0;
  for (let i = 1; i < buf.length; i++) {
    const b = buf[i];
    if (b < 0x80) continue;
    const afterLetter = isAsciiLetter(buf[i - 1]);
    if (afterLetter && MAC_LETTERS.has(b)) mac++;
    else if (b === 0x92 && afterLetter) win++;
    else if (b >= 0xc0 && b !== 0xd7 && b !== 0xf7 && (afterLetter || isAsciiLetter(buf[i + 1]))) win++;
  }
  return mac >= 2 && win === 0;
}

function countChar(text: string, code: number): number {
  const ch = String.fromCharCode(code);
  let n = 0;
  for (let i = text.indexOf(ch); i !== -1; i = text.indexOf(ch, i + 1)) n++;
  return n;
}
