import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { evaluate } from '../../core/evaluation/evaluate';
import { evaluationEntriesFromGrid } from '../../core/evaluation/entriesFromSheet';
import type { EvaluationEntry, EvaluationFigures } from '../../core/evaluation/types';
import { isoFromDay, MS_PER_DAY } from '../../core/dates';
import type { Session } from '../state/useSession';
import { schoolYearChoices } from './schoolYears';

export interface EvaluationState {
  years: string[];
  year: string;
  setYear: (year: string) => void;
  /** Undefined while the sheet is being read (or without an analysis). */
  figures: EvaluationFigures | undefined;
  /** False when the workbook has no "Verzuimsignalen" table yet: every flag then counts as Nieuw. */
  fromSheet: boolean;
}

function todayIso(): string {
  return isoFromDay(Math.floor(Date.now() / MS_PER_DAY));
}

/**
 * The figures for the chosen school year: the analysis with the user's entries as they stand on
 * "Verzuimsignalen" now (read through the session when the tab opens, after each analysis and after
 * each save in the pane). The counting runs deferred, after the tab has painted.
 */
export function useEvaluation(session: Session): EvaluationState {
  const { result, resultSettings, settings, followUps, readReportingTable, setNotice } = session;
  const choices = useMemo(() => (result ? schoolYearChoices(result, todayIso()) : { years: [], initial: '' }), [result]);
  const [picked, setYear] = useState<string | undefined>();
  const year = picked !== undefined && choices.years.includes(picked) ? picked : choices.initial;

  const [entries, setEntries] = useState<{ map: Map<string, EvaluationEntry>; fromSheet: boolean } | undefined>();
  useEffect(() => {
    if (!result) return;
    let live = true;
    readReportingTable().then(
      (grid) => {
        if (live) setEntries({ map: evaluationEntriesFromGrid(grid), fromSheet: grid !== undefined && grid.length > 0 });
      },
      (err: unknown) => {
        if (!live) return;
        setEntries({ map: new Map(), fromSheet: false });
        setNotice({ intent: 'error', text: err instanceof Error ? err.message : String(err) });
      },
    );
    return () => {
      live = false;
    };
    // followUps: a save in the pane changed the sheet, so it is read again.
  }, [result, followUps, readReportingTable, setNotice]);

  const publicHolidays = (resultSettings ?? settings).calendar.publicHolidays;
  const deferred = useDeferredValue(useMemo(() => ({ result, entries, year }), [result, entries, year]));
  const figures = useMemo(() => {
    if (!deferred.result || !deferred.entries || deferred.year === '') return undefined;
    return evaluate(deferred.result, deferred.entries.map, { schoolYear: deferred.year, publicHolidays });
  }, [deferred, publicHolidays]);

  return { years: choices.years, year, setYear, figures, fromSheet: entries?.fromSheet ?? false };
}
