import type { AnalysisResult, Flag } from '../../../src/core/analysis/types';

/** Flags as the engine gives them for a small Dutch secondary school (ids are engine-style hashes). */
export function flag(overrides: Partial<Flag> & Pick<Flag, 'id' | 'studentId' | 'category'>): Flag {
  return {
    studentName: 'Sanne de Vries',
    className: '2B',
    mentor: 'J. Bakker',
    basis: null,
    level: null,
    duoType: null,
    start: '2026-10-05',
    end: '2026-11-12',
    hours: 0,
    occurrences: 0,
    schoolDays: 0,
    reportTo: 'school',
    masBranch: null,
    reportBy: null,
    rows: [],
    notes: [],
    ...overrides,
  };
}

export const sanneSixteen = flag({
  id: '3f9c2a7e1b0d',
  studentId: '10234',
  category: 'sixteen-hours',
  duoType: 'V3',
  start: '2026-10-05',
  end: '2026-11-12',
  hours: 16.67,
  occurrences: 14,
  schoolDays: 9,
  reportTo: 'leerplicht',
  masBranch: 'A',
  reportBy: '2026-11-19',
  rows: [12, 13, 40, 41],
});

export const sanneEarly = flag({
  id: '5a1b77c0de21',
  studentId: '10234',
  category: 'early-signal',
  start: '2026-10-05',
  end: '2026-10-23',
  hours: 8.33,
  occurrences: 7,
  schoolDays: 5,
  rows: [12, 13, 20],
});

export const daanLate = flag({
  id: '9e0d41aa7c33',
  studentId: '10311',
  studentName: 'Daan Jansen',
  className: '3A',
  mentor: 'M. de Boer',
  category: 'lateness',
  level: 3,
  duoType: 'O',
  start: '2026-09-01',
  end: '2026-11-02',
  hours: 1.5,
  occurrences: 9,
  schoolDays: 9,
  reportTo: 'leerplicht',
  masBranch: 'A',
  reportBy: '2026-11-09',
});

export const emmaLuxury = flag({
  id: '0042c1d9be7f',
  studentId: '00417',
  studentName: 'Emma Visser',
  className: '1C',
  mentor: 'A. Smit',
  category: 'luxury',
  basis: 'near-holiday',
  duoType: 'L',
  start: '2026-10-16',
  end: '2026-10-16',
  hours: 5,
  occurrences: 6,
  schoolDays: 1,
  reportTo: 'leerplicht',
  masBranch: 'B',
  reportBy: '2026-10-30',
});

export const liamSick = flag({
  id: '77aa01b2c3d4',
  studentId: '10502',
  studentName: 'Liam Mulder',
  className: '4H',
  mentor: 'P. Hendriks',
  category: 'sick-concern',
  basis: 'frequency',
  start: '2026-09-08',
  end: '2026-11-10',
  hours: 20,
  occurrences: 4,
  schoolDays: 4,
  reportTo: 'jeugdarts',
});

export function analysis(flags: Flag[], asOf = '2026-11-27'): AnalysisResult {
  return {
    version: 1,
    asOf,
    input: { rowsRead: 1204, rowsCounted: 1187, rowsNotCounted: 17, students: 310, rowsAfterAsOf: 0 },
    problems: [],
    flags,
  };
}

/** n realistic flags with distinct ids, pupils and dates (for volume tests). */
export function manyFlags(n: number): Flag[] {
  const first = ['Sanne', 'Daan', 'Emma', 'Liam', 'Noah', 'Julia', 'Sem', 'Tess', 'Milan', 'Zoë'];
  const last = ['de Vries', 'Jansen', 'Visser', 'Mulder', 'Bakker', 'van Dijk', 'Smit', 'de Boer', 'Meijer', 'Bos'];
  const out: Flag[] = [];
  for (let i = 0; i < n; i++) {
    const day = 5 + (i % 20);
    const month = 10 + (i % 2);
    out.push(
      flag({
        id: (0x100000000000 + i * 7919).toString(16).slice(-12),
        studentId: String(10000 + i),
        studentName: `${first[i % 10]} ${last[(i * 3) % 10]}`,
        className: `${1 + (i % 6)}${'ABCDH'[i % 5]}`,
        mentor: `${'JMAPK'[i % 5]}. ${last[(i * 7) % 10]}`,
        category: i % 3 === 0 ? 'sixteen-hours' : i % 3 === 1 ? 'early-signal' : 'lateness',
        level: i % 3 === 2 ? 1 + (i % 4) : null,
        duoType: i % 3 === 0 ? 'V3' : null,
        start: `2026-09-${String(1 + (i % 28)).padStart(2, '0')}`,
        end: `2026-${month}-${String(day).padStart(2, '0')}`,
        hours: Math.round((8 + (i % 900) / 100) * 100) / 100,
        occurrences: 5 + (i % 12),
        schoolDays: 3 + (i % 8),
        reportTo: i % 3 === 0 ? 'leerplicht' : 'school',
        masBranch: i % 3 === 0 ? 'A' : null,
        reportBy: i % 3 === 0 ? `2026-${month}-${String(day + 4).padStart(2, '0')}` : null,
      }),
    );
  }
  return out;
}
