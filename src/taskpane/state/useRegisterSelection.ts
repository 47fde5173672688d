import { useCallback, useMemo, useState } from 'react';
import type { RegisterRead, RegisterSource, WorkbookPort } from '../../adapters/workbook/port';
import type { Notify } from './notices';

/** "A" → 0, "Z" → 25, "AA" → 26: the 0-based sheet column of Excel column letters. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/**
 * Which table or sheet is the register, what was last read from it, and the register rows the
 * pane selects or highlights in the workbook.
 */
export function useRegisterSelection(port: WorkbookPort, notify: Notify) {
  const [sources, setSources] = useState<RegisterSource[]>([]);
  const [sourceId, setSourceId] = useState<string | undefined>();
  const [read, setRead] = useState<RegisterRead | undefined>();
  const { setNotice, fail } = notify;

  const refreshSources = useCallback(async () => {
    const list = await port.listRegisterSources();
    setSources(list);
    setSourceId((cur) => (cur && list.some((s) => s.id === cur) ? cur : (list.find((s) => s.kind !== 'selection') ?? list[0])?.id));
    return list;
  }, [port]);

  const rowsTarget = useCallback(
    (rows: readonly number[]) => {
      const src = read?.source ?? sources.find((s) => s.id === sourceId);
      if (!read || !src) return undefined;
      const width = read.cells.reduce((m, r) => Math.max(m, r.length), 0);
      return { sheet: src.sheetName, rows, first: read.firstSheetColumn, width: Math.max(1, width) };
    },
    [read, sources, sourceId],
  );

  const selectRows = useCallback(
    async (rows: readonly number[]) => {
      const t = rowsTarget(rows);
      if (!t) return;
      try {
        await port.selectRows(t.sheet, t.rows, t.first, t.width);
        setNotice({ intent: 'info', key: 'selected', params: { count: rows.length } });
      } catch (err) {
        fail(err);
      }
    },
    [port, rowsTarget, setNotice, fail],
  );

  /** Selects one cell ("E47") of the register, or its whole row when the cell is not known. */
  const selectProblem = useCallback(
    async (row: number, cell: string | undefined) => {
      const t = rowsTarget([row]);
      if (!t) return;
      const letters = cell?.match(/^([A-Z]+)\d+$/)?.[1];
      const column = letters ? columnIndex(letters) : undefined;
      try {
        if (column === undefined) await port.selectRows(t.sheet, [row], t.first, t.width);
        else await port.selectRows(t.sheet, [row], column, 1);
        setNotice({ intent: 'info', key: 'selectedCell', params: { cell: cell ?? String(row) } });
      } catch (err) {
        fail(err);
      }
    },
    [port, rowsTarget, setNotice, fail],
  );

  const highlightRows = useCallback(
    async (rows: readonly number[]) => {
      const t = rowsTarget(rows);
      if (!t) return;
      try {
        await port.highlightRows(t.sheet, t.rows, t.first, t.width);
        setNotice({ intent: 'info', key: 'highlighted', params: { count: rows.length } });
      } catch (err) {
        fail(err);
      }
    },
    [port, rowsTarget, setNotice, fail],
  );

  const clearHighlight = useCallback(async () => {
    try {
      await port.clearHighlight();
      setNotice({ intent: 'info', key: 'highlightCleared' });
    } catch (err) {
      fail(err);
    }
  }, [port, setNotice, fail]);

  return useMemo(
    () => ({ sources, sourceId, setSourceId, refreshSources, read, setRead, selectRows, selectProblem, highlightRows, clearHighlight }),
    [sources, sourceId, refreshSources, read, selectRows, selectProblem, highlightRows, clearHighlight],
  );
}
