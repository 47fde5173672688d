import { sha256Hex } from '../hash/sha256Hex';

/**
 * A BSN or onderwijsnummer for display: only the last four characters show ('123456782' →
 * '*****6782'), enough for a coordinator to tell pupils apart without exposing the number.
 */
export function maskBsn(bsn: string | null | undefined): string {
  const t = (bsn ?? '').replace(/\s+/g, '');
  if (t === '') return '';
  if (t.length <= 4) return '*'.repeat(t.length);
  return '*'.repeat(t.length - 4) + t.slice(-4);
}

/** Keeps letters, digits, dash and underscore; everything else becomes '_'. */
export function sanitizeFilePart(text: string): string {
  const s = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9_-]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return s.slice(0, 40) || 'onbekend';
}

/**
 * The part of a file name that identifies a pupil: the pupil number, unless it would reveal a
 * BSN or the pupil's name (some schools use the BSN as pupil number). Then a short stable hash of
 * the pupil number stands in, so files still group per pupil.
 */
export function pupilFileKey(pupil: { id: string; name?: string; bsn?: string | null }): string {
  const id = sanitizeFilePart(pupil.id);
  const digits = id.replace(/\D/g, '');
  const bsnDigits = (pupil.bsn ?? '').replace(/\D/g, '');
  const revealsBsn = (bsnDigits.length >= 8 && digits.includes(bsnDigits)) || /\d{9}/.test(id);
  const nameParts = (pupil.name ?? '')
    .toLowerCase()
    .split(/[^a-z\u00c0-\u024f]+/)
    .filter((p) => p.length >= 3);
  const revealsName = nameParts.some((p) => id.toLowerCase().includes(sanitizeFilePart(p).toLowerCase()));
  if (!revealsBsn && !revealsName) return id;
  return 'll' + sha256Hex(pupil.id).slice(0, 10);
}

/** `<kind>-<pupil key>-<date>.<ext>`, e.g. `melding-1001-2026-12-04.docx`. */
export function documentFileName(
  kind: string,
  pupil: { id: string; name?: string; bsn?: string | null },
  isoDate: string,
  ext: string,
): string {
  return `${sanitizeFilePart(kind)}-${pupilFileKey(pupil)}-${sanitizeFilePart(isoDate)}.${sanitizeFilePart(ext)}`;
}
