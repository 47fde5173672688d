import type { MemoryWorkbook, MemorySheet } from '../adapters/memory/memoryWorkbook';
import type { DemoBook } from './DemoApp';
import type { GridSheet } from './GridView';
import { cellEditor, typedValue } from './userCells';

/** The demo's view of a MemoryWorkbook: visible sheets as grid models, rebuilt on each change. */
export function bookView(wb: MemoryWorkbook): DemoBook {
  let version = 0;
  let selections = 0;
  let cached: { version: number; sheets: GridSheet[] } | undefined;
  wb.subscribe((change) => {
    version += 1;
    if (change.kind === 'selection') selections += 1;
  });

  const gridSheet = (s: MemorySheet): GridSheet => {
    const used = wb.usedBox(s.name);
    const rowCount = used ? used.firstRow + used.rowCount : 0;
    const colCount = used ? used.firstColumn + used.columnCount : 0;
    const sel = wb.selection;
    const rows = new Set<number>();
    let firstColumn = 0;
    let columnCount = 0;
    if (sel && sel.sheetName === s.name) {
      for (const a of sel.areas) {
        for (let r = 0; r < a.rowCount; r++) rows.add(a.firstRow + r + 1);
        firstColumn = a.firstColumn;
        columnCount = a.columnCount;
      }
    }
    const hl = wb.highlightedRows();
    return {
      name: s.name,
      rowCount,
      colCount,
      text: (r, c) => wb.displayText(s.name, r, c),
      fill: (r, c) => wb.fillAt(s.name, r, c),
      width: (c) => s.columnWidths.get(c),
      selection: rows.size > 0 ? { rows, firstColumn, columnCount } : undefined,
      highlighted: hl && hl.sheetName === s.name ? new Set(hl.rows) : undefined,
      frozenRows: s.frozenRows || (wb.tableList().some((t) => t.sheetName === s.name && t.firstRow === 0) ? 1 : 0),
      editor: (r, c) => cellEditor(s, wb.tableList(), r, c),
      type: (r, c, text) => {
        const editor = cellEditor(s, wb.tableList(), r, c);
        if (!editor) return { ok: false, message: 'Deze cel vult de invoegtoepassing.', messageEn: 'The add-in fills this cell.' };
        const typed = typedValue(editor, text);
        if (!typed.ok) return typed;
        wb.typeCell(s.name, r, c, typed.value);
        return { ok: true };
      },
    };
  };

  return {
    port: wb,
    subscribe: (listener) => wb.subscribe(() => listener()),
    version: () => version,
    sheets: () => {
      if (!cached || cached.version !== version) cached = { version, sheets: wb.visibleSheets().map(gridSheet) };
      return cached.sheets;
    },
    selection: () => {
      const sel = wb.selection;
      if (!sel || sel.areas.length === 0) return undefined;
      return { sheet: sel.sheetName, key: String(selections) };
    },
  };
}
