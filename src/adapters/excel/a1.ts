/** A1 addresses for the Office adapter. */
import { columnLetters } from '../../core/register/cellAddress';

export { columnLetters };

/** "B3:D9" for a 0-based box. */
export function areaAddress(firstRow: number, firstColumn: number, rowCount: number, columnCount: number): string {
  const a = `${columnLetters(firstColumn)}${firstRow + 1}`;
  if (rowCount === 1 && columnCount === 1) return a;
  return `${a}:${columnLetters(firstColumn + columnCount - 1)}${firstRow + rowCount}`;
}

/** A sheet name as an address prefix: quoted when it is not a plain identifier. */
export function sheetPrefix(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? `${name}!` : `'${name.replace(/'/g, "''")}'!`;
}
