import type { FlagCategory } from '../core/analysis/types';
import type { MeldingState } from '../core/evaluation/labels';

/**
 * Colours and type of Fluent UI v9's web light theme, written out as values: the charts also
 * render outside a FluentProvider (the self-contained evaluatie.html), where its CSS variables do
 * not exist.
 */
export const CHART_FONT = "'Segoe UI', 'Segoe UI Web (West European)', -apple-system, BlinkMacSystemFont, Roboto, 'Helvetica Neue', sans-serif";
export const TEXT = '#242424';
export const TEXT_SUBTLE = '#616161';
export const GRID = '#e0e0e0';
export const AXIS = '#8a8886';

/** Fluent's data-visualisation colours, one per category, told apart also in grey print by lightness. */
export const CATEGORY_COLORS: Record<FlagCategory, string> = {
  'sixteen-hours': '#0f6cbd',
  'early-signal': '#8fbcef',
  luxury: '#e3008c',
  'long-term': '#4f1a6f',
  lateness: '#ff8c00',
  'sick-concern': '#00a89d',
};

export const MELDING_COLORS: Record<MeldingState, string> = {
  onTime: '#107c10',
  late: '#d13438',
  reportedWithoutDate: '#8cbd18',
  notReported: '#605e5c',
  open: '#f7630c',
};

export const BAR_COLOR = '#0f6cbd';
