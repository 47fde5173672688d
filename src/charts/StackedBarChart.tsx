import { Group } from '@visx/group';
import { scaleBand, scaleLinear } from '@visx/scale';
import { BarStack } from '@visx/shape';
import { legendHeight, SvgLegend, type LegendItem } from './Legend';
import { AXIS, CHART_FONT, GRID, TEXT_SUBTLE } from './theme';
import { integerTicks } from './ticks';

export interface StackedBarChartProps {
  title: string;
  width: number;
  height: number;
  /** One bar per entry, in order. */
  bars: readonly { key: string; label: string; values: Readonly<Record<string, number>> }[];
  series: readonly (LegendItem & { key: string })[];
  /** Text of the chart for screen readers. */
  description: string;
}

type Datum = { key: string } & Record<string, number | string>;

/** Vertical stacked bars (signals per month by category), drawn as plain SVG at a fixed size. */
export function StackedBarChart({ title, width, height, bars, series, description }: StackedBarChartProps) {
  const margin = { top: 8, right: 8, bottom: 22, left: 28 };
  const legendH = legendHeight(series, width - margin.left);
  const plotW = Math.max(10, width - margin.left - margin.right);
  const plotH = Math.max(10, height - margin.top - margin.bottom - legendH - 6);
  const data: Datum[] = bars.map((b) => ({ key: b.key, ...Object.fromEntries(series.map((s) => [s.key, b.values[s.key] ?? 0])) }));
  const max = Math.max(1, ...bars.map((b) => series.reduce((sum, s) => sum + (b.values[s.key] ?? 0), 0)));
  const ticks = integerTicks(max);
  const x = scaleBand<string>({ domain: bars.map((b) => b.key), range: [0, plotW], padding: 0.25 });
  const y = scaleLinear<number>({ domain: [0, ticks[ticks.length - 1]], range: [plotH, 0] });
  const colorOf = (key: string): string => series.find((s) => s.key === key)?.color ?? AXIS;
  const labelEvery = Math.max(1, Math.ceil((bars.length * 34) / plotW));
  return (
    <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`${title}. ${description}`} className="vs-chart">
      <title>{title}</title>
      <Group left={margin.left} top={margin.top}>
        {ticks.map((t) => (
          <g key={t}>
            <line x1={0} x2={plotW} y1={y(t)} y2={y(t)} stroke={GRID} />
            <text x={-4} y={y(t) + 3} textAnchor="end" fontFamily={CHART_FONT} fontSize={10} fill={TEXT_SUBTLE}>
              {t}
            </text>
          </g>
        ))}
        <BarStack<Datum, string> data={data} keys={series.map((s) => s.key)} x={(d) => d.key} xScale={x} yScale={y} color={colorOf}>
          {(stacks) =>
            stacks.map((stack) =>
              stack.bars
                .filter((bar) => bar.height > 0)
                .map((bar) => (
                  <rect key={`${stack.key}-${bar.index}`} x={bar.x} y={bar.y} width={bar.width} height={bar.height} fill={bar.color}>
                    <title>{`${bars[bar.index].label}: ${series.find((s) => s.key === stack.key)?.label ?? stack.key} ${bar.bar.data[stack.key]}`}</title>
                  </rect>
                )),
            )
          }
        </BarStack>
        <line x1={0} x2={plotW} y1={plotH} y2={plotH} stroke={AXIS} />
        {bars.map((b, i) =>
          i % labelEvery === 0 ? (
            <text key={b.key} x={(x(b.key) ?? 0) + x.bandwidth() / 2} y={plotH + 14} textAnchor="middle" fontFamily={CHART_FONT} fontSize={10} fill={TEXT_SUBTLE}>
              {b.label}
            </text>
          ) : null,
        )}
      </Group>
      <SvgLegend items={series} width={width - margin.left} left={margin.left} top={height - legendH} />
    </svg>
  );
}
