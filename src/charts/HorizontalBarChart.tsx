import { Group } from '@visx/group';
import { scaleBand, scaleLinear } from '@visx/scale';
import { Bar } from '@visx/shape';
import { AXIS, CHART_FONT, TEXT, TEXT_SUBTLE } from './theme';
import { textWidth } from './Legend';

export interface HorizontalBarChartProps {
  title: string;
  width: number;
  items: readonly { label: string; value: number; color: string }[];
  /** Shown instead of bars when every value is 0. */
  emptyText: string;
}

const ROW = 22;

/** Labelled horizontal bars with their count (meldingen, routes, results): the height follows the rows. */
export function HorizontalBarChart({ title, width, items, emptyText }: HorizontalBarChartProps) {
  const total = items.reduce((s, i) => s + i.value, 0);
  const labelW = Math.min(Math.round(width * 0.45), Math.max(40, ...items.map((i) => textWidth(i.label, 11) + 6)));
  const countW = 28;
  const plotW = Math.max(10, width - labelW - countW);
  const height = total === 0 ? ROW + 8 : items.length * ROW + 8;
  const y = scaleBand<string>({ domain: items.map((i) => i.label), range: [4, height - 4], padding: 0.2 });
  const x = scaleLinear<number>({ domain: [0, Math.max(1, ...items.map((i) => i.value))], range: [0, plotW] });
  const maxChars = Math.max(4, Math.floor(labelW / (11 * 0.58)));
  const short = (text: string): string => (text.length > maxChars ? `${text.slice(0, maxChars - 1)}…` : text);
  return (
    <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" className="vs-chart"
      aria-label={`${title}. ${total === 0 ? emptyText : items.map((i) => `${i.label}: ${i.value}`).join(', ')}`}>
      <title>{title}</title>
      {total === 0 ? (
        <text x={0} y={16} fontFamily={CHART_FONT} fontSize={11} fill={TEXT_SUBTLE}>
          {emptyText}
        </text>
      ) : (
        <Group fontFamily={CHART_FONT} fontSize={11}>
          {items.map((item) => {
            const top = y(item.label) ?? 0;
            const w = x(item.value);
            return (
              <g key={item.label}>
                <text x={labelW - 6} y={top + y.bandwidth() / 2 + 4} textAnchor="end" fill={TEXT}>
                  <title>{item.label}</title>
                  {short(item.label)}
                </text>
                <Bar x={labelW} y={top} width={w} height={y.bandwidth()} fill={item.color} rx={2} />
                <text x={labelW + w + 4} y={top + y.bandwidth() / 2 + 4} fill={TEXT}>
                  {item.value}
                </text>
              </g>
            );
          })}
          <line x1={labelW} x2={labelW} y1={2} y2={height - 2} stroke={AXIS} />
        </Group>
      )}
    </svg>
  );
}
