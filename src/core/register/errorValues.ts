/** Excel's error values, as cells show them and Office.js and the file readers hand them over. */
const ERROR_VALUES: ReadonlySet<string> = new Set([
  '#N/A', '#REF!', '#DIV/0!', '#VALUE!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!', '#CALC!', '#FIELD!', '#BLOCKED!',
  '#CONNECT!', '#BUSY!', '#UNKNOWN!', '#GETTING_DATA', '#EXTERNAL!', '#PYTHON!',
  // Dutch Excel shows some of them translated, and exports may keep that text.
  '#N/B', '#VERW!', '#DEEL/0!', '#WAARDE!', '#NAAM?', '#GETAL!', '#LEEG!', '#LEKKAGE!', '#BEREKENEN!', '#VELD!',
]);

/** Whether a cell's text is an Excel error value ("#N/A", "#REF!", …, also Dutch "#N/B"). */
export function isErrorValue(text: string): boolean {
  const c = text.charCodeAt(0);
  // A printable ASCII first character other than "#" settles it without trimming: trim() only
  // removes whitespace, so the text cannot start with "#" after it. The import asks this of
  // every filled cell of every row.
  if (c > 32 && c < 127 && c !== 35) return false;
  const t = c === 35 ? text : text.trim();
  return t.charCodeAt(0) === 35 && ERROR_VALUES.has(t.trim().toUpperCase());
}
