/** First characters that make Excel, LibreOffice or Google Sheets treat a typed cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Formula (CSV) injection guard: text that a spreadsheet would run as a formula gets a leading
 * apostrophe, the character Excel itself uses to mark "this is text". The apostrophe stays visible
 * in the exported file, so the reader can see the cell was neutralised; numbers are not text and
 * are left alone. A phone number written "+31 …" therefore shows as "'+31 …".
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function needsNeutralising(text: string): boolean {
  return FORMULA_START.test(text);
}
