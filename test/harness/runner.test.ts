// The test pane's small jest stand-in: order, hooks and failures as jest has them, since the port
// contract's clean-up (afterEach) must run in a real workbook even when a test fails.
import { createRunner, summaryLine } from './runner';

test('runs tests in order with the hooks of every enclosing describe, outside in and inside out', async () => {
  const log: string[] = [];
  const { api, run } = createRunner();
  api.describe('outer', () => {
    api.beforeEach(() => void log.push('before outer'));
    api.afterEach(async () => void log.push('after outer'));
    api.it('first', async () => void log.push('first'));
    api.describe('inner', () => {
      api.beforeEach(() => void log.push('before inner'));
      api.afterEach(() => void log.push('after inner'));
      api.test('second', () => void log.push('second'));
    });
  });
  const results = await run();
  expect(results.map((r) => [r.name, r.ok])).toEqual([
    ['outer › first', true],
    ['outer › inner › second', true],
  ]);
  expect(log).toEqual(['before outer', 'first', 'after outer', 'before outer', 'before inner', 'second', 'after inner', 'after outer']);
  expect(summaryLine(results)).toBe('2 passed, 0 failed');
});

test('a failing test, a failing hook and a test that never ends fail; clean-up runs after each', async () => {
  const cleaned: string[] = [];
  const { api, run } = createRunner(200);
  let current = '';
  api.describe('contract', () => {
    api.afterEach(() => void cleaned.push(current));
    api.it('throws', () => {
      current = 'throws';
      throw new Error('Blad "Absenties" bestaat niet (meer).');
    });
    api.it('rejects', async () => {
      current = 'rejects';
      await Promise.reject(new TypeError('getSelectedRanges is not a function'));
    });
    api.it('hangs', () => {
      current = 'hangs';
      return new Promise(() => undefined);
    });
    api.it('passes', () => {
      current = 'passes';
    });
  });
  const seen: string[] = [];
  const results = await run((r) => seen.push(r.name));
  expect(seen).toEqual(results.map((r) => r.name));
  expect(results.map((r) => r.ok)).toEqual([false, false, false, true]);
  expect(results[0].error).toContain('Blad "Absenties" bestaat niet (meer).');
  expect(results[1].error).toContain('TypeError: getSelectedRanges is not a function');
  expect(results[2].error).toContain('The test did not finish within 0.2 s');
  expect(results[3].error).toBeUndefined();
  expect(cleaned).toEqual(['throws', 'rejects', 'hangs', 'passes']);
  expect(summaryLine(results)).toBe('1 passed, 3 failed');
});

test('a failing afterEach fails a test that passed', async () => {
  const { api, run } = createRunner();
  api.describe('s', () => {
    api.afterEach(() => {
      throw new Error('sheet could not be deleted');
    });
    api.it('ok', () => undefined);
  });
  const [r] = await run();
  expect(r.ok).toBe(false);
  expect(r.error).toContain('sheet could not be deleted');
});
