import { useCallback, useMemo, useState } from 'react';
import type { EvaluationSheetSpec, WorkbookPort } from '../../adapters/workbook/port';
import type { CellGrid } from '../../core/register/types';
import { REPORTING_SHEET_NAME, REPORTING_TABLE_NAME } from '../../core/reporting/reportingSheet';
import type { Flag } from '../../core/analysis/types';
import type { FollowUpChange } from '../reporting/followUp';
import type { Notice, Notify } from './notices';
import { useAnalysis, type SessionOptions } from './useAnalysis';
import { useDraftEntries } from './useDraftEntries';
import { useFollowUp } from './useFollowUp';
import { useLargeReadPrompt } from './useLargeReadPrompt';
import { useRegisterSelection } from './useRegisterSelection';
import { useSettingsStore } from './useSettingsStore';

export type { Busy, Intent, Notice } from './notices';
export type { SessionOptions } from './useAnalysis';
export { columnIndex } from './useRegisterSelection';

/**
 * The pane's state and the only place it calls the workbook port: settings (useSettingsStore),
 * the register and its selection (useRegisterSelection), the analysis (useAnalysis), what the
 * user records per flag (useFollowUp) and what the drafts and letters read from it, letters sent
 * included (useDraftEntries). Components get data and callbacks from here and never touch
 * the workbook themselves.
 */
export function useSession(port: WorkbookPort, options: SessionOptions = {}) {
  const [notice, setNotice] = useState<Notice | undefined>();
  const fail = useCallback((err: unknown) => {
    // Workbook errors (protected, read-only, cell-edit mode) carry their English text as messageEn.
    const en = (err as { messageEn?: unknown } | null)?.messageEn;
    setNotice({ intent: 'error', text: err instanceof Error ? err.message : String(err), textEn: typeof en === 'string' ? en : undefined });
  }, []);
  const notify: Notify = useMemo(() => ({ setNotice, fail }), [fail]);

  const register = useRegisterSelection(port, notify);
  const store = useSettingsStore(port, notify, register.refreshSources);
  const followUp = useFollowUp(port, notify);
  const largeRead = useLargeReadPrompt();
  const analysis = useAnalysis(
    port,
    {
      settings: store.settings,
      sourceId: register.sourceId,
      refreshSources: register.refreshSources,
      setRead: register.setRead,
      fillAfterAnalysis: followUp.fillAfterAnalysis,
      rememberSource: register.rememberSource,
      askLargeRead: largeRead.askLargeRead,
    },
    notify,
    options,
  );

  const letters = useDraftEntries(port, followUp.followUps, notify);

  const { result, resultSettings, imported } = analysis;
  const { highlightRows: highlight } = register;
  // The import's pupil and date columns identify each highlighted row (see registerKeyColumns).
  const highlightRows = useCallback((rows: readonly number[]) => highlight(rows, imported?.header.mapping), [highlight, imported]);
  const { settings } = store;
  const { updateFollowUp: update, fillDraftsSheet: fillDrafts } = followUp;
  // A follow-up belongs to the result as analysed: its labels use the settings of that analysis.
  const updateFollowUp = useCallback(
    (flag: Flag, change: FollowUpChange) => update(result, resultSettings ?? settings, flag, change),
    [update, result, resultSettings, settings],
  );
  const fillDraftsSheet = useCallback(
    async () => (result && imported ? fillDrafts(result, imported, resultSettings ?? settings) : 0),
    [fillDrafts, result, imported, resultSettings, settings],
  );
  const { recordLettersSent: recordLetters, draftEntries } = letters;
  /** Letters made (downloaded) today: recorded in Verzuimsignalen, so they are not made again. */
  const recordLettersSent = useCallback(
    async (flagIds: readonly string[], date: string) => {
      if (result && flagIds.length > 0) await recordLetters(result, resultSettings ?? settings, flagIds, date);
    },
    [recordLetters, result, resultSettings, settings],
  );

  /** The table "Verzuimsignalen" as it stands now (the user may have filled it in Excel), for the evaluation. */
  const readReportingTable = useCallback(
    (): Promise<CellGrid | undefined> => port.readTable(REPORTING_SHEET_NAME, REPORTING_TABLE_NAME),
    [port],
  );
  const writeEvaluationSheet = useCallback((spec: EvaluationSheetSpec) => port.writeEvaluationSheet(spec), [port]);

  return useMemo(
    () => ({
      ...store,
      ...register,
      ...analysis,
      highlightRows,
      largeRead: largeRead.largeRead,
      followUps: followUp.followUps,
      reloadFollowUps: followUp.reloadFollowUps,
      updateFollowUp,
      fillDraftsSheet,
      // What drafts and letters read from Verzuimsignalen; the follow-up alone until it is read.
      draftEntries: draftEntries ?? followUp.followUps,
      recordLettersSent,
      readReportingTable,
      writeEvaluationSheet,
      notice,
      setNotice,
    }),
    [store, register, analysis, highlightRows, largeRead.largeRead, followUp.followUps, followUp.reloadFollowUps, updateFollowUp, fillDraftsSheet, draftEntries, recordLettersSent, readReportingTable, writeEvaluationSheet, notice],
  );
}

export type Session = ReturnType<typeof useSession>;
