import { ageOn } from '../dates';
import type { Rule } from './types';
import { findWindowHits } from './windowRule';

/** Rule 1: sixteen hours of unauthorised absence in four lesweken → melding V3 (V4 at 18+). */
export const sixteenHours: Rule = (pupil, ctx, out) => {
  const s = ctx.settings;
  if (!s.sixteenHours.enabled) return;
  const hits = findWindowHits(pupil, ctx, {
    thresholdMinutes: s.sixteenHours.thresholdHours * 60,
    windowLesweken: s.sixteenHours.windowLesweken,
    minDaysBetweenReports: s.sixteenHours.minDaysBetweenReports,
    lateCounts: s.lateness.countsAsAbsence,
  });
  for (const hit of hits) {
    const dob = pupil.dateOfBirth;
    out.push({
      studentId: pupil.studentId,
      category: 'sixteen-hours',
      basis: null,
      level: null,
      duoType: dob !== undefined && ageOn(dob, hit.end) >= 18 ? 'V4' : 'V3',
      start: hit.start,
      end: hit.end,
      rows: hit.rows,
      reportTo: 'leerplicht',
      masBranch: 'A',
      window: { start: hit.windowStart, end: hit.end },
      notes: dob === undefined ? ['age unknown'] : [],
    });
  }
};
