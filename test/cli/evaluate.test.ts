import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AnalysisResult } from '../../src/core/analysis/types';
import type { EvaluationFigures } from '../../src/core/evaluation';
import { EVALUATION_CATEGORIES } from '../../src/core/evaluation';
import { SAMPLE_CSV, SAMPLE_SETTINGS, writeEvaluationWorkbook } from '../fixtures/helpers/evaluationWorkbook';
import { runCli } from '../helpers/runCli';

describe('verzuimsignaal evaluate', () => {
  let dir: string;
  let xlsx: string;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'vs-evaluate-'));
    xlsx = path.join(dir, 'register.xlsx');
    await writeEvaluationWorkbook(xlsx, [
      { studentId: '24001', category: 'sixteen-hours', end: '2026-09-23', status: 'Gemeld', reportedOn: '2026-09-28', route: 'Halt', result: 'Terug op school' },
      { studentId: '24002', category: 'luxury', end: '2026-10-26', status: 'Niet melden', reason: 'Eerste keer' },
      { studentId: '24007', category: 'sixteen-hours', end: '2026-11-16', status: 'Gemeld', reportedOn: '2026-11-30' },
    ]);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('on a .csv (no reporting sheet): byCategory and due agree with the flags of analyze, nothing reported', async () => {
    const args = [SAMPLE_CSV, '--config', SAMPLE_SETTINGS, '--as-of', '2026-12-04', '--json'];
    const evaluated = await runCli('evaluate', ...args);
    const analysed = await runCli('analyze', ...args);
    expect(evaluated.err).toBe('');
    expect(evaluated.code).toBe(0);
    const figures = JSON.parse(evaluated.out) as EvaluationFigures;
    const { flags } = JSON.parse(analysed.out) as AnalysisResult;
    for (const c of EVALUATION_CATEGORIES) expect(figures.signals.byCategory[c]).toBe(flags.filter((f) => f.category === c).length);
    expect(figures.signals.total).toBe(flags.length);
    expect(figures.meldingen.due).toBe(flags.filter((f) => f.reportTo === 'leerplicht').length);
    expect(figures.meldingen.due).toBe(6);
    expect(figures.meldingen.reported).toBe(0);
    expect(figures.meldingen.open).toBe(6);
  });

  it('reads the user columns of "Verzuimsignalen" from an .xlsx register', async () => {
    const { code, out } = await runCli('evaluate', xlsx, '--config', SAMPLE_SETTINGS, '--as-of', '2026-12-04', '--json');
    expect(code).toBe(0);
    const f = JSON.parse(out) as EvaluationFigures;
    // 24001 on time (09-28 ≤ 09-30, 3 working days); 24007 late (11-30 > 11-23, 10 working days after Mon 11-16).
    expect(f.meldingen).toEqual({ due: 6, reported: 2, notReported: 1, open: 3, onTime: 1, late: 1, medianWorkingDaysToReport: 6.5, reportedWithoutDate: 0 });
    expect(f.routes).toEqual({ Halt: 1 });
    expect(f.results).toEqual({ 'Terug op school': 1 });
    expect(f.notReportedReasons).toEqual([{ id: expect.any(String), category: 'luxury', reason: 'Eerste keer' }]);
    expect(f.repeat.pupilsWithSeveralMeldingen).toBe(1);
  });

  it('prints a Dutch summary without --json or --out', async () => {
    const { code, out } = await runCli('evaluate', xlsx, '--config', SAMPLE_SETTINGS, '--as-of', '2026-12-04');
    expect(code).toBe(0);
    expect(out).toContain('Evaluatie schoolverzuim 2026-2027');
    expect(out).toContain('Meldingen bij leerplicht: 6 te melden, 2 gemeld, 1 niet gemeld, 3 open');
    expect(out).toContain('Mediaan: 6,5 werkdag(en)');
    expect(out).toContain('  Halt: 1');
    expect(out).toContain('(Luxe verzuim): Eerste keer');
  });

  it('--out writes evaluatie.xlsx (the figures as tables) and a self-contained evaluatie.html with four SVG charts', async () => {
    const out = path.join(dir, 'uit');
    const { code } = await runCli('evaluate', xlsx, '--config', SAMPLE_SETTINGS, '--as-of', '2026-12-04', '--out', out);
    expect(code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(out, 'evaluatie.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Overzicht', 'Per maand', 'Per klas', 'Meldingen', 'Routes', 'Resultaten', 'Niet gemeld']);
    const overview = wb.getWorksheet('Overzicht')!;
    const rows = new Map<string, unknown>();
    overview.eachRow((r) => rows.set(String(r.getCell(1).value), r.getCell(2).value));
    expect(rows.get('Te melden bij leerplicht')).toBe(6);
    expect(rows.get('Op tijd gemeld')).toBe(1);
    expect(rows.get('Mediaan werkdagen tot melding')).toBe(6.5);
    const september = wb.getWorksheet('Per maand')!.getSheetValues()[3] as unknown[];
    expect(september[1]).toBe('sep 2026');
    expect(september[8]).toBe(6);

    const html = readFileSync(path.join(out, 'evaluatie.html'), 'utf8');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html.match(/<svg /g)).toHaveLength(4);
    expect(html).not.toMatch(/<script|<link|<img|url\(|@import|\ssrc=|\shref=/i);
    expect(html).toContain('Eerste keer');
  });

  it('refuses a malformed --school-year with exit status 2 and one line', async () => {
    const { code, err } = await runCli('evaluate', SAMPLE_CSV, '--config', SAMPLE_SETTINGS, '--school-year', '2026/27');
    expect(code).toBe(2);
    expect(err).toMatch(/^verzuimsignaal: --school-year: ongeldig schooljaar "2026\/27"/);
    expect(err.trim().split('\n')).toHaveLength(1);
  });

  it('--out refuses a path that is a file', async () => {
    const file = path.join(dir, 'bestand.txt');
    writeFileSync(file, 'x');
    const { code, err } = await runCli('evaluate', SAMPLE_CSV, '--config', SAMPLE_SETTINGS, '--out', file);
    expect(code).toBe(2);
    expect(err).toContain('is een bestand, geen map');
  });
});
