import { SameDayRows } from '../../../src/core/register/sameDayRows';

/** All rows of a slot, latest first, as the duplicate check walks them. */
function chain(t: SameDayRows, pupil: number, day: number): number[] {
  const out: number[] = [];
  for (let j = t.head(t.slot(pupil, day)); j >= 0; j = t.previous(j)) out.push(j);
  return out;
}

describe('SameDayRows', () => {
  it('keeps the rows of each pupil and day apart, latest first', () => {
    const t = new SameDayRows(6);
    const add = (pupil: number, day: number, row: number): void => t.add(t.slot(pupil, day), pupil, day, row);
    add(0, 20700, 0);
    add(1, 20700, 1);
    add(0, 20700, 2);
    add(0, 20701, 3);
    add(0, 20700, 4);
    expect(chain(t, 0, 20700)).toEqual([4, 2, 0]);
    expect(chain(t, 1, 20700)).toEqual([1]);
    expect(chain(t, 0, 20701)).toEqual([3]);
    expect(chain(t, 1, 20701)).toEqual([]);
    expect(chain(t, 2, 20700)).toEqual([]);
  });

  it('stays exact when the table is at its fullest: 16,000 pupils on one day and one pupil on 200 days', () => {
    const rows = 16_200;
    const t = new SameDayRows(rows);
    let row = 0;
    for (let p = 0; p < 16_000; p++) t.add(t.slot(p, 20700), p, 20700, row++);
    for (let d = 0; d < 200; d++) t.add(t.slot(7, 20800 + d), 7, 20800 + d, row++);
    expect(row).toBe(rows);
    expect(chain(t, 0, 20700)).toEqual([0]);
    expect(chain(t, 15_999, 20700)).toEqual([15_999]);
    expect(chain(t, 7, 20700)).toEqual([7]);
    expect(chain(t, 7, 20800)).toEqual([16_000]);
    expect(chain(t, 7, 20999)).toEqual([16_199]);
    expect(chain(t, 16_000, 20700)).toEqual([]);
    expect(chain(t, 7, 21000)).toEqual([]);
  });

  it('with one slot per pupil (each pupil’s rows in day order) keeps the current day of every pupil apart', () => {
    const t = new SameDayRows(7, 3);
    const add = (pupil: number, day: number, row: number): void => t.add(t.slot(pupil, day), pupil, day, row);
    add(0, 20700, 0);
    add(1, 20700, 1);
    add(0, 20700, 2);
    expect(chain(t, 0, 20700)).toEqual([2, 0]);
    expect(chain(t, 1, 20700)).toEqual([1]);
    add(0, 20701, 3);
    // Pupil 1 is still on 20700 while pupil 0 moved on.
    add(1, 20700, 4);
    expect(chain(t, 1, 20700)).toEqual([4, 1]);
    expect(chain(t, 0, 20701)).toEqual([3]);
    expect(chain(t, 2, 20701)).toEqual([]);
    add(2, 20701, 5);
    expect(chain(t, 2, 20701)).toEqual([5]);
  });
});
