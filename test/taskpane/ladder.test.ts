import { parseLadder } from '../../src/taskpane/settings/ladder';

describe('lateness ladder as typed in the Settings tab', () => {
  test('commas, semicolons and spaces separate the steps', () => {
    expect(parseLadder('3, 6, 9, 12')).toEqual({ ok: true, ladder: [3, 6, 9, 12] });
    expect(parseLadder('3;6;9')).toEqual({ ok: true, ladder: [3, 6, 9] });
    expect(parseLadder(' 4 8 ')).toEqual({ ok: true, ladder: [4, 8] });
    expect(parseLadder('5')).toEqual({ ok: true, ladder: [5] });
  });
  test('refuses, naming the offending part: decimals, zero, text, a step not above the previous one', () => {
    expect(parseLadder('3, 6.5, 9')).toEqual({ ok: false, bad: '6.5' });
    expect(parseLadder('0, 3')).toEqual({ ok: false, bad: '0' });
    expect(parseLadder('3, zes')).toEqual({ ok: false, bad: 'zes' });
    expect(parseLadder('3, 6, 6, 9')).toEqual({ ok: false, bad: '6' });
    expect(parseLadder('6, 3')).toEqual({ ok: false, bad: '3' });
    expect(parseLadder('-3')).toEqual({ ok: false, bad: '-3' });
  });
  test('an empty ladder is refused', () => {
    expect(parseLadder('  , ')).toEqual({ ok: false, bad: '' });
  });
});
