/** A1 addressing for the fake (its own code, so a bug in the adapter's addressing is not shared). */

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export interface Box {
  r0: number;
  c0: number;
  rows: number;
  cols: number;
}

export function columnLetters(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function boxAddress(sheet: string, b: Box): string {
  const a = `${columnLetters(b.c0)}${b.r0 + 1}`;
  const z = `${columnLetters(b.c0 + b.cols - 1)}${b.r0 + b.rows}`;
  return `${quoteSheet(sheet)}!${b.rows === 1 && b.cols === 1 ? a : `${a}:${z}`}`;
}

/** Splits "Sheet!A1:B2" into the sheet name (or undefined) and the local part. */
export function splitSheet(address: string): { sheet?: string; local: string } {
  const bang = address.lastIndexOf('!');
  if (bang < 0) return { local: address.trim() };
  let sheet = address.slice(0, bang).trim();
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: address.slice(bang + 1).trim() };
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;
const COLS = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/;
const ROWS = /^\$?(\d+):\$?(\d+)$/;

/** Parses one area ("B3", "A1:C9", "A:C", "3:7"); undefined when it is not an address. */
export function parseArea(local: string): Box | undefined {
  const parts = local.split(':');
  const cols = COLS.exec(local);
  if (cols) {
    const c0 = columnIndex(cols[1]);
    const c1 = columnIndex(cols[2]);
    return { r0: 0, rows: MAX_ROWS, c0: Math.min(c0, c1), cols: Math.abs(c1 - c0) + 1 };
  }
  const rows = ROWS.exec(local);
  if (rows) {
    const r0 = Number(rows[1]) - 1;
    const r1 = Number(rows[2]) - 1;
    return { r0: Math.min(r0, r1), rows: Math.abs(r1 - r0) + 1, c0: 0, cols: MAX_COLUMNS };
  }
  if (parts.length < 1 || parts.length > 2) return undefined;
  const a = CELL.exec(parts[0]);
  const z = CELL.exec(parts[parts.length - 1]);
  if (!a || !z) return undefined;
  const ra = Number(a[2]) - 1;
  const rz = Number(z[2]) - 1;
  const ca = columnIndex(a[1]);
  const cz = columnIndex(z[1]);
  if (ra < 0 || rz < 0 || Math.max(ra, rz) >= MAX_ROWS || Math.max(ca, cz) >= MAX_COLUMNS) return undefined;
  return { r0: Math.min(ra, rz), rows: Math.abs(rz - ra) + 1, c0: Math.min(ca, cz), cols: Math.abs(cz - ca) + 1 };
}
