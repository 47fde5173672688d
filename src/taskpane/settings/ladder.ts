/**
 * The lateness ladder as typed in the pane: "3, 6, 9, 12" (commas, semicolons or spaces). Each step
 * a whole number above 0, strictly increasing, at least one step; anything else is refused with
 * the offending part named, before the settings validation sees it.
 */
export type LadderParse = { ok: true; ladder: number[] } | { ok: false; bad: string };

export function parseLadder(text: string): LadderParse {
  const parts = text.split(/[\s,;]+/).filter((p) => p !== '');
  if (parts.length === 0) return { ok: false, bad: '' };
  const ladder: number[] = [];
  for (const p of parts) {
    if (!/^\d+$/.test(p)) return { ok: false, bad: p };
    const n = Number(p);
    if (n <= 0 || (ladder.length > 0 && n <= ladder[ladder.length - 1])) return { ok: false, bad: p };
    ladder.push(n);
  }
  return { ok: true, ladder };
}
