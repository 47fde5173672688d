import { CHART_FONT, TEXT } from './theme';

export interface LegendItem {
  label: string;
  color: string;
}

const SWATCH = 10;
const GAP = 14;
const ROW = 18;

/** Rough text width for the layout (no DOM to measure in Node): about 0.58 em per character. */
export function textWidth(text: string, fontSize: number): number {
  return Math.ceil(text.length * fontSize * 0.58);
}

/** Legend items placed in rows within `width`; the same layout on every host. */
export function legendLayout(items: readonly LegendItem[], width: number, fontSize = 11): { x: number; y: number; item: LegendItem }[] {
  const out: { x: number; y: number; item: LegendItem }[] = [];
  let x = 0;
  let y = 0;
  for (const item of items) {
    const w = SWATCH + 4 + textWidth(item.label, fontSize);
    if (x > 0 && x + w > width) {
      x = 0;
      y += ROW;
    }
    out.push({ x, y, item });
    x += w + GAP;
  }
  return out;
}

export function legendHeight(items: readonly LegendItem[], width: number): number {
  const placed = legendLayout(items, width);
  return placed.length === 0 ? 0 : placed[placed.length - 1].y + ROW;
}

export function SvgLegend({ items, width, top, left = 0 }: { items: readonly LegendItem[]; width: number; top: number; left?: number }) {
  return (
    <g transform={`translate(${left},${top})`} fontFamily={CHART_FONT} fontSize={11} fill={TEXT}>
      {legendLayout(items, width).map(({ x, y, item }) => (
        <g key={item.label} transform={`translate(${x},${y})`}>
          <rect width={SWATCH} height={SWATCH} y={2} rx={2} fill={item.color} />
          <text x={SWATCH + 4} y={11}>
            {item.label}
          </text>
        </g>
      ))}
    </g>
  );
}
