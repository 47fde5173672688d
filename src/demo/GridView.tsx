import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { columnLetters } from '../core/register/cellAddress';
import type { CellEditor } from './userCells';

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
  /** Rows kept on top (a table header): they stay in view when the sheet scrolls. */
  frozenRows: number;
  /** How the user may type in a cell; undefined for a read-only one (the engine's columns). */
  editor?(row: number, column: number): CellEditor | undefined;
  /** Writes what the user typed; refused with a message when it is not a value for the cell. */
  type?(row: number, column: number, text: string): { ok: true } | { ok: false; message: string; messageEn: string };
}

interface Editing {
  row: number;
  column: number;
  editor: CellEditor;
  error?: { message: string; messageEn: string };
}

/**
 * A virtualised view of one sheet: only the rows in view (plus a few) are in the DOM, so a register
 * of thousands of rows scrolls smoothly; the frozen rows (a table header) stay on top. Scrolls to
 * the selection when it changes. The user's own cells can be typed in (click, Enter or F2): a list
 * as a drop-down, a date as dd-mm-jjjj; Enter or leaving the cell writes it, Escape cancels.
 */
export function GridView({ sheet, lang = 'nl' }: { sheet: GridSheet; lang?: 'nl' | 'en' }) {
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(400);
  const [editing, setEditing] = useState<Editing | undefined>();
  const { rowCount, colCount } = sheet;
  const frozen = Math.min(sheet.frozenRows, rowCount);
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
      el.scrollTop = Math.max(0, top - (2 + frozen) * ROW_HEIGHT);
    }
  }, [selectedRows, frozen]);

  const startEditing = (row: number, column: number) => {
    const editor = sheet.editor?.(row, column);
    if (editor) setEditing({ row, column, editor });
  };
  const commit = (text: string) => {
    if (!editing || !sheet.type) return;
    const out = sheet.type(editing.row, editing.column, text);
    if (out.ok) {
      setEditing(undefined);
      scroller.current?.focus();
    } else setEditing({ ...editing, error: { message: out.message, messageEn: out.messageEn } });
  };
  const cancel = () => {
    setEditing(undefined);
    scroller.current?.focus();
  };

  const renderRow = (r: number, top: number) => {
    const sheetRow = r + 1;
    const highlighted = sheet.highlighted?.has(sheetRow);
    const sel = sheet.selection && sheet.selection.rows.has(sheetRow) ? sheet.selection : undefined;
    return (
      <div
        key={r}
        role="row"
        aria-rowindex={sheetRow}
        data-row={sheetRow}
        data-selected={sel ? 'true' : undefined}
        data-highlighted={highlighted ? 'true' : undefined}
        style={{ position: 'absolute', top, left: 0, height: ROW_HEIGHT, width: totalWidth }}
      >
        <div role="rowheader" style={{ ...cellBase, left: 0, width: ROW_HEADER_WIDTH, background: sel ? '#C7E0F4' : '#F3F2F1', textAlign: 'right', position: 'sticky', zIndex: 1 }}>
          {sheetRow}
        </div>
        {widths.map((w, c) => {
          const inSel = sel && c >= sel.firstColumn && c < sel.firstColumn + sel.columnCount;
          const fill = sheet.fill(r, c);
          const editable = r >= frozen && sheet.editor?.(r, c) !== undefined;
          const style: React.CSSProperties = {
            ...cellBase,
            left: offsets[c],
            width: w,
            // A fill (a highlight, a table row colour) stays visible inside the selection's outline.
            background: fill ?? (inSel ? '#CFE4FA' : '#FFFFFF'),
            outline: inSel ? '1px solid #0F6CBD' : undefined,
            fontWeight: r < frozen ? 600 : undefined,
            cursor: editable ? 'text' : undefined,
          };
          if (editing && editing.row === r && editing.column === c) {
            return <CellEditorView key={c} editing={editing} text={sheet.text(r, c)} style={style} lang={lang} onCommit={commit} onCancel={cancel} />;
          }
          return (
            <div
              key={c}
              role="gridcell"
              aria-colindex={c + 1}
              aria-readonly={r >= frozen ? !editable : undefined}
              data-col={c}
              tabIndex={editable ? 0 : undefined}
              onClick={editable ? () => startEditing(r, c) : undefined}
              onKeyDown={
                editable
                  ? (e) => {
                      if (e.key === 'Enter' || e.key === 'F2') {
                        e.preventDefault();
                        startEditing(r, c);
                      }
                    }
                  : undefined
              }
              style={style}
            >
              {sheet.text(r, c)}
            </div>
          );
        })}
      </div>
    );
  };

  // Body rows are laid out below the frozen ones: row r sits at r * ROW_HEIGHT from the sheet's top.
  const first = Math.max(frozen, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(rowCount, Math.ceil((scrollTop + height) / ROW_HEIGHT) + OVERSCAN);
  const rows = [];
  for (let r = first; r < last; r++) rows.push(renderRow(r, (r - frozen) * ROW_HEIGHT));
  const frozenRows = [];
  for (let r = 0; r < frozen; r++) frozenRows.push(renderRow(r, r * ROW_HEIGHT));

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
      <div role="row" style={{ position: 'sticky', top: 0, zIndex: 3, height: ROW_HEIGHT, width: totalWidth }}>
        <div style={{ ...cellBase, left: 0, width: ROW_HEADER_WIDTH, background: '#E1DFDD', position: 'sticky', zIndex: 4 }} />
        {widths.map((w, c) => (
          <div key={c} role="columnheader" style={{ ...cellBase, left: offsets[c], width: w, background: '#F3F2F1', textAlign: 'center' }}>
            {columnLetters(c)}
          </div>
        ))}
      </div>
      {frozen > 0 && (
        // Like Excel's frozen panes: the header row stays under the column letters while the rows scroll.
        <div
          data-testid="frozen-rows"
          style={{ position: 'sticky', top: ROW_HEIGHT, zIndex: 2, height: frozen * ROW_HEIGHT, width: totalWidth, boxShadow: '0 1px 0 #8A8886' }}
        >
          {frozenRows}
        </div>
      )}
      <div style={{ position: 'relative', height: (rowCount - frozen) * ROW_HEIGHT, width: totalWidth }}>{rows}</div>
      {editing?.error && (
        <div role="alert" data-testid="grid-error" style={{ position: 'sticky', bottom: 0, left: 0, zIndex: 5, padding: '4px 8px', background: '#FDE7E9', color: '#A4262C', width: 'max-content' }}>
          {lang === 'en' ? editing.error.messageEn : editing.error.message}
        </div>
      )}
    </div>
  );
}

