import { documentFileName, maskBsn, pupilFileKey, sanitizeFilePart } from '../../../src/core/drafts/privacy';

describe('maskBsn', () => {
  it('shows only the last four digits', () => {
    expect(maskBsn('123456782')).toBe('*****6782');
    expect(maskBsn(' 1234 56 782 ')).toBe('*****6782');
    expect(maskBsn('1234567890')).toBe('******7890');
  });
  it('hides short values entirely and gives empty for none', () => {
    expect(maskBsn('6782')).toBe('****');
    expect(maskBsn('')).toBe('');
    expect(maskBsn(null)).toBe('');
    expect(maskBsn(undefined)).toBe('');
  });
});

describe('file names', () => {
  it('are built from kind, pupil number and date', () => {
    expect(documentFileName('melding', { id: '1001', name: 'Sanne de Vries', bsn: '123456782' }, '2026-12-04', 'docx')).toBe(
      'melding-1001-2026-12-04.docx',
    );
  });

  it('never contain a BSN, even when the school uses it as pupil number', () => {
    const name = documentFileName('melding', { id: '123456782', name: 'Sanne de Vries', bsn: '123456782' }, '2026-12-04', 'docx');
    expect(name).not.toContain('123456782');
    expect(name).toMatch(/^melding-ll[0-9a-f]{10}-2026-12-04\.docx$/);
    // Any nine-digit run is treated as a possible BSN, even without a BSN column.
    expect(pupilFileKey({ id: '111222333' })).toMatch(/^ll[0-9a-f]{10}$/);
    // Stable: the same pupil gets the same key every time.
    expect(pupilFileKey({ id: '111222333' })).toBe(pupilFileKey({ id: '111222333' }));
  });

  it('never contain the pupil name, even in a pupil number like "devries01"', () => {
    const name = documentFileName('brief', { id: 'devries01', name: 'Sanne de Vries' }, '2026-12-04', 'docx');
    expect(name.toLowerCase()).not.toContain('vries');
    expect(name.toLowerCase()).not.toContain('sanne');
  });

  it('strip characters that are unsafe in a path', () => {
    expect(sanitizeFilePart('../..\\1001 /x')).toBe('1001_x');
    expect(sanitizeFilePart('Coördinator')).toBe('Coordinator');
    expect(documentFileName('melding', { id: '../1001' }, '2026-12-04', 'docx')).toBe('melding-1001-2026-12-04.docx');
  });
});
