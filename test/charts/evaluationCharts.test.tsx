import { renderToStaticMarkup } from 'react-dom/server';
import { CHART_IDS, EvaluationChart } from '../../src/charts';
import { integerTicks } from '../../src/charts/ticks';
import { evaluate } from '../../src/core/evaluation';
import { sampleAnalysis } from '../fixtures/helpers/evaluationWorkbook';

const figures = evaluate(sampleAnalysis(), new Map([]));

function rects(svg: string): { height: number; fill: string; title: string }[] {
  return [...svg.matchAll(/<rect x="[^"]*" y="[^"]*" width="[^"]*" height="([^"]*)" fill="([^"]*)"><title>([^<]*)<\/title>/g)].map((m) => ({
    height: Number(m[1]),
    fill: m[2],
    title: m[3],
  }));
}

describe('evaluation charts (one code for the pane, the demo and evaluatie.html)', () => {
  it('render to static SVG in Node, the same markup every time', () => {
    for (const id of CHART_IDS) {
      const a = renderToStaticMarkup(<EvaluationChart id={id} figures={figures} lang="nl" width={320} />);
      expect(a.startsWith('<svg')).toBe(true);
      expect(renderToStaticMarkup(<EvaluationChart id={id} figures={figures} lang="nl" width={320} />)).toBe(a);
    }
  });

  it('stack one segment per category and month, heights proportional to the counts', () => {
    const svg = renderToStaticMarkup(<EvaluationChart id="signalsByMonth" figures={figures} lang="nl" width={400} />);
    const segments = rects(svg);
    // sep: early 2, 16 h 1, late 3; okt: early 2, 16 h 1, luxe 1; nov: early 1, 16 h 1, luxe 1, ziek 2; dec: early 1.
    expect(segments.map((s) => s.title)).toEqual(
      expect.arrayContaining(['sep: Te laat 3', 'sep: Vroegsignaal 2', 'nov: Zorgwekkend ziek 2', 'dec: Vroegsignaal 1']),
    );
    expect(segments).toHaveLength(11);
    const h = (title: string) => segments.find((s) => s.title === title)!.height;
    expect(h('sep: Te laat 3')).toBeCloseTo(3 * h('dec: Vroegsignaal 1'), 5);
    expect(svg).toContain('aria-label="Signalen per maand, per soort. Aantal signalen per maand (op einddatum): aug 2026 0, sep 2026 6, okt 2026 4, nov 2026 5, dec 2026 1"');
  });

  it('say "nothing recorded yet" for routes without any, and label meldingen in English', () => {
    expect(renderToStaticMarkup(<EvaluationChart id="routes" figures={figures} lang="nl" width={320} />)).toContain('Nog niets ingevuld.');
    const svg = renderToStaticMarkup(<EvaluationChart id="meldingen" figures={figures} lang="en" width={320} />);
    expect(svg).toContain('Reported on time: 0, Reported late: 0, Not reported: 0, Open: 6');
  });

  it('tick whole numbers up to the largest bar', () => {
    expect(integerTicks(6)).toEqual([0, 2, 4, 6]);
    expect(integerTicks(1)).toEqual([0, 1]);
    expect(integerTicks(23)).toEqual([0, 5, 10, 15, 20, 25]);
  });
});
