import { useCallback, useMemo, useRef, useState } from 'react';
import type { RegisterRead, WorkbookPort } from '../../adapters/workbook/port';
import type { AnalysisResult } from '../../core/analysis/types';
import type { RegisterImport } from '../../core/register/types';
import type { Settings } from '../../core/settings/schema';
import { RegisterHeaderError } from '../../core/register/headerError';
import { AnalysisCancelled, runAnalysis } from '../analysis/runAnalysis';
import type { Busy, Notify } from './notices';
import { displayDate } from '../dates';

export interface SessionOptions {
  /** Run the engine on the main thread instead of in a Web Worker (unit tests). */
  inlineAnalysis?: boolean;
}

export interface AnalysisDeps {
  settings: Settings;
  sourceId: string | undefined;
  refreshSources: () => Promise<{ id: string }[]>;
  setRead: (read: RegisterRead) => void;
  /** Writes the reporting sheet for a new result (before the result is shown). */
  fillAfterAnalysis: (result: AnalysisResult, settings: Settings) => Promise<void>;
  /** Remembers the source analysed in the workbook, for the next time it is opened. */
  rememberSource?: (sourceId: string) => Promise<void>;
  /** Asks the user before a very large read (more than about 2 million cells); false cancels. */
  askLargeRead?: (size: { rows: number; columns: number; cells: number }, signal: AbortSignal) => Promise<boolean>;
}

/** Reading the register, importing it and running the rules: the result and the settings it was made with. */
export function useAnalysis(port: WorkbookPort, deps: AnalysisDeps, notify: Notify, options: SessionOptions) {
  const [imported, setImported] = useState<RegisterImport | undefined>();
  const [result, setResult] = useState<AnalysisResult | undefined>();
  /** The settings the shown result was made with: its labels and the "old settings" notice use them. */
  const [resultSettings, setResultSettings] = useState<Settings | undefined>();
  const [busy, setBusy] = useState<Busy | undefined>();
  /** Set when the register has no recognisable header: the Register tab then offers a manual mapping. */
  const [headerError, setHeaderError] = useState<{ closestRow: number | null } | undefined>();
  const abortRef = useRef<AbortController | undefined>(undefined);
  const { settings, sourceId, refreshSources, setRead, fillAfterAnalysis, rememberSource, askLargeRead } = deps;
  const { setNotice, fail } = notify;
  const inline = options.inlineAnalysis;

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
          onLargeRead: askLargeRead && ((size) => askLargeRead(size, abort.signal)),
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
            inline,
            onStage: (stage) => setBusy({ key: stage === 'import' ? 'progressImport' : 'progressAnalyse', fraction: stage === 'import' ? 0.55 : 0.75 }),
          },
        );
        setImported(out.imported);
        setHeaderError(undefined);
        if (analyse && out.result) {
          setBusy({ key: 'progressWrite', fraction: 0.9 });
          await fillAfterAnalysis(out.result, useSettings);
          await rememberSource?.(r.source.id);
          setResult(out.result);
          setResultSettings(useSettings);
          const pupils = new Set(out.result.flags.map((f) => f.studentId)).size;
          setNotice({ intent: 'success', key: 'analysedAt', params: { asOf: displayDate(out.result.asOf), flags: out.result.flags.length, pupils } });
        }
        return true;
      } catch (err) {
        // An AbortError also comes from the port when the user declined a very large read.
        if (err instanceof AnalysisCancelled || abort.signal.aborted || (err as { name?: unknown } | null)?.name === 'AbortError') setNotice({ intent: 'info', key: 'analyseCancelled' });
        else if (err instanceof RegisterHeaderError) {
          setImported(undefined);
          setResult(undefined);
          setResultSettings(undefined);
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
    [port, sourceId, settings, refreshSources, setRead, fillAfterAnalysis, rememberSource, askLargeRead, setNotice, fail, inline],
  );

  const cancel = useCallback(() => abortRef.current?.abort(), []);

  return useMemo(
    () => ({ imported, result, resultSettings, busy, headerError, run, cancel }),
    [imported, result, resultSettings, busy, headerError, run, cancel],
  );
}
