/**
 * Text for a terminal with every control character made visible: a cell holding an escape
 * sequence ("\x1b[2J", a title change, a hyperlink) or a bare carriage return must never act on the
 * user's terminal. Line feeds and tabs stay; any other C0/C1 control and DEL becomes a visible
 * placeholder (U+241B for ESC, "\u2400"-style pictures for the rest, U+FFFD for C1). Lone halves of
 * a surrogate pair (a character cut in two) become U+FFFD too.
 */
export function terminalSafe(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, (ch) => {
    const c = ch.charCodeAt(0);
    if (c < 0x20) return String.fromCharCode(0x2400 + c);
    if (c === 0x7f) return '\u2421';
    return '\ufffd';
  });
}
