import type { Rule } from './types';
import { findWindowHits } from './windowRule';

/**
 * Rule 2: the school's own early signal, with the window and spacing of rule 1 and a lower
 * threshold. Kept even when a sixteen-hours flag follows: it shows whether the school acted first.
 */
export const earlySignal: Rule = (pupil, ctx, out) => {
  const s = ctx.settings;
  if (!s.earlySignal.enabled) return;
  const hits = findWindowHits(pupil, ctx, {
    thresholdMinutes: s.earlySignal.thresholdHours * 60,
    windowLesweken: s.sixteenHours.windowLesweken,
    minDaysBetweenReports: s.sixteenHours.minDaysBetweenReports,
    lateCounts: s.lateness.countsAsAbsence,
  });
  for (const hit of hits) {
    out.push({
      studentId: pupil.studentId,
      category: 'early-signal',
      basis: null,
      level: null,
      duoType: null,
      start: hit.start,
      end: hit.end,
      rows: hit.rows,
      reportTo: 'school',
      masBranch: null,
      window: { start: hit.windowStart, end: hit.end },
    });
  }
};
