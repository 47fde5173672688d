import type { Flag } from '../../src/core/analysis/types';
import { filterFlags, sortFlags } from '../../src/taskpane/tabs/filterFlags';

function flag(p: Partial<Flag> & Pick<Flag, 'id' | 'studentId' | 'studentName' | 'className' | 'category'>): Flag {
  return {
    mentor: '',
    basis: null,
    level: null,
    duoType: null,
    start: '2025-11-03',
    end: '2025-11-20',
    hours: 16.67,
    occurrences: 20,
    schoolDays: 8,
    reportTo: 'leerplicht',
    masBranch: 'A',
    reportBy: null,
    rows: [12, 13],
    notes: [],
    ...p,
  };
}

// A small class list as a school would see it: two 2-havo pupils, one 3-vwo pupil.
const flags: Flag[] = [
  flag({ id: 'a1', studentId: '10234', studentName: 'Sanne de Vries', className: '2B', mentor: 'mw. Bakker', category: 'sixteen-hours', reportBy: '2025-11-27', end: '2025-11-20' }),
  flag({ id: 'a2', studentId: '10234', studentName: 'Sanne de Vries', className: '2B', mentor: 'mw. Bakker', category: 'early-signal', reportTo: 'school', masBranch: null, end: '2025-11-06' }),
  flag({ id: 'b1', studentId: '10388', studentName: 'Daan Jansen', className: '2B', mentor: 'mw. Bakker', category: 'luxury', basis: 'near-holiday', duoType: 'L', masBranch: 'B', reportBy: '2025-11-04', end: '2025-10-28' }),
  flag({ id: 'c1', studentId: '11002', studentName: 'Aylin Yılmaz', className: '3V', mentor: 'dhr. Visser', category: 'lateness', level: 1, reportTo: 'school', masBranch: null, end: '2025-12-01' }),
];
const status = new Map([['b1', 'Gemeld']]);
const statusOf = (id: string) => status.get(id) ?? 'Nieuw';

describe('filterFlags', () => {
  test('by class, category, mentor, status and name or number', () => {
    expect(filterFlags(flags, { className: '2B' }, statusOf).map((f) => f.id)).toEqual(['a1', 'a2', 'b1']);
    expect(filterFlags(flags, { category: 'luxury' }, statusOf).map((f) => f.id)).toEqual(['b1']);
    expect(filterFlags(flags, { mentor: 'dhr. Visser' }, statusOf).map((f) => f.id)).toEqual(['c1']);
    expect(filterFlags(flags, { status: 'Gemeld' }, statusOf).map((f) => f.id)).toEqual(['b1']);
    expect(filterFlags(flags, { status: 'Nieuw' }, statusOf).map((f) => f.id)).toEqual(['a1', 'a2', 'c1']);
    expect(filterFlags(flags, { text: 'sanne' }, statusOf).map((f) => f.id)).toEqual(['a1', 'a2']);
    expect(filterFlags(flags, { text: 'yilmaz' }, statusOf).map((f) => f.id)).toEqual(['c1']);
    expect(filterFlags(flags, { text: 'DE VRIES' }, statusOf).map((f) => f.id)).toEqual(['a1', 'a2']);
    expect(filterFlags(flags, { text: '1100' }, statusOf).map((f) => f.id)).toEqual(['c1']);
    expect(filterFlags(flags, { className: '2B', category: 'early-signal' }, statusOf).map((f) => f.id)).toEqual(['a2']);
  });
});

describe('sortFlags', () => {
  test('urgency: earliest report-by date first, then school signals by latest end', () => {
    expect(sortFlags(flags, 'urgency').map((f) => f.id)).toEqual(['b1', 'a1', 'c1', 'a2']);
  });
  test('by name and by class', () => {
    // by surname: Jansen, (de) Vries, Yılmaz
    expect(sortFlags(flags, 'name').map((f) => f.id)).toEqual(['b1', 'a2', 'a1', 'c1']);
    expect(sortFlags(flags, 'class').map((f) => f.id)).toEqual(['b1', 'a1', 'a2', 'c1']);
  });
});

describe('waiting for feedback', () => {
  it('keeps only the meldingen the caller says are waiting, combined with the other filters', () => {
    const waiting = new Set(['a1', 'b1']);
    const isWaiting = (id: string) => waiting.has(id);
    const statusOf = (id: string) => (id === 'a1' || id === 'b1' ? 'Gemeld' : 'Nieuw');
    expect(filterFlags(flags, { waiting: true }, statusOf, isWaiting).map((f) => f.id)).toEqual(['a1', 'b1']);
    expect(filterFlags(flags, { waiting: true, category: 'luxury' }, statusOf, isWaiting).map((f) => f.id)).toEqual(['b1']);
    expect(filterFlags(flags, { waiting: false }, statusOf, isWaiting)).toHaveLength(4);
    // Without a judgement of waiting, none waits.
    expect(filterFlags(flags, { waiting: true }, statusOf)).toEqual([]);
  });
});
