import { useCallback, useState } from 'react';
import type { WorkbookPort } from '../../adapters/workbook/port';
import type { AnalysisResult, Flag } from '../../core/analysis/types';
import type { RegisterImport } from '../../core/register/types';
import type { Settings } from '../../core/settings/schema';
import { fillReportingSheet, readFollowUps, saveFollowUp, type FollowUp, type FollowUpChange } from '../reporting/followUp';
import type { Notify } from './notices';

/** What the user recorded per flag (the sheet Verzuimsignalen) and the drafts sheet. */
export function useFollowUp(port: WorkbookPort, notify: Notify) {
  const [followUps, setFollowUps] = useState<Map<string, FollowUp>>(new Map());
  const { setNotice, fail } = notify;

  /** Fills the reporting sheet after an analysis, keeping every user column by flag id. */
  const fillAfterAnalysis = useCallback(
    async (result: AnalysisResult, settings: Settings) => {
      const rows = await fillReportingSheet(port, result, settings);
      setFollowUps(rows);
    },
    [port],
  );

  /** Writes one flag's follow-up to the reporting sheet; returns a refusal message or undefined. */
  const updateFollowUp = useCallback(
    async (result: AnalysisResult | undefined, settings: Settings, flag: Flag, change: FollowUpChange) => {
      if (!result) return undefined;
      try {
        const out = await saveFollowUp(port, result, settings, flag.id, change);
        if (!out.ok) return { message: out.message, messageEn: out.messageEn, problems: out.problems };
        setFollowUps(out.followUps);
        setNotice({ intent: 'success', key: 'statusSaved' });
        return undefined;
      } catch (err) {
        fail(err);
        return undefined;
      }
    },
    [port, setNotice, fail],
  );

  const reloadFollowUps = useCallback(async () => {
    try {
      setFollowUps(await readFollowUps(port));
    } catch (err) {
      fail(err);
    }
  }, [port, fail]);

  /** Fills the sheet "Meldingen (concept)"; returns how many drafts it holds. */
  const fillDraftsSheet = useCallback(
    // The drafts builder loads with the first fill (as the reports tab does), not with the pane.
    async (result: AnalysisResult, imported: RegisterImport, settings: Settings) =>
      (await import(/* webpackChunkName: "reports" */ '../reporting/draftsSheet')).fillDraftsSheet(port, result, imported, settings, followUps),
    [port, followUps],
  );

  return { followUps, fillAfterAnalysis, updateFollowUp, reloadFollowUps, fillDraftsSheet };
}
