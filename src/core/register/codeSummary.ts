import type { CodeLookup } from './categorize';
import type { CodeSummary } from './types';
import { compareDutch } from '../text/textOrder';

/** Every distinct code with its rows: unmapped first (the pane asks about those), then most rows first. */
export function summarizeCodes(codeRows: ReadonlyMap<CodeLookup, number>): CodeSummary[] {
  const out: CodeSummary[] = [];
  for (const [l, rows] of codeRows) out.push({ code: l.code, category: l.category, rows, source: l.source });
  out.sort((a, b) => {
    const ua = a.category === null ? 0 : 1;
    const ub = b.category === null ? 0 : 1;
    if (ua !== ub) return ua - ub;
    if (a.rows !== b.rows) return b.rows - a.rows;
    return compareDutch(a.code, b.code);
  });
  return out;
}
