import { AlignmentType, Footer, Header, PageNumber, Paragraph, TabStopType, TextRun, type IStylesOptions } from 'docx';

/** One font and size for every document: Calibri 11 (22 half-points), Dutch for the spelling check. */
export const DOC_FONT = 'Calibri';
export const DOC_SIZE = 22;
export const DOC_LANGUAGE = 'nl-NL';

/** Document styles: the set font and language, headings that stay with what follows them. */
export const DOC_STYLES: IStylesOptions = {
  default: {
    document: {
      run: { font: DOC_FONT, size: DOC_SIZE, language: { value: DOC_LANGUAGE } },
      paragraph: { spacing: { after: 120, line: 276 } },
    },
    heading1: {
      run: { font: DOC_FONT, size: 32, bold: true, color: '1F3864', language: { value: DOC_LANGUAGE } },
      paragraph: { keepNext: true, keepLines: true, spacing: { before: 240, after: 120 } },
    },
    heading2: {
      run: { font: DOC_FONT, size: 26, bold: true, color: '1F3864', language: { value: DOC_LANGUAGE } },
      paragraph: { keepNext: true, keepLines: true, spacing: { before: 240, after: 120 } },
    },
    heading3: {
      run: { font: DOC_FONT, size: 23, bold: true, color: '1F3864', language: { value: DOC_LANGUAGE } },
      paragraph: { keepNext: true, keepLines: true, spacing: { before: 200, after: 80 } },
    },
  },
};

/** A4 with 2 cm margins (in twips), so a letter fits a window envelope and prints the same everywhere. */
export const PAGE = {
  size: { width: 11906, height: 16838 },
  margin: { top: 1134, bottom: 1134, left: 1134, right: 1134, header: 567, footer: 567 },
} as const;

const RIGHT_TAB = 11906 - 2 * 1134;

/** Header: the school on the left, "Vertrouwelijk" on the right: the document holds personal data. */
export function confidentialHeader(school: string): Header {
  return new Header({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: RIGHT_TAB }],
        children: [
          new TextRun({ text: school, size: 18, color: '595959' }),
          new TextRun({ text: '\tVertrouwelijk', size: 18, bold: true, color: '595959' }),
        ],
      }),
    ],
  });
}

/** Footer: "Pagina 1 van 2", centred. */
export function pageNumberFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({ children: ['Pagina ', PageNumber.CURRENT, ' van ', PageNumber.TOTAL_PAGES], size: 18, color: '595959' }),
        ],
      }),
    ],
  });
}
