/**
 * Dutch sort order of texts, as `a.localeCompare(b, 'nl')` gives it, without starting ICU's
 * collator for the texts a register's codes and values nearly always are. Creating that collator
 * costs the first comparison of every process 10-13 ms: a fifth of the analysis of a 20,000-row
 * register on the command line, which sorts its codes.
 *
 * For texts of spaces, digits and Latin letters only, the Unicode collation order (CLDR root,
 * which Dutch uses unchanged) is: letters compared without case (space before digits before
 * letters), and only when they are all equal, lower case before upper case at the first place
 * they differ. Any other character goes to the collator itself, created on first use.
 */

let collator: Intl.Collator | undefined;

const SPACE = 32;

/** The character's primary weight in ASCII order (letters folded to lower case), or -1 outside the fast set. */
function primary(c: number): number {
  if (c >= 97 && c <= 122) return c;
  if (c >= 65 && c <= 90) return c + 32;
  if ((c >= 48 && c <= 57) || c === SPACE) return c;
  return -1;
}

/** Compares as `a.localeCompare(b, 'nl')` does (negative, zero or positive), for Array.sort. */
export function compareDutch(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let caseOrder = 0;
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    const px = primary(x);
    const py = primary(y);
    if (px < 0 || py < 0) return slow(a, b);
    if (px !== py) {
      // Decided here, unless a character later on would need the collator.
      return fastRest(a, i + 1) && fastRest(b, i + 1) ? px - py : slow(a, b);
    }
    // Same letter, other case: lower case first, if nothing else differs.
    if (caseOrder === 0 && x !== y) caseOrder = x > y ? -1 : 1;
  }
  if (!fastRest(a, n) || !fastRest(b, n)) return slow(a, b);
  if (a.length !== b.length) return a.length - b.length;
  return caseOrder;
}

function fastRest(s: string, from: number): boolean {
  for (let i = from; i < s.length; i++) if (primary(s.charCodeAt(i)) < 0) return false;
  return true;
}

function slow(a: string, b: string): number {
  collator ??= new Intl.Collator('nl');
  return collator.compare(a, b);
}

/**
 * Compares texts of one fixed format (ISO dates, school years "2025-2026") by their characters:
 * for those the Dutch order and this one agree, and no collator is needed at all.
 */
export function compareIsoText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
