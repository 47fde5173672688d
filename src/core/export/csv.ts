import { neutraliseFormula } from './neutralise';
import type { ExportColumn, ExportTable, ExportValue } from './table';

/** Byte order mark: Dutch Excel reads a .csv as UTF-8 only when it starts with one. */
export const UTF8_BOM = '\uFEFF';

function dutchDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}-${m[2]}-${m[1]}` : iso;
}

/** A value as Dutch Excel expects it: decimal comma, day-first dates, Ja/Nee. */
export function csvCellText(value: ExportValue, kind: ExportColumn['kind']): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'Ja' : 'Nee';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value).replace('.', ',') : '';
  if (kind === 'date') return dutchDate(value);
  if (kind === 'code') return keepAsText(value);
  return neutraliseFormula(value);
}

/**
 * Excel opens a .csv by guessing types: "012345672" becomes the number 12345672 and the leading
 * zero of a BSN is lost. Written as ="012345672", Excel (and LibreOffice) show the text exactly.
 * Only a value of digits gets this form (it cannot carry anything but those digits); any other
 * text is neutralised like every text cell.
 */
export function keepAsText(value: string): string {
  return /^\d+$/.test(value) ? `="${value}"` : neutraliseFormula(value);
}

/** Quotes a field when it holds the separator, a quote, a line break or edge spaces. */
export function quoteCsvField(text: string, separator = ';'): string {
  if (text.includes(separator) || /["\r\n]/.test(text) || /^\s|\s$/.test(text)) {
    return `"${text.replace(/"/g, '""')}"`;
  }
  return text;
}

/**
 * CSV text for Dutch Excel: semicolon separated, CRLF line ends, a UTF-8 byte order mark, every
 * text cell neutralised against formula injection (see neutraliseFormula) and quoted as needed.
 */
export function toCsv(table: Pick<ExportTable, 'columns' | 'rows'>): string {
  const lines: string[] = [];
  lines.push(table.columns.map((c) => quoteCsvField(neutraliseFormula(c.header))).join(';'));
  for (const row of table.rows) {
    lines.push(
      table.columns
        .map((c, i) => {
          const v = row[i] ?? null;
          // ="digits" stays unquoted: that is the form Excel evaluates to text on opening.
          if (c.kind === 'code' && typeof v === 'string' && /^\d+$/.test(v)) return keepAsText(v);
          return quoteCsvField(csvCellText(v, c.kind));
        })
        .join(';'),
    );
  }
  return UTF8_BOM + lines.join('\r\n') + '\r\n';
}

/** The CSV as UTF-8 bytes (BOM included), for a download or a file. */
export function csvBytes(csv: string): Uint8Array {
  return new TextEncoder().encode(csv);
}
