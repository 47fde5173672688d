import type { CellValue as ExcelCellValue } from 'exceljs';
import type { CellValue } from '../../core/register/types';
import { MS_PER_DAY } from '../../core/excelSerial';

const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/**
 * One exceljs cell value as the engine's CellValue. exceljs turns every date-formatted number into
 * a Date, a time-only cell ("08:30") included, dated on the epoch (1899-12-30, or 1904-01-01 in the
 * 1904 system): those become the day fraction Excel stores (0.354…), so a time column reads the
 * same from Excel, exceljs and the demo. Rich text becomes its plain text, a formula its cached
 * result, a hyperlink the value it shows, an error value its text ("#N/A"), an empty string null.
 */
export function normalizeExcelValue(value: ExcelCellValue, date1904: boolean): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value === '' ? null : value;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) {
    const ms = value.getTime();
    const epoch = date1904 ? EPOCH_1904 : EPOCH_1900;
    if (ms >= epoch && ms < epoch + MS_PER_DAY) return (ms - epoch) / MS_PER_DAY;
    return value;
  }
  if ('richText' in value) return value.richText.map((t) => t.text).join('') || null;
  if ('formula' in value || 'sharedFormula' in value) {
    return value.result === undefined ? null : normalizeExcelValue(value.result, date1904);
  }
  if ('hyperlink' in value) {
    // A linked cell reads as what it shows (and formulas see): its own value, of any type; a link
    // on an empty cell is empty. The address itself is never register data.
    const text: unknown = value.text;
    return text === undefined || text === null ? null : normalizeExcelValue(text as ExcelCellValue, date1904);
  }
  if ('error' in value) return value.error;
  return null;
}