/** The editor over a cell: a drop-down for a list, a text field otherwise (dates as dd-mm-jjjj). */
function CellEditorView(props: {
  editing: Editing;
  text: string;
  style: React.CSSProperties;
  lang: 'nl' | 'en';
  onCommit: (text: string) => void;
  onCancel: () => void;
}) {
  const { editing, style } = props;
  const done = useRef(false);
  const label = props.lang === 'en' ? 'Edit cell' : 'Cel bewerken';
  const boxStyle: React.CSSProperties = { ...style, padding: 0, zIndex: 2, minWidth: Math.max(Number(style.width) || 0, 140), outline: '2px solid #0F6CBD', overflow: 'visible' };
  const keys = (e: React.KeyboardEvent<HTMLInputElement | HTMLSelectElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      done.current = true;
      props.onCancel();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      props.onCommit(e.currentTarget.value);
    }
  };
  if (editing.editor.kind === 'list') {
    return (
      <div role="gridcell" data-col={editing.column} style={boxStyle}>
        <select
          autoFocus
          aria-label={label}
          data-testid="cell-editor"
          defaultValue={props.text}
          onChange={(e) => props.onCommit(e.currentTarget.value)}
          onKeyDown={keys}
          onBlur={() => !done.current && props.onCancel()}
          style={{ width: '100%', height: '100%', font: 'inherit', border: 'none' }}
        >
          <option value="">—</option>
          {editing.editor.values.map((v) => (
            <option key={v} value={v}>
              {v}
            </option>
          ))}
        </select>
      </div>
    );
  }
  return (
    <div role="gridcell" data-col={editing.column} style={boxStyle}>
      <input
        autoFocus
        aria-label={label}
        aria-invalid={editing.error ? true : undefined}
        data-testid="cell-editor"
        defaultValue={props.text}
        placeholder={editing.editor.kind === 'date' ? (props.lang === 'en' ? 'dd-mm-yyyy' : 'dd-mm-jjjj') : undefined}
        onKeyDown={keys}
        onBlur={(e) => !done.current && props.onCommit(e.currentTarget.value)}
        style={{ width: '100%', height: '100%', font: 'inherit', border: 'none', padding: '0 4px', boxSizing: 'border-box' }}
      />
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
