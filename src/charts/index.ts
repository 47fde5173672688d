export { EvaluationChart, SignalsByMonthChart, MeldingenChart, CountsChart, CHART_IDS, CHART_TEXT } from './EvaluationCharts';
export type { ChartId, ChartProps } from './EvaluationCharts';
