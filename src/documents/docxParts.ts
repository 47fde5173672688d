import { AlignmentType, BorderStyle, HeadingLevel, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';

/** Paragraph text with line breaks kept (docx needs a break run per line). */
export function textParagraph(
  text: string,
  options: { bold?: boolean; italics?: boolean; spacingAfter?: number; keepNext?: boolean; color?: string } = {},
): Paragraph {
  const lines = text.split(/\r?\n/);
  return new Paragraph({
    spacing: { after: options.spacingAfter ?? 120 },
    keepNext: options.keepNext,
    children: lines.map(
      (line, i) =>
        new TextRun({ text: line, bold: options.bold, italics: options.italics, color: options.color, break: i > 0 ? 1 : undefined }),
    ),
  });
}

/** A heading; the document styles keep it with its next paragraph. */
export function heading(text: string, level: 1 | 2 | 3, pageBreakBefore = false): Paragraph {
  const h = level === 1 ? HeadingLevel.HEADING_1 : level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3;
  return new Paragraph({ heading: h, pageBreakBefore, keepNext: true, keepLines: true, children: [new TextRun({ text })] });
}

export function bullet(text: string): Paragraph {
  return new Paragraph({ bullet: { level: 0 }, children: [new TextRun({ text })] });
}

const CELL_BORDER = { style: BorderStyle.SINGLE, size: 4, color: '999999' };
const BORDERS = { top: CELL_BORDER, bottom: CELL_BORDER, left: CELL_BORDER, right: CELL_BORDER };

function cell(text: string, opts: { bold?: boolean; widthPct?: number; fill?: string; columnSpan?: number; color?: string } = {}): TableCell {
  return new TableCell({
    borders: BORDERS,
    columnSpan: opts.columnSpan,
    width: opts.widthPct ? { size: opts.widthPct, type: WidthType.PERCENTAGE } : undefined,
    shading: opts.fill ? { type: ShadingType.CLEAR, color: 'auto', fill: opts.fill } : undefined,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: text
      .split(/\r?\n/)
      .map(
        (line) =>
          new Paragraph({
            alignment: AlignmentType.LEFT,
            spacing: { after: 0 },
            children: [new TextRun({ text: line, bold: opts.bold, color: opts.color })],
          }),
      ),
  });
}

/** A row of a field table: a label and its value, or a section title across both columns. */
export type FieldRow =
  | readonly [label: string, value: string]
  | { section: string }
  | { alert: string };

const LABEL_FILL = 'EDEBE9';
const SECTION_FILL = 'D6DCE4';
const ALERT_FILL = 'FDE7E9';

/**
 * The two-column table of label → value the melding form lays out, with section rows ("Leerling",
 * "School") and alert rows (an overdue melding) across both columns. Rows never split over pages.
 */
export function fieldTable(fields: readonly FieldRow[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: fields.map((f) => {
      if ('section' in f) {
        return new TableRow({ cantSplit: true, children: [cell(f.section, { bold: true, fill: SECTION_FILL, columnSpan: 2 })] });
      }
      if ('alert' in f) {
        return new TableRow({ cantSplit: true, children: [cell(f.alert, { bold: true, fill: ALERT_FILL, columnSpan: 2, color: 'A4262C' })] });
      }
      const [label, value] = f as readonly [string, string];
      return new TableRow({
        cantSplit: true,
        children: [cell(label, { bold: true, widthPct: 35, fill: LABEL_FILL }), cell(value, { widthPct: 65 })],
      });
    }),
  });
}

/** A table with a header row, repeated on every page. */
export function gridTable(headers: readonly string[], rows: readonly (readonly string[])[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: headers.map((h) => cell(h, { bold: true, fill: LABEL_FILL })) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((v) => cell(v)) })),
    ],
  });
}

export function spacer(): Paragraph {
  return new Paragraph({ spacing: { after: 120 }, children: [] });
}
