import { columnIndex } from '../../src/taskpane/state/useSession';
import { columnLetters } from '../../src/core/register/cellAddress';

test('Excel column letters to the 0-based sheet column (for "select the problem cell")', () => {
  expect(columnIndex('A')).toBe(0);
  expect(columnIndex('L')).toBe(11);
  expect(columnIndex('Z')).toBe(25);
  expect(columnIndex('AA')).toBe(26);
  expect(columnIndex('XFD')).toBe(16383);
  for (const i of [0, 1, 25, 26, 51, 52, 701, 702, 16383]) expect(columnIndex(columnLetters(i))).toBe(i);
});
