import type { Flag } from '../../../src/core/analysis/types';
import { dayFromIso } from '../../../src/core/dates';
import type { AbsenceRow, Student } from '../../../src/core/register/types';
import type { Category } from '../../../src/core/settings/schema';
import { parseSettings } from '../../../src/core/settings/validateSettings';

/** A school as it fills in its settings. */
export const settings = parseSettings({
  school: {
    name: 'Stedelijk Lyceum Noord',
    brin: '12AB',
    location: 'Locatie Parkweg',
    reporter: { name: 'M. de Groot', function: 'Verzuimcoördinator', phone: '050-7654321', email: 'verzuim@slnoord.nl' },
  },
  counting: { lessonMinutes: 50, dayHours: 5 },
});

export const students = new Map<string, Student>([
  ['2001', { id: '2001', name: 'Bram Hendriks', className: '2C', mentor: 'Dhr. Smit', dateOfBirth: dayFromIso('2012-05-10'), bsn: '123456782' }],
  ['2002', { id: '2002', name: 'Yara el Amrani', className: '1B', mentor: 'Mw. Bos', dateOfBirth: dayFromIso('2013-08-22') }],
  ['2004', { id: '2004', name: 'Kees Vos', className: '2C', mentor: 'Dhr. Smit', dateOfBirth: dayFromIso('2012-01-15'), bsn: '987654321' }],
]);

function row(sheetRow: number, studentId: string, iso: string, minutes: number, category: Category, code: string, extra: Partial<AbsenceRow> = {}): AbsenceRow {
  const day = dayFromIso(iso);
  if (day === undefined) throw new Error(iso);
  return { sheetRow, studentId, day, minutes, category, code, ...extra };
}

/**
 * 2001 skips lessons 3-5 (150 min) on seven days; row 9 also carries a remark, and row 30 (sick,
 * with a remark about the illness) is listed in the flag on purpose, to prove the privacy gate.
 * 2002 stays away two whole days before the autumn holiday (300 min each).
 * 2004 is sick for a week.
 */
export const rows: AbsenceRow[] = [
  row(2, '2001', '2026-09-07', 150, 'unauthorised', 'S', { lesson: 3, lessonTo: 5 }),
  row(3, '2001', '2026-09-09', 150, 'unauthorised', 'S', { lesson: 3, lessonTo: 5 }),
  row(4, '2001', '2026-09-14', 150, 'unauthorised', 'S', { lesson: 3, lessonTo: 5 }),
  row(5, '2001', '2026-09-16', 150, 'unauthorised', 'S', { lesson: 3, lessonTo: 5 }),
  row(6, '2001', '2026-09-21', 150, 'unauthorised', 'S', { lesson: 3, lessonTo: 5 }),
  row(7, '2001', '2026-09-23', 150, 'unauthorised', 'S', { lesson: 3, lessonTo: 5 }),
  row(9, '2001', '2026-09-28', 150, 'unauthorised', 'S', { startTime: '10:20', endTime: '12:50', remark: 'zat bij vriend thuis' }),
  row(30, '2001', '2026-09-25', 300, 'sick', 'Z', { remark: 'migraine, huisarts gebeld' }),
  row(40, '2002', '2026-10-15', 300, 'unauthorised', 'A'),
  row(41, '2002', '2026-10-16', 300, 'unauthorised', 'A', { remark: 'tijdens vakantie naar Turkije' }),
  row(50, '2004', '2026-11-02', 300, 'sick', 'Z'),
  row(51, '2004', '2026-11-03', 300, 'sick', 'Z'),
];

function flag(f: Partial<Flag> & Pick<Flag, 'id' | 'studentId' | 'category' | 'start' | 'end' | 'hours' | 'rows'>): Flag {
  const s = students.get(f.studentId);
  return {
    studentName: s?.name ?? '',
    className: s?.className ?? '',
    mentor: s?.mentor ?? '',
    basis: null,
    level: null,
    duoType: null,
    occurrences: f.rows.length,
    schoolDays: f.rows.length,
    reportTo: 'school',
    masBranch: null,
    reportBy: null,
    notes: [],
    ...f,
  };
}

export const earlySignal2001 = flag({
  id: 'es2001a', studentId: '2001', category: 'early-signal', start: '2026-09-07', end: '2026-09-16', hours: 10, rows: [2, 3, 4, 5],
});
export const sixteen2001 = flag({
  id: 'v3n2001b', studentId: '2001', category: 'sixteen-hours', duoType: 'V3', reportTo: 'leerplicht', masBranch: 'A',
  start: '2026-09-07', end: '2026-09-28', hours: 17.5, reportBy: '2026-10-05', rows: [2, 3, 4, 5, 6, 7, 9, 30], occurrences: 7, schoolDays: 7,
});
export const earlySignal2002 = flag({
  id: 'es2002a', studentId: '2002', category: 'early-signal', start: '2026-10-15', end: '2026-10-16', hours: 10, rows: [40, 41],
});
export const luxury2002 = flag({
  id: 'lx2002a', studentId: '2002', category: 'luxury', basis: 'near-holiday', duoType: 'L', reportTo: 'leerplicht', masBranch: 'B',
  start: '2026-10-15', end: '2026-10-16', hours: 10, reportBy: '2026-10-23', rows: [40, 41],
});
export const sick2004 = flag({
  id: 'sc2004a', studentId: '2004', category: 'sick-concern', basis: 'duration', reportTo: 'jeugdarts',
  start: '2026-11-02', end: '2026-11-03', hours: 10, rows: [50, 51],
});

export const flags: Flag[] = [earlySignal2001, sixteen2001, earlySignal2002, luxury2002, sick2004];
