/**
 * Pupil names as people search and sort them: a search for "sahin" finds "Şahin" and "de vries"
 * finds "Sanne de Vries"; a list sorted by name is sorted by surname, the Dutch way ("Vries, Sanne
 * de" between "Visser" and "Wit": the tussenvoegsel does not count).
 */

/** Letters that Unicode does not decompose into a base letter and an accent. */
const SPECIAL: Record<string, string> = { ı: 'i', ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ĳ: 'ij' };

/** Lower case without accents ("Şahin" → "sahin", "Çelik" → "celik", "Ødegård" → "odegard"). */
export function foldName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLocaleLowerCase('nl')
    .replace(/[ıøæœßłđðþĳ]/g, (c) => SPECIAL[c] ?? c)
    .replace(/[’`´]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether every word of the query occurs in the name, accents and case ignored ("sahin d" finds "Daan Şahin"). */
export function nameMatches(name: string, query: string): boolean {
  const words = foldName(query).split(' ').filter(Boolean);
  if (words.length === 0) return true;
  const folded = foldName(name);
  return words.every((w) => folded.includes(w));
}

/** Dutch (and a few neighbouring) tussenvoegsels: not part of the surname when sorting. */
const INFIXES = new Set([
  'van', 'de', 'der', 'den', 'het', "'t", 't', 'ter', 'ten', 'te', 'op', 'in', 'aan', 'bij', 'onder', 'uit', 'voor', 'over',
  'vd', 'v.d.', 'v/d', "d'", 'la', 'le', 'du', 'da', 'di', 'dos', 'des', 'von', 'zu', 'vom', 'zum',
]);

/** A name split for sorting: surname, first names, tussenvoegsel. "Vries, Sanne de" and "Sanne de Vries" give the same. */
export function nameParts(name: string): { surname: string; given: string; infix: string } {
  const trimmed = name.replace(/\s+/g, ' ').trim();
  const comma = trimmed.indexOf(',');
  if (comma >= 0) {
    // "Vries, Sanne de" / "Vries, de, Sanne" as exports write it
    const surname = trimmed.slice(0, comma).trim();
    const rest = trimmed.slice(comma + 1).replace(/,/g, ' ').trim().split(' ').filter(Boolean);
    const infix = rest.filter((w) => INFIXES.has(w.toLowerCase()));
    const given = rest.filter((w) => !INFIXES.has(w.toLowerCase()));
    return { surname, given: given.join(' '), infix: infix.join(' ') };
  }
  const words = trimmed.split(' ');
  if (words.length < 2) return { surname: trimmed, given: '', infix: '' };
  // The tussenvoegsel starts the surname: "Sanne de Vries", "Kees van der Berg"
  const infixAt = words.findIndex((w, i) => i > 0 && INFIXES.has(w.toLowerCase()));
  if (infixAt > 0) {
    let end = infixAt;
    while (end < words.length - 1 && INFIXES.has(words[end].toLowerCase())) end++;
    return { surname: words.slice(end).join(' '), given: words.slice(0, infixAt).join(' '), infix: words.slice(infixAt, end).join(' ') };
  }
  return { surname: words[words.length - 1], given: words.slice(0, -1).join(' '), infix: '' };
}

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/** Compares two names by surname, then first names, then tussenvoegsel (for Array.sort). */
export function compareBySurname(a: string, b: string): number {
  const x = nameParts(a);
  const y = nameParts(b);
  return collator.compare(x.surname, y.surname) || collator.compare(x.given, y.given) || collator.compare(x.infix, y.infix);
}
