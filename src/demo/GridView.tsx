import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { columnLetters } from '../core/register/cellAddress';

export const ROW_HEIGHT = 22;
const ROW_HEADER_WIDTH = 52;
const OVERSCAN = 8;

export interface GridSheet {
  name: string;
  rowCount: number;
  colCount: number;
  /** Cell text as Excel would show it (0-based row and column). */
  text(row: number, column: number): string;
  /** Cell fill (CSS hex), if any. */
  fill(row: number, column: number): string | undefined;
  /** Column widths in characters, when the sheet has them. */
  width(column: number): number | undefined;
  /** Selected sheet rows (1-based) and the selected columns. */
  selection?: { rows: ReadonlySet<number>; firstColumn: number; columnCount: number };
  /** Highlighted sheet rows (1-based). */
  highlighted?: ReadonlySet<number>;
  /** Rows kept on top (a table header). */
  frozenRows: number;
}

/**
 * A virtualised view of one sheet: only the rows in view (plus a few) are in the DOM, so a register
 * of thousands of rows scrolls smoothly. Scrolls to the selection when it changes.
 */
export function GridView({ sheet }: { sheet: GridSheet }) {
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(400);
  const { rowCount, colCount } = sheet;
  const widths = useMemo(
    () => Array.from({ length: colCount }, (_, c) => Math.max(60, Math.min(260, (sheet.width(c) ?? 12) * 7 + 12))),
    [colCount, sheet],
  );
  const offsets = useMemo(() => {
    const o = [ROW_HEADER_WIDTH];
    for (const w of widths) o.push(o[o.length - 1] + w);
    return o;
  }, [widths]);
  const totalWidth = offsets[offsets.length - 1];

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const measure = () => setHeight(el.clientHeight || 400);
    measure();
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  }, []);

  const selectedRows = sheet.selection?.rows;
  useEffect(() => {
    const el = scroller.current;
    if (!el || !selectedRows || selectedRows.size === 0) return;
    const first = Math.min(...selectedRows);
    const top = (first - 1) * ROW_HEIGHT;
    if (top < el.scrollTop || top > el.scrollTop + el.clientHeight - 3 * ROW_HEIGHT) {
      el.scrollTop = Math.max(0, top - 2 * ROW_HEIGHT);
    }
  }, [selectedRows]);

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(rowCount, Math.ceil((scrollTop + height) / ROW_HEIGHT) + OVERSCAN);
  const rows = [];
  for (let r = first; r < last; r++) {
    const sheetRow = r + 1;
    const highlighted = sheet.highlighted?.has(sheetRow);
    const sel = sheet.selection && sheet.selection.rows.has(sheetRow) ? sheet.selection : undefined;
    rows.push(
      <div
        key={r}
        role="row"
        aria-rowindex={sheetRow}
        data-row={sheetRow}
        data-selected={sel ? 'true' : undefined}
        data-highlighted={highlighted ? 'true' : undefined}
        style={{ position: 'absolute', top: r * ROW_HEIGHT, left: 0, height: ROW_HEIGHT, width: totalWidth }}
      >
        <div role="rowheader" style={{ ...cellBase, left: 0, width: ROW_HEADER_WIDTH, background: sel ? '#C7E0F4' : '#F3F2F1', textAlign: 'right', position: 'sticky', zIndex: 1 }}>
          {sheetRow}
        </div>
        {widths.map((w, c) => {
          const inSel = sel && c >= sel.firstColumn && c < sel.firstColumn + sel.columnCount;
          const fill = sheet.fill(r, c);
          return (
            <div
              key={c}
              role="gridcell"
              style={{
                ...cellBase,
                left: offsets[c],
                width: w,
                // A fill (a highlight, a table row colour) stays visible inside the selection's outline.
                background: fill ?? (inSel ? '#CFE4FA' : '#FFFFFF'),
                outline: inSel ? '1px solid #0F6CBD' : undefined,
                fontWeight: r < sheet.frozenRows ? 600 : undefined,
              }}
            >
              {sheet.text(r, c)}
            </div>
          );
        })}
      </div>,
    );
  }

  return (
    <div
      ref={scroller}
      role="grid"
      aria-label={sheet.name}
      aria-rowcount={rowCount}
      aria-colcount={colCount}
      data-testid="grid"
      tabIndex={0}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
      style={{ overflow: 'auto', position: 'relative', flex: 1, minHeight: 0, fontSize: 12, background: '#FFFFFF' }}
    >
      <div role="row" style={{ position: 'sticky', top: 0, zIndex: 2, height: ROW_HEIGHT, width: totalWidth }}>
        <div style={{ ...cellBase, left: 0, width: ROW_HEADER_WIDTH, background: '#E1DFDD', position: 'sticky', zIndex: 3 }} />
        {widths.map((w, c) => (
          <div key={c} role="columnheader" style={{ ...cellBase, left: offsets[c], width: w, background: '#F3F2F1', textAlign: 'center' }}>
            {columnLetters(c)}
          </div>
        ))}
      </div>
      <div style={{ position: 'relative', height: rowCount * ROW_HEIGHT, width: totalWidth }}>{rows}</div>
    </div>
  );
}

const cellBase: React.CSSProperties = {
  position: 'absolute',
  top: 0,
  height: ROW_HEIGHT,
  lineHeight: `${ROW_HEIGHT - 1}px`,
  boxSizing: 'border-box',
  borderRight: '1px solid #E1DFDD',
  borderBottom: '1px solid #E1DFDD',
  padding: '0 4px',
  whiteSpace: 'nowrap',
  overflow: 'hidden',
  textOverflow: 'ellipsis',
};
