import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { flagId } from '../../src/core/analysis/flagId';
import { runCli } from '../helpers/runCli';
import { docxText } from '../documents/docText';

const FIXTURES = join(__dirname, 'fixtures');
/**
 * Sven (5001) turns 18 on Wednesday 7 October 2026. He is late (TL, lesson 1, 5 minutes) twelve
 * times: 1, 3, 8, 10, 15, 17, 22, 24 September and 1 October (the ninth, still 17), then 8, 12
 * and 14 October (18). He is away with code LV the whole of Friday 16 October and Monday 26
 * October, around the autumn holiday (17-25 October), and misses 20 whole school days with code A
 * from 2 to 30 November (20 November is a day off). Whole days are 5 hours (300 minutes).
 */
const REGISTER = join(FIXTURES, 'register-18plus.csv');
const SETTINGS = join(FIXTURES, 'settings-debrug.json');

interface JsonFlag {
  id: string;
  category: string;
  basis: string | null;
  level: number | null;
  duoType: string | null;
  start: string;
  end: string;
  hours: number;
  occurrences: number;
  schoolDays: number;
  reportTo: string;
  masBranch: string | null;
  reportBy: string | null;
  notes: string[];
}

type Expected = Omit<JsonFlag, 'id' | 'occurrences' | 'schoolDays'> & { days: number };

const f = (
  category: string, basis: string | null, level: number | null, duoType: string | null, start: string, end: string, hours: number,
  days: number, reportTo: string, masBranch: string | null, reportBy: string | null, notes: string[],
): Expected => ({ category, basis, level, duoType, start, end, hours, days, reportTo, masBranch, reportBy, notes });

/**
 * rules.md applied by hand. Lateness: steps 3, 6, 9, 12 on 8 Sep, 17 Sep, 1 Oct (17 years old:
 * O to leerplicht, report by 1 Oct + 5 working days = 8 Oct) and 14 Oct (18: school, 18+).
 * Window rules (4 lesweken; the autumn week is no lesweek): the early signal (8 h) is reached on
 * 26 Oct (300 + 300 min), then — after its reset and 7 days' spacing — on 3, 10, 17 and 24 Nov;
 * the sixteen hours on 3 Nov (16 Oct, 26 Oct, 2 and 3 Nov: 1200 min) and on 10, 17, 24 Nov (V4:
 * he is 18 on each end date). Luxury: the LV days 16 and 26 Oct are the near-holiday days of the
 * autumn holiday (basis code, 18+: school); the day off 20 Nov makes 20-22 Nov a holiday period
 * too, whose near-holiday days 18, 19, 23, 24 Nov hold 5 hours each (basis near-holiday, 18+).
 * Long-term: 20 absent days in a row end on 30 Nov (100 h; 18+: school).
 */
const EXPECTED: Expected[] = [
  f('lateness', null, 1, null, '2026-09-01', '2026-09-08', 0.25, 3, 'school', null, null, []),
  f('lateness', null, 2, null, '2026-09-01', '2026-09-17', 0.5, 6, 'school', null, null, []),
  f('lateness', null, 3, 'O', '2026-09-01', '2026-10-01', 0.75, 9, 'leerplicht', 'A', '2026-10-08', []),
  f('lateness', null, 4, null, '2026-09-01', '2026-10-14', 1, 12, 'school', null, null, ['18+']),
  f('early-signal', null, null, null, '2026-10-16', '2026-10-26', 10, 2, 'school', null, null, []),
  f('luxury', 'code', null, null, '2026-10-16', '2026-10-26', 10, 2, 'school', null, null, ['18+']),
  f('early-signal', null, null, null, '2026-11-02', '2026-11-03', 10, 2, 'school', null, null, []),
  f('sixteen-hours', null, null, 'V4', '2026-10-16', '2026-11-03', 20, 4, 'leerplicht', 'A', '2026-11-10', []),
  f('early-signal', null, null, null, '2026-11-04', '2026-11-10', 25, 5, 'school', null, null, []),
  f('sixteen-hours', null, null, 'V4', '2026-11-04', '2026-11-10', 25, 5, 'leerplicht', 'A', '2026-11-17', []),
  f('early-signal', null, null, null, '2026-11-11', '2026-11-17', 25, 5, 'school', null, null, []),
  f('sixteen-hours', null, null, 'V4', '2026-11-11', '2026-11-17', 25, 5, 'leerplicht', 'A', '2026-11-24', []),
  f('early-signal', null, null, null, '2026-11-18', '2026-11-24', 20, 4, 'school', null, null, []),
  f('luxury', 'near-holiday', null, null, '2026-11-18', '2026-11-24', 20, 4, 'school', null, null, ['18+']),
  f('sixteen-hours', null, null, 'V4', '2026-11-18', '2026-11-24', 20, 4, 'leerplicht', 'A', '2026-12-01', []),
  f('long-term', null, null, null, '2026-11-02', '2026-11-30', 100, 20, 'school', null, null, ['18+']),
];

