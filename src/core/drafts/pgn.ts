/**
 * The PGN (persoonsgebonden nummer) of a melding: the BSN, or the onderwijsnummer for a pupil
 * without one. Both are 9 digits and carry a check digit; a number that fails it was mistyped or
 * lost a leading zero on its way through a spreadsheet (012345672 read as the number 12345672).
 */

/** Digits as typed, without the spaces and dots people write BSNs with ("0123.45.672"). */
export function pgnDigits(text: string): string {
  return text.replace(/[\s.]/g, '');
}

/** The BSN 11-proef: 9×d1 + 8×d2 + … + 2×d8 − 1×d9 is a multiple of 11 (and not 000000000). */
export function passesBsnCheck(pgn: string): boolean {
  if (!/^\d{9}$/.test(pgn) || /^0+$/.test(pgn)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(pgn[i]) * (9 - i);
  sum -= Number(pgn[8]);
  return sum % 11 === 0;
}

/**
 * The onderwijsnummer's variant (DUO): it starts with 10, and 9×d1 + … + 2×d8 + 1×d9 leaves 5
 * when divided by 11, so it can never be mistaken for a BSN.
 */
export function passesOnderwijsnummerCheck(pgn: string): boolean {
  if (!/^10\d{7}$/.test(pgn)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(pgn[i]) * (9 - i);
  return sum % 11 === 5;
}

/** A PGN a melding can carry: 9 digits passing the BSN 11-proef (or the onderwijsnummer check). */
export function isValidPgn(text: string): boolean {
  const d = pgnDigits(text);
  return passesBsnCheck(d) || passesOnderwijsnummerCheck(d);
}
