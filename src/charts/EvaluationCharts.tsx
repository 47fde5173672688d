import { CATEGORY_LABELS, MELDING_LABELS, MELDING_STATES, monthLabel, type EvaluationLang } from '../core/evaluation/labels';
import { EVALUATION_CATEGORIES, type EvaluationFigures } from '../core/evaluation/types';
import { HorizontalBarChart } from './HorizontalBarChart';
import { StackedBarChart } from './StackedBarChart';
import { BAR_COLOR, CATEGORY_COLORS, MELDING_COLORS } from './theme';

/**
 * The four evaluation charts of output.md, one code for three hosts: the pane's Evaluatie tab,
 * the demo, and evaluatie.html (rendered to static SVG in Node). Pure props in, SVG out: no
 * measuring, no effects, so a render at a given width is the same everywhere.
 */

export type ChartId = 'signalsByMonth' | 'meldingen' | 'routes' | 'results';

export const CHART_TEXT: Record<EvaluationLang, Record<ChartId | 'none' | 'signalsDescription', string>> = {
  nl: {
    signalsByMonth: 'Signalen per maand, per soort',
    meldingen: 'Meldingen bij leerplicht',
    routes: 'Gekozen routes',
    results: 'Resultaten',
    none: 'Nog niets ingevuld.',
    signalsDescription: 'Aantal signalen per maand (op einddatum)',
  },
  en: {
    signalsByMonth: 'Signals per month, by kind',
    meldingen: 'Reports to the attendance officer',
    routes: 'Routes chosen',
    results: 'Results',
    none: 'Nothing recorded yet.',
    signalsDescription: 'Number of signals per month (by end date)',
  },
};

export interface ChartProps {
  figures: EvaluationFigures;
  lang: EvaluationLang;
  width: number;
}

export function SignalsByMonthChart({ figures, lang, width, height = 220 }: ChartProps & { height?: number }) {
  const used = EVALUATION_CATEGORIES.filter((c) => figures.signals.byCategory[c] > 0);
  const series = (used.length > 0 ? used : EVALUATION_CATEGORIES).map((c) => ({ key: c, label: CATEGORY_LABELS[lang][c], color: CATEGORY_COLORS[c] }));
  const bars = Object.entries(figures.signals.byMonth).map(([month, values]) => ({
    key: month,
    label: monthLabel(month, lang, false),
    values: values as Record<string, number>,
  }));
  const description = `${CHART_TEXT[lang].signalsDescription}: ${bars
    .map((b) => `${monthLabel(b.key, lang)} ${Object.values(b.values).reduce((s, n) => s + n, 0)}`)
    .join(', ')}`;
  return <StackedBarChart title={CHART_TEXT[lang].signalsByMonth} width={width} height={height} bars={bars} series={series} description={description} />;
}

export function MeldingenChart({ figures, lang, width }: ChartProps) {
  const items = MELDING_STATES.filter((s) => s !== 'reportedWithoutDate' || figures.meldingen.reportedWithoutDate > 0).map((s) => ({
    label: MELDING_LABELS[lang][s],
    value: figures.meldingen[s],
    color: MELDING_COLORS[s],
  }));
  return <HorizontalBarChart title={CHART_TEXT[lang].meldingen} width={width} items={items} emptyText={CHART_TEXT[lang].none} />;
}

export function CountsChart({ counts, title, lang, width }: { counts: Record<string, number>; title: string; lang: EvaluationLang; width: number }) {
  const items = Object.entries(counts).map(([label, value]) => ({ label, value, color: BAR_COLOR }));
  return <HorizontalBarChart title={title} width={width} items={items} emptyText={CHART_TEXT[lang].none} />;
}

export function EvaluationChart({ id, ...props }: ChartProps & { id: ChartId }) {
  switch (id) {
    case 'signalsByMonth':
      return <SignalsByMonthChart {...props} />;
    case 'meldingen':
      return <MeldingenChart {...props} />;
    case 'routes':
      return <CountsChart counts={props.figures.routes} title={CHART_TEXT[props.lang].routes} lang={props.lang} width={props.width} />;
    case 'results':
      return <CountsChart counts={props.figures.results} title={CHART_TEXT[props.lang].results} lang={props.lang} width={props.width} />;
  }
}

export const CHART_IDS: readonly ChartId[] = ['signalsByMonth', 'meldingen', 'routes', 'results'];
