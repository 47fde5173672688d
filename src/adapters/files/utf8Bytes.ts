/**
 * Text read one character per byte (Latin-1) from UTF-8 bytes, as the readers hold large files:
 * a one-byte string is half the memory of the decoded text, which V8 stores two bytes per
 * character as soon as one character of the file is past U+00FF (a Turkish ı or Ş in one name).
 * Markup, separators, quotes and line ends are ASCII and read the same either way; a cell is
 * decoded when it is taken out.
 */
export function fromUtf8Bytes(raw: string): string {
  // Most pieces are short (a cell reference, a style, a number, a code): a loop beats the regex there.
  const n = raw.length;
  if (n <= 24) {
    let i = 0;
    while (i < n && raw.charCodeAt(i) < 0x80) i++;
    if (i === n) return raw;
  } else if (!NON_ASCII.test(raw)) return raw;
  return Buffer.from(raw, 'latin1').toString('utf8');
}

const NON_ASCII = /[\x80-\xff]/;
