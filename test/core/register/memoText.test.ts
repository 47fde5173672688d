import { kindOf } from '../../../src/core/register/categorize';
import { MEMO_LIMIT, memoText } from '../../../src/core/register/memoText';
import type { CellValue } from '../../../src/core/register/types';

describe('memoText', () => {
  it('reads each distinct text once and gives the same answers as the function itself', () => {
    const seen: CellValue[] = [];
    const kind = memoText((v) => {
      seen.push(v);
      return kindOf(v);
    });
    const cells: CellValue[] = ['Te laat', 'Absent', 'Te laat', 'Te laat', '  ', 'Absent', '  ', null, 3, 'te  laat'];
    expect(cells.map(kind)).toEqual(['late', 'absent', 'late', 'late', undefined, 'absent', undefined, undefined, 'other', 'late']);
    // Texts are read once each (a blank text too, whose answer is undefined); other cells every time.
    expect(seen).toEqual(['Te laat', 'Absent', '  ', null, 3, 'te  laat']);
  });

  it('keeps answering right past the limit, reading the texts it no longer remembers again', () => {
    let reads = 0;
    const length = memoText((v) => {
      reads++;
      return typeof v === 'string' ? v.length : -1;
    });
    const texts = Array.from({ length: MEMO_LIMIT + 10 }, (_, i) => `code ${i}`);
    for (const t of texts) expect(length(t)).toBe(t.length);
    expect(reads).toBe(MEMO_LIMIT + 10);
    expect(length('code 0')).toBe(6); // remembered
    expect(reads).toBe(MEMO_LIMIT + 10);
    expect(length(`code ${MEMO_LIMIT + 5}`)).toBe(10); // beyond the limit: read again
    expect(reads).toBe(MEMO_LIMIT + 11);
  });
});
