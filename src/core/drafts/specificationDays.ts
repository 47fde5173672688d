import type { DraftAbsence, DraftDay } from './types';

/** [1, 3, 4, 5] → "1, 3-5". */
function lessonRanges(lessons: readonly number[]): string {
  const sorted = [...new Set(lessons)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    parts.push(i === j ? String(sorted[i]) : `${sorted[i]}-${sorted[j]}`);
    i = j + 1;
  }
  return parts.join(', ');
}

/** Lesson numbers of one specification line ("3", "3-5"), or null when it names times or nothing. */
function lessonNumbers(lessons: string): number[] | null {
  const m = /^(\d+)(?:-(\d+))?$/.exec(lessons.trim());
  if (!m) return null;
  const from = Number(m[1]);
  const to = m[2] === undefined ? from : Number(m[2]);
  if (to < from || to - from > 20) return null;
  return Array.from({ length: to - from + 1 }, (_, k) => from + k);
}

/**
 * The specification one line per day, as the Verzuimloket asks it: the day's lessons combined
 * ("lesuur 3-5"), times as given ("10:20-12:50"), and "hele dag" when the pupil missed every lesson
 * — a whole-day row, or the day's counted minutes reaching `dayMinutes` (output.md, "Alle lessen
 * verzuimd"). Late rows read "te laat".
 */
export function specificationDays(absences: readonly DraftAbsence[], dayMinutes: number): DraftDay[] {
  const byDate = new Map<string, DraftAbsence[]>();
  for (const a of absences) {
    const list = byDate.get(a.date);
    if (list) list.push(a);
    else byDate.set(a.date, [a]);
  }
  const days: DraftDay[] = [];
  for (const date of [...byDate.keys()].sort()) {
    const list = byDate.get(date) ?? [];
    const minutes = list.reduce((t, a) => t + a.minutes, 0);
    const absent = list.filter((a) => a.category !== 'late');
    const wholeDay =
      absent.length > 0 && (absent.some((a) => a.lessons === 'hele dag') || absent.reduce((t, a) => t + a.minutes, 0) >= dayMinutes);
    const parts: string[] = [];
    if (wholeDay) parts.push('hele dag');
    else {
      const lessons: number[] = [];
      const other: string[] = [];
      for (const a of absent) {
        const n = lessonNumbers(a.lessons);
        if (n) lessons.push(...n);
        else if (a.lessons && !other.includes(a.lessons)) other.push(a.lessons);
      }
      if (lessons.length > 0) parts.push(`lesuur ${lessonRanges(lessons)}`);
      parts.push(...other);
      if (absent.length > 0 && parts.length === 0) parts.push(`${absent.reduce((t, a) => t + a.minutes, 0)} minuten`);
    }
    for (const a of list) {
      if (a.category !== 'late') continue;
      const n = lessonNumbers(a.lessons);
      const when = n ? ` (lesuur ${lessonRanges(n)})` : a.lessons ? ` (${a.lessons})` : '';
      parts.push(`te laat${when}`);
    }
    const codes = [...new Set(list.map((a) => a.code))].join(', ');
    days.push({ date, part: parts.join(', '), minutes, codes, wholeDay });
  }
  return days;
}

/** "Alle lessen verzuimd" (output.md): Ja when every counted day is a whole-day absence. */
export function allLessonsMissedOnEveryDay(days: readonly DraftDay[]): boolean {
  return days.length > 0 && days.every((d) => d.wholeDay);
}
