import type { MasBranch } from '../analysis/types';
import { dayFromIso } from '../dates';
import type { FollowUpFields } from '../reporting/followUpColumns';

export { followUpProblems, type FollowUpFields, type FollowUpProblem } from '../reporting/followUpColumns';

/**
 * Where one melding stands on the MAS stappenplan (mas.md, steps 1-10), from what the school
 * recorded in the follow-up columns. The checks output.md names for those columns live with the
 * columns (core/reporting/followUpColumns.ts).
 */

export type MasStep = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10;

export interface MasProgress {
  /** The step the melding waits at now. */
  current: MasStep;
  /** Steps done (before current). */
  done: MasStep[];
  branch: MasBranch | null;
  /** "Niet melden": the path stops at step 1, explained. */
  stopped: boolean;
}

const STEPS: MasStep[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

function filled(text: string | null): boolean {
  return text !== null && text.trim() !== '';
}

export function masProgress(f: FollowUpFields, branch: MasBranch | null): MasProgress {
  const reported = f.status === 'Gemeld' || f.status === 'Afgesloten' || f.reportedOn !== null;
  let current: MasStep;
  if (!reported) current = 1;
  else if (f.closedOn !== null || f.status === 'Afgesloten' || filled(f.result)) current = 10;
  else if (filled(f.feedback) || f.feedbackOn !== null) current = 10;
  else if (filled(f.route) || f.routeOn !== null) current = 8;
  else if (f.contactOn !== null) current = 3;
  else current = 2;
  // Feedback given but no result yet: the evaluation (10) can start, feedback (9) is done.
  const done = STEPS.filter((s) => s < current);
  return { current, done, branch, stopped: !reported && f.status === 'Niet melden' };
}

/** Reported, with no terugkoppeling, for `weeks` weeks or more since "Gemeld op". */
export function waitingForFeedback(f: FollowUpFields, today: string, weeks: number): boolean {
  if (f.reportedOn === null || filled(f.feedback) || f.feedbackOn !== null) return false;
  if (f.closedOn !== null || f.status === 'Afgesloten') return false;
  const on = dayFromIso(f.reportedOn);
  const now = dayFromIso(today);
  return on !== undefined && now !== undefined && now - on >= weeks * 7;
}