describe('a pupil who turns 18 during the signals (rules.md, "Age and regime")', () => {
  it('analyze --json gives exactly the flags rules.md describes: luxury, long-term and lateness at 18+ go to the school', async () => {
    const r = await runCli('analyze', REGISTER, '--config', SETTINGS, '--json');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const flags = (JSON.parse(r.out) as { flags: JsonFlag[] }).flags;
    expect(
      flags.map((x) => ({
        category: x.category, basis: x.basis, level: x.level, duoType: x.duoType, start: x.start, end: x.end, hours: x.hours,
        days: x.schoolDays, reportTo: x.reportTo, masBranch: x.masBranch, reportBy: x.reportBy, notes: x.notes,
      })),
    ).toEqual(EXPECTED);
    for (const x of flags) {
      expect(x.id).toBe(flagId('5001', x.category, x.basis, x.level, x.start));
      expect(x.id).toMatch(/^VS-[0-9a-f]{12}$/);
    }
  });

  it('report drafts only the V4 meldingen and the O of the ninth late arrival before the birthday', async () => {
    const root = await mkdtemp(join(tmpdir(), 'vs-18plus-'));
    try {
      const out = join(root, 'uit');
      const r = await runCli('report', REGISTER, '--config', SETTINGS, '--date', '2026-12-04', '--out', out);
      expect(r.err).toBe('');
      expect(r.out).toContain('Conceptmeldingen voor leerplicht: 5 (leerlingen 5001)');
      const melding = await docxText(new Uint8Array(await readFile(join(out, 'melding-5001-2026-12-04.docx'))));
      const headings = melding.split('\n').filter((l) => /\((V3|V4|L|LRV|O)\): /.test(l));
      expect(headings).toEqual([
        'Overig verzuim (te laat komen) (O): 1 september 2026 t/m 1 oktober 2026',
        'Ongeoorloofd verzuim 16 uur of meer in 4 lesweken (18 jaar of ouder) (V4): 16 oktober 2026 t/m 3 november 2026',
        'Ongeoorloofd verzuim 16 uur of meer in 4 lesweken (18 jaar of ouder) (V4): 4 november 2026 t/m 10 november 2026',
        'Ongeoorloofd verzuim 16 uur of meer in 4 lesweken (18 jaar of ouder) (V4): 11 november 2026 t/m 17 november 2026',
        'Ongeoorloofd verzuim 16 uur of meer in 4 lesweken (18 jaar of ouder) (V4): 18 november 2026 t/m 24 november 2026',
      ]);
      expect(melding).not.toContain('Luxe verzuim');
      expect(melding).not.toContain('Langdurig relatief verzuim');
      const csv = new TextDecoder().decode(await readFile(join(out, 'meldingen.csv')));
      expect(csv.trimEnd().split('\r\n').slice(1).map((l) => l.split(';')[9])).toEqual(['O', 'V4', 'V4', 'V4', 'V4']);

      // Letters, made on 4 December when Sven is 18: all to Sven himself. No letter for the school's
      // own 18+ luxury and long-term signals; the early signals after the first V4 melding get none.
      const letters = (await readdir(out)).filter((n) => n.startsWith('brief-')).sort();
      expect(letters).toEqual([
        'brief-16-uur-5001-2026-11-03.docx',
        'brief-16-uur-5001-2026-11-10.docx',
        'brief-16-uur-5001-2026-11-17.docx',
        'brief-16-uur-5001-2026-11-24.docx',
        'brief-te-laat-5001-2026-09-08.docx',
        'brief-te-laat-5001-2026-09-17.docx',
        'brief-te-laat-5001-2026-10-14.docx',
        'brief-te-laat-melding-5001-2026-10-01.docx',
        'brief-vroegsignaal-5001-2026-10-26.docx',
      ]);
      expect(r.out).toContain('Brieven overgeslagen: 4 (4 vroegsignaal na een melding van 16 uur)');
      for (const name of letters) {
        const text = await docxText(new Uint8Array(await readFile(join(out, name))));
        expect({ name, toPupil: text.includes('Aan Sven Adriaans') && !text.includes('ouder(s)') }).toEqual({ name, toPupil: true });
      }
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
