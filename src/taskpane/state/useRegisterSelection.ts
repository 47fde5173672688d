import { useCallback, useMemo, useRef, useState } from 'react';
import type { RegisterRead, RegisterSource, WorkbookPort } from '../../adapters/workbook/port';
import type { FieldMapping } from '../../core/register/types';
import type { Notify } from './notices';

/** "A" → 0, "Z" → 25, "AA" → 26: the 0-based sheet column of Excel column letters. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/**
 * The sheet columns (0-based) that identify a register row: the pupil and the date. The highlight
 * keeps them, so that clearing it restores fills only on rows still holding the same pupil and
 * date (the user may have sorted or deleted rows since).
 */
export function registerKeyColumns(mapping: FieldMapping | undefined, read: RegisterRead | undefined): number[] {
  if (!mapping || !read) return [];
  return [mapping.studentId, mapping.date].filter((c): c is number => c !== undefined && c >= 0).map((c) => c + read.firstSheetColumn);
}

/**
 * Which table or sheet is the register, what was last read from it, and the register rows the
 * pane selects or highlights in the workbook. The source analysed is remembered in the workbook
 * (port.writeSourceChoice) and chosen again when the pane opens, so that after reopening the
 * workbook Analyseer reads the register, not another sheet that happens to come first.
 */
export function useRegisterSelection(port: WorkbookPort, notify: Notify) {
  const [sources, setSources] = useState<RegisterSource[]>([]);
  const [sourceId, setSourceId] = useState<string | undefined>();
  const [read, setRead] = useState<RegisterRead | undefined>();
  const { setNotice, fail } = notify;
  /** The choice saved in the workbook: undefined until read, null when there is none. */
  const saved = useRef<string | null | undefined>(undefined);

  const refreshSources = useCallback(async () => {
    const list = await port.listRegisterSources();
    if (saved.current === undefined) {
      // An unreadable store is no reason to stop: the first source is the fallback.
      saved.current = (await port.readSourceChoice().catch(() => undefined)) ?? null;
    }
    const choice = saved.current;
    setSources(list);
    setSourceId((cur) => {
      if (cur && list.some((s) => s.id === cur)) return cur;
      if (choice && list.some((s) => s.id === choice)) return choice;
      return (list.find((s) => s.kind !== 'selection') ?? list[0])?.id;
    });
    return list;
  }, [port]);

  /**
   * Remembers the source an analysis read. The selection is no source to come back to; a
   * workbook that cannot be written (read-only) keeps its old choice without a message, since the
   * analysis itself tells what went wrong with writing.
   */
  const rememberSource = useCallback(
    async (id: string) => {
      if (id === 'selection' || saved.current === id) return;
      try {
        await port.writeSourceChoice(id);
        saved.current = id;
      } catch {
        // Not remembered: the next start falls back to the first source.
      }
    },
    [port],
  );

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
        const done = await port.selectRows(t.sheet, t.rows, t.first, t.width);
        // Excel before ExcelApi 1.18 selects one area only: say that the rest is not selected.
        if (done.selectedRuns < done.runs) setNotice({ intent: 'warning', key: 'selectedFirstRun', params: { runs: done.runs } });
        else setNotice({ intent: 'info', key: 'selected', params: { count: rows.length } });
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

  /** Highlights register rows; `mapping` (the import's) gives the pupil and date columns that identify each. */
  const highlightRows = useCallback(
    async (rows: readonly number[], mapping?: FieldMapping) => {
      const t = rowsTarget(rows);
      if (!t) return;
      try {
        await port.highlightRows(t.sheet, t.rows, t.first, t.width, registerKeyColumns(mapping, read));
        setNotice({ intent: 'info', key: 'highlighted', params: { count: rows.length } });
      } catch (err) {
        fail(err);
      }
    },
    [port, rowsTarget, read, setNotice, fail],
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
    () => ({ sources, sourceId, setSourceId, refreshSources, rememberSource, read, setRead, selectRows, selectProblem, highlightRows, clearHighlight }),
    [sources, sourceId, refreshSources, rememberSource, read, selectRows, selectProblem, highlightRows, clearHighlight],
  );
}
