import { HAS_LATE, type Rule } from './types';

/**
 * Rule 5: the lateness ladder. Late rows are counted in date order (sheet order within a date);
 * each ladder step reached gives one flag over all late rows of the school year so far. Steps from
 * `reportFromLevel` go to leerplicht as DUO type O.
 */
export const lateness: Rule = (pupil, ctx, out) => {
  const s = ctx.settings.lateness;
  if (!s.enabled) return;
  const { order, rowStart, rows, marks, day } = ctx.table;
  const ladder = s.ladder;
  const LATE = HAS_LATE;
  const late: number[] = [];
  let step = 0;
  for (let g = pupil.from; g < pupil.to && step < ladder.length; g++) {
    if ((marks[g] & LATE) === 0) continue;
    for (let i = rowStart[g], end = rowStart[g + 1]; i < end && step < ladder.length; i++) {
      const r = order[i];
      if (rows[r].category !== 'late') continue;
      late.push(r);
      if (late.length !== ladder[step]) continue;
      step++;
      const reported = step >= s.reportFromLevel;
      out.push({
        studentId: pupil.studentId,
        category: 'lateness',
        basis: null,
        level: step,
        duoType: reported ? 'O' : null,
        start: rows[late[0]].day,
        end: day[g],
        rows: late.slice(),
        reportTo: reported ? 'leerplicht' : 'school',
        masBranch: reported ? 'A' : null,
      });
    }
  }
};
