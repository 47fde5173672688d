/**
 * The part of jest's API the port contract uses (describe, it/test, beforeEach, afterEach), for a
 * page inside Excel where jest cannot run. Tests run one after another in the order declared, with
 * the hooks of every enclosing describe, each bounded by a timeout (60 s, as jest.config.js) so a
 * host that never answers fails the test instead of hanging the pane.
 */

type Body = () => unknown;

interface TestCase {
  kind: 'test';
  name: string;
  fn: Body;
}

interface Suite {
  kind: 'suite';
  name: string;
  beforeEach: Body[];
  afterEach: Body[];
  children: (Suite | TestCase)[];
}

export interface TestResult {
  /** Suite names and the test name, joined with " › " as jest prints them. */
  name: string;
  ok: boolean;
  ms: number;
  error?: string;
}

export interface TestApi {
  describe(name: string, fn: () => void): void;
  it(name: string, fn: Body): void;
  test(name: string, fn: Body): void;
  beforeEach(fn: Body): void;
  afterEach(fn: Body): void;
}

export interface Runner {
  api: TestApi;
  /** Runs every declared test in order; onResult is told each result as it is known. */
  run(onResult?: (result: TestResult) => void): Promise<TestResult[]>;
}

export const DEFAULT_TIMEOUT_MS = 60_000;

function withTimeout(fn: Body, ms: number, what: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms / 1000} s`)), ms);
    Promise.resolve()
      .then(fn)
      .then(
        (v) => {
          clearTimeout(timer);
          resolve(v);
        },
        (e: unknown) => {
          clearTimeout(timer);
          reject(e);
        },
      );
  });
}

function describeError(e: unknown): string {
  if (e instanceof Error) return e.stack && e.stack.includes(e.message) ? e.stack : `${e.name}: ${e.message}\n${e.stack ?? ''}`;
  return String(e);
}

export function createRunner(timeoutMs = DEFAULT_TIMEOUT_MS): Runner {
  const root: Suite = { kind: 'suite', name: '', beforeEach: [], afterEach: [], children: [] };
  let current = root;
  const test = (name: string, fn: Body) => {
    current.children.push({ kind: 'test', name, fn });
  };
  const api: TestApi = {
    describe(name, fn) {
      const suite: Suite = { kind: 'suite', name, beforeEach: [], afterEach: [], children: [] };
      current.children.push(suite);
      const parent = current;
      current = suite;
      try {
        fn();
      } finally {
        current = parent;
      }
    },
    it: test,
    test,
    beforeEach(fn) {
      current.beforeEach.push(fn);
    },
    afterEach(fn) {
      current.afterEach.push(fn);
    },
  };

  async function runTest(path: Suite[], t: TestCase): Promise<TestResult> {
    const name = [...path.map((s) => s.name).filter(Boolean), t.name].join(' › ');
    const started = Date.now();
    let error: unknown;
    let failed = false;
    // Like jest: the before hooks outside in, the test, then the after hooks inside out, which run
    // even when the test failed (they clean the workbook up).
    try {
      for (const s of path) for (const h of s.beforeEach) await withTimeout(h, timeoutMs, 'beforeEach');
      await withTimeout(t.fn, timeoutMs, 'The test');
    } catch (e) {
      failed = true;
      error = e;
    }
    for (const s of [...path].reverse()) {
      for (const h of s.afterEach) {
        try {
          await withTimeout(h, timeoutMs, 'afterEach');
        } catch (e) {
          if (!failed) error = e;
          failed = true;
        }
      }
    }
    return { name, ok: !failed, ms: Date.now() - started, ...(failed ? { error: describeError(error) } : {}) };
  }

  return {
    api,
    async run(onResult) {
      const results: TestResult[] = [];
      const visit = async (suite: Suite, path: Suite[]): Promise<void> => {
        for (const child of suite.children) {
          if (child.kind === 'suite') {
            await visit(child, [...path, child]);
          } else {
            const r = await runTest(path, child);
            results.push(r);
            onResult?.(r);
          }
        }
      };
      await visit(root, [root]);
      return results;
    },
  };
}

/** "N passed, N failed", the closing line CI reads. */
export function summaryLine(results: readonly TestResult[]): string {
  const passed = results.filter((r) => r.ok).length;
  return `${passed} passed, ${results.length - passed} failed`;
}
