import { isoFromDay } from '../dates';
import type { AbsenceRow, Student } from '../register/types';
import type { DraftAbsence, DraftPupil } from './types';

/** "3", "3-5", "08:30-10:15", "hele dag" or "" — how a specification line names its part of the day. */
function lessonsText(row: Pick<AbsenceRow, 'lesson' | 'lessonTo' | 'startTime' | 'endTime' | 'minutes'>, dayMinutes: number): string {
  if (row.lesson !== undefined) {
    return row.lessonTo !== undefined && row.lessonTo !== row.lesson ? `${row.lesson}-${row.lessonTo}` : String(row.lesson);
  }
  if (row.startTime && row.endTime) return `${row.startTime}-${row.endTime}`;
  if (row.startTime) return `vanaf ${row.startTime}`;
  return row.minutes >= dayMinutes ? 'hele dag' : '';
}

/**
 * The privacy gate of the drafts: a register row becomes a specification line only when it is
 * unauthorised, luxury or late absence, and then only with the fields a melding lists. Sick,
 * authorised (which includes suspension) and ignored rows give null; the remark is never copied.
 */
export function toDraftAbsence(row: AbsenceRow, dayMinutes: number): DraftAbsence | null {
  if (row.category !== 'unauthorised' && row.category !== 'luxury' && row.category !== 'late') return null;
  return {
    sheetRow: row.sheetRow,
    date: isoFromDay(row.day),
    lessons: lessonsText(row, dayMinutes),
    minutes: row.minutes,
    code: row.code,
    category: row.category,
  };
}

/** The pupil fields a melding uses; mentor and everything else stay behind. */
export function toDraftPupil(id: string, student: Student | undefined, fallbackName = '', fallbackClass = ''): DraftPupil {
  const bsn = student?.bsn?.trim();
  return {
    id,
    name: student?.name || fallbackName,
    className: student?.className || fallbackClass,
    dateOfBirth: student?.dateOfBirth !== undefined ? isoFromDay(student.dateOfBirth) : null,
    bsn: bsn ? bsn : null,
  };
}
