import { AlignmentType, BorderStyle, HeadingLevel, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';

/** Paragraph text with line breaks kept (docx needs a break run per line). */
export function textParagraph(text: string, options: { bold?: boolean; italics?: boolean; spacingAfter?: number } = {}): Paragraph {
  const lines = text.split(/\r?\n/);
  return new Paragraph({
    spacing: { after: options.spacingAfter ?? 120 },
    children: lines.map(
      (line, i) => new TextRun({ text: line, bold: options.bold, italics: options.italics, break: i > 0 ? 1 : undefined }),
    ),
  });
}

export function heading(text: string, level: 1 | 2 | 3, pageBreakBefore = false): Paragraph {
  const h = level === 1 ? HeadingLevel.HEADING_1 : level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3;
  return new Paragraph({ heading: h, pageBreakBefore, children: [new TextRun({ text })] });
}

export function bullet(text: string): Paragraph {
  return new Paragraph({ bullet: { level: 0 }, children: [new TextRun({ text })] });
}

const CELL_BORDER = { style: BorderStyle.SINGLE, size: 4, color: '999999' };
const BORDERS = { top: CELL_BORDER, bottom: CELL_BORDER, left: CELL_BORDER, right: CELL_BORDER };

function cell(text: string, opts: { bold?: boolean; widthPct?: number; shade?: boolean } = {}): TableCell {
  return new TableCell({
    borders: BORDERS,
    width: opts.widthPct ? { size: opts.widthPct, type: WidthType.PERCENTAGE } : undefined,
    shading: opts.shade ? { fill: 'EDEBE9' } : undefined,
    children: text
      .split(/\r?\n/)
      .map((line) => new Paragraph({ alignment: AlignmentType.LEFT, children: [new TextRun({ text: line, bold: opts.bold })] })),
  });
}

/** A two-column table of label → value, as the melding form lays out its fields. */
export function fieldTable(fields: readonly (readonly [string, string])[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: fields.map(
      ([label, value]) =>
        new TableRow({ children: [cell(label, { bold: true, widthPct: 35, shade: true }), cell(value, { widthPct: 65 })] }),
    ),
  });
}

/** A table with a header row. */
export function gridTable(headers: readonly string[], rows: readonly (readonly string[])[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: headers.map((h) => cell(h, { bold: true, shade: true })) }),
      ...rows.map((r) => new TableRow({ children: r.map((v) => cell(v)) })),
    ],
  });
}

export function spacer(): Paragraph {
  return new Paragraph({ spacing: { after: 120 }, children: [] });
}
