import { useCallback, useEffect, useState } from 'react';
import type { WorkbookPort } from '../../adapters/workbook/port';
import type { AnalysisResult } from '../../core/analysis/types';
import type { DraftReportingEntry } from '../../core/drafts/types';
import type { Settings } from '../../core/settings/schema';
import type { FollowUp } from '../reporting/followUp';
import { readDraftEntries, recordLettersSent as writeLettersSent } from '../reporting/letterRecord';
import type { Notify } from './notices';

/**
 * What the drafts and letters read from the sheet Verzuimsignalen: the follow-up (status, reason,
 * actions, "Gemeld op") plus the columns read by header ("Actie gemeente gewenst" with its
 * toelichting, "Brief verstuurd op"). Read again whenever the follow-up changes (an analysis, a
 * saved status), and after letters are recorded.
 */
export function useDraftEntries(port: WorkbookPort, followUps: ReadonlyMap<string, FollowUp>, notify: Notify) {
  /** Undefined until read for the current follow-up: the pane then uses the follow-up alone. */
  const [entries, setEntries] = useState<{ for: ReadonlyMap<string, FollowUp>; entries: Map<string, DraftReportingEntry> } | undefined>();
  const { fail } = notify;

  useEffect(() => {
    let live = true;
    readDraftEntries(port).then(
      (e) => live && setEntries({ for: followUps, entries: e }),
      (err: unknown) => live && fail(err),
    );
    return () => {
      live = false;
    };
  }, [port, followUps, fail]);

  /** Records "Brief verstuurd op" (today) for the letters' signals, so they are not made again. */
  const recordLettersSent = useCallback(
    async (result: AnalysisResult, settings: Settings, flagIds: readonly string[], date: string) => {
      const after = await writeLettersSent(port, result, settings, flagIds, date);
      setEntries({ for: followUps, entries: after });
    },
    [port, followUps],
  );

  const current = entries && entries.for === followUps ? entries.entries : undefined;
  return { draftEntries: current, recordLettersSent };
}
