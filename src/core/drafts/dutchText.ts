/** Dutch wording for letters and documents: dates and hours as a reader says them. */

const MONTHS = [
  'januari', 'februari', 'maart', 'april', 'mei', 'juni',
  'juli', 'augustus', 'september', 'oktober', 'november', 'december',
] as const;

/** No-break space: "28 september 2026" must not break over two lines in a document. */
export const NBSP = '\u00A0';

/** Non-breaking hyphen: "010-1234567" must not break after its area code. */
export const NB_HYPHEN = '\u2011';

/**
 * Text that must stay on one line in a document, such as a phone number ("010 - 123 45 67",
 * "010-1234567"): spaces become no-break spaces and hyphens non-breaking hyphens, so Word never
 * breaks it across lines. What is typed stays recognisable: only the break opportunities go.
 */
export function unbreakable(text: string): string {
  return text.replace(/[ \t]/g, NBSP).replace(/-/g, NB_HYPHEN);
}

/**
 * "2026-09-28" → "28 september 2026" (no leading zero, month in words). With `nbsp` the spaces are
 * no-break spaces, so a date stays on one line. Text that is not an ISO date is returned as is.
 */
export function longDutchDate(iso: string, options: { nbsp?: boolean } = {}): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const sp = options.nbsp ? NBSP : ' ';
  return `${Number(m[3])}${sp}${MONTHS[Number(m[2]) - 1]}${sp}${m[1]}`;
}

/**
 * Hours as a parent reads them (B1): whole hours, or rounded with a word — 18 → "18 uur",
 * 18.25 → "ruim 18 uur", 17.5 → "17 en een half uur", 17.75 → "bijna 18 uur", 1.5 → "anderhalf
 * uur", 0.5 → "een half uur". The exact figure is in the melding; a letter needs the size of it.
 */
export function hoursInWords(hours: number): string {
  const minutes = Math.round(hours * 60);
  const whole = Math.floor(minutes / 60);
  const rest = minutes - whole * 60;
  if (rest === 0) return whole === 1 ? '1 uur' : `${whole} uur`;
  if (rest === 30) {
    if (whole === 0) return 'een half uur';
    if (whole === 1) return 'anderhalf uur';
    return `${whole} en een half uur`;
  }
  if (rest < 30) return whole === 0 ? 'minder dan een half uur' : `ruim ${whole} uur`;
  return `bijna ${whole + 1} uur`;
}
