import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { RegisterRead, RegisterSource, WorkbookPort } from '../../adapters/workbook/port';
import type { AnalysisResult, Flag } from '../../core/analysis/types';
import type { RegisterImport } from '../../core/register/types';
import type { Settings } from '../../core/settings/schema';
import { defaultSettings, validateSettings, type SettingsIssue } from '../../core/settings/validateSettings';
import { AnalysisCancelled, runAnalysis } from '../analysis/runAnalysis';
import { fillReportingSheet, readFollowUps, saveFollowUp, type FollowUp, type FollowUpChange } from '../reporting/followUp';
import type { MessageKey } from '../i18n';
import { RegisterHeaderError } from '../../core/register/headerError';

export type Intent = 'success' | 'warning' | 'error' | 'info';
export interface Notice {
  intent: Intent;
  key?: MessageKey;
  params?: Readonly<Record<string, string | number>>;
  /** Text from the engine or a workbook error, shown as is. */
  text?: string;
  /** The same text in English, when the engine gives one. */
  textEn?: string;
}

export interface Busy {
  key: MessageKey;
  /** 0..1 when known. */
  fraction?: number;
}

export interface SessionOptions {
  /** Run the engine on the main thread instead of in a Web Worker (unit tests). */
  inlineAnalysis?: boolean;
}

/**
 * The pane's state and the only place it calls the workbook port. Components get data and
 * callbacks from here and never touch the workbook themselves.
 */
