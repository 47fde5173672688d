import type { FlagChange } from '../../core/reporting/changedFlags';
import { formatHours } from '../../core/labels/staffLabels';
import { displayDate } from '../dates';
import type { Lang, Translate } from '../i18n';

const KEY = { hours: 'changedHours', end: 'changedEnd', reportBy: 'changedReportBy' } as const;

/** What moved in a flag since the user saved it, in the pane's language ("uren 16 → 18; …"). */
export function changeText(changes: readonly FlagChange[], t: Translate, lang: Lang): string {
  const value = (c: FlagChange, v: number | string | null): string =>
    c.field === 'hours' ? formatHours(v as number, lang) : v === null ? '—' : displayDate(v as string);
  return changes.map((c) => t(KEY[c.field], { from: value(c, c.from), to: value(c, c.to) })).join('; ');
}