export function useSession(port: WorkbookPort, options: SessionOptions = {}) {
  const [settings, setSettings] = useState<Settings>(() => defaultSettings());
  const [ready, setReady] = useState(false);
  const [sources, setSources] = useState<RegisterSource[]>([]);
  const [sourceId, setSourceId] = useState<string | undefined>();
  const [read, setRead] = useState<RegisterRead | undefined>();
  const [imported, setImported] = useState<RegisterImport | undefined>();
  const [result, setResult] = useState<AnalysisResult | undefined>();
  const [followUps, setFollowUps] = useState<Map<string, FollowUp>>(new Map());
  const [busy, setBusy] = useState<Busy | undefined>();
  /** Set when the register has no recognisable header: the Register tab then offers a manual mapping. */
  const [headerError, setHeaderError] = useState<{ closestRow: number | null } | undefined>();
  const [notice, setNotice] = useState<Notice | undefined>();
  const abortRef = useRef<AbortController | undefined>(undefined);

  const fail = useCallback((err: unknown) => {
    setNotice({ intent: 'error', text: err instanceof Error ? err.message : String(err) });
  }, []);

  const refreshSources = useCallback(async () => {
    const list = await port.listRegisterSources();
    setSources(list);
    setSourceId((cur) => (cur && list.some((s) => s.id === cur) ? cur : (list.find((s) => s.kind !== 'selection') ?? list[0])?.id));
    return list;
  }, [port]);

  useEffect(() => {
    let live = true;
    (async () => {
      try {
        const doc = await port.readSettings();
        if (doc !== undefined) {
          const r = validateSettings(doc);
          if (r.ok) {
            if (live) setSettings(r.settings);
          } else if (live) setNotice({ intent: 'warning', key: 'settingsLoadError' });
        }
        await refreshSources();
      } catch (err) {
        if (live) fail(err);
      } finally {
        if (live) setReady(true);
      }
    })();
    return () => {
      live = false;
    };
  }, [port, refreshSources, fail]);

  /** Validates and writes the settings document; returns the issues (empty when saved). */
  const saveSettings = useCallback(
    async (next: unknown, savedKey: MessageKey = 'settingsSaved'): Promise<SettingsIssue[]> => {
      const r = validateSettings(next);
      if (!r.ok) return r.issues;
      try {
        await port.writeSettings(r.settings);
        setSettings(r.settings);
        setNotice({ intent: 'success', key: savedKey });
      } catch (err) {
        fail(err);
      }
      return [];
    },
    [port, fail],
  );

  const run = useCallback(
    async (analyse: boolean, settingsOverride?: Settings): Promise<boolean> => {
      const id = sourceId ?? (await refreshSources())[0]?.id;
      if (!id) {
        setNotice({ intent: 'warning', key: 'noSources' });
        return false;
      }
      abortRef.current?.abort();
      const abort = new AbortController();
      abortRef.current = abort;
      const useSettings = settingsOverride ?? settings;
      setNotice(undefined);
      setBusy({ key: 'progressRead', fraction: 0 });
      try {
        const r = await port.readRegister(id, {
          signal: abort.signal,
          onProgress: (p) => setBusy({ key: 'progressRead', fraction: p.fraction * 0.5 }),
        });
        if (abort.signal.aborted) throw new AnalysisCancelled();
        setRead(r);
        const out = await runAnalysis(
          {
            cells: r.cells,
            settings: useSettings,
            importOptions: {
              firstSheetRow: r.firstSheetRow,
              firstSheetColumn: r.firstSheetColumn,
              date1904: r.date1904,
              mappingOverride: useSettings.mapping?.fields,
              headerRow: useSettings.mapping?.headerRow,
            },
            analyse,
          },
          {
            signal: abort.signal,
            inline: options.inlineAnalysis,
            onStage: (stage) => setBusy({ key: stage === 'import' ? 'progressImport' : 'progressAnalyse', fraction: stage === 'import' ? 0.55 : 0.75 }),
          },
        );
        setImported(out.imported);
        setHeaderError(undefined);
        if (analyse && out.result) {
          setBusy({ key: 'progressWrite', fraction: 0.9 });
          const rows = await fillReportingSheet(port, out.result, useSettings);
          setFollowUps(rows);
          setResult(out.result);
          const pupils = new Set(out.result.flags.map((f) => f.studentId)).size;
          setNotice({ intent: 'success', key: 'analysedAt', params: { asOf: out.result.asOf, flags: out.result.flags.length, pupils } });
        }
        return true;
      } catch (err) {
        if (err instanceof AnalysisCancelled || abort.signal.aborted) setNotice({ intent: 'info', key: 'analyseCancelled' });
        else if (err instanceof RegisterHeaderError) {
          setImported(undefined);
          setResult(undefined);
          setHeaderError({ closestRow: err.closestRow });
          setNotice({ intent: 'error', text: `${err.message}.`, textEn: `${err.messageEn}.`, key: 'headerErrorHint' });
        } else fail(err);
        return false;
      } finally {
        if (abortRef.current === abort) {
          abortRef.current = undefined;
          setBusy(undefined);
        }
      }
    },
    [port, sourceId, settings, refreshSources, fail, options.inlineAnalysis],
  );

  const cancel = useCallback(() => abortRef.current?.abort(), []);

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
    [port, rowsTarget, fail],
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
    [port, rowsTarget, fail],
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
    [port, rowsTarget, fail],
  );

  const clearHighlight = useCallback(async () => {
    try {
      await port.clearHighlight();
      setNotice({ intent: 'info', key: 'highlightCleared' });
    } catch (err) {
      fail(err);
    }
  }, [port, fail]);

  /** Writes one flag's follow-up to the reporting sheet; returns a refusal message key or undefined. */
  const updateFollowUp = useCallback(
    async (flag: Flag, change: FollowUpChange): Promise<{ message: string; messageEn: string } | undefined> => {
      if (!result) return undefined;
      try {
        const out = await saveFollowUp(port, result, settings, flag.id, change);
        if (!out.ok) return out;
        setFollowUps(out.followUps);
        setNotice({ intent: 'success', key: 'statusSaved' });
        return undefined;
      } catch (err) {
        fail(err);
        return undefined;
      }
    },
    [port, result, settings, fail],
  );

  const reloadFollowUps = useCallback(async () => {
    try {
      setFollowUps(await readFollowUps(port));
    } catch (err) {
      fail(err);
    }
  }, [port, fail]);

  return useMemo(
    () => ({
      port,
      ready,
      settings,
      sources,
      sourceId,
      setSourceId,
      refreshSources,
      read,
      headerError,
      imported,
      result,
      followUps,
      busy,
      notice,
      setNotice,
      saveSettings,
      run,
      cancel,
      selectRows,
      selectProblem,
      highlightRows,
      clearHighlight,
      updateFollowUp,
      reloadFollowUps,
    }),
    [port, ready, settings, sources, sourceId, refreshSources, read, headerError, imported, result, followUps, busy, notice, saveSettings, run, cancel, selectRows, selectProblem, highlightRows, clearHighlight, updateFollowUp, reloadFollowUps],
  );
}

export type Session = ReturnType<typeof useSession>;

/** "A" → 0, "Z" → 25, "AA" → 26: the 0-based sheet column of Excel column letters. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}
