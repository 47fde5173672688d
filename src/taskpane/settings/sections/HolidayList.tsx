import { memo, useMemo } from 'react';
import { Button, Field, Input, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import type { BuiltInHoliday, Region } from '../../../core/calendar';
import type { SettingsIssue } from '../../../core/settings/validateSettings';
import { useT } from '../../i18n';
import { builtInHolidayList, builtInSourceList } from '../builtInHolidays';
import { useSettingsStyles } from '../fields';
import type { Path } from '../useSettingsForm';

const useStyles = makeStyles({
  holiday: {
    display: 'grid',
    // A date (2026-10-17) must stay readable in a 350 px pane; the name takes what is left.
    gridTemplateColumns: 'minmax(0, 1fr) minmax(6.5rem, 7.5rem) minmax(6.5rem, 7.5rem) auto',
    '& input': { paddingLeft: tokens.spacingHorizontalXS, paddingRight: tokens.spacingHorizontalXS },
    gap: tokens.spacingHorizontalXS,
    alignItems: 'end',
    '& > *': { minWidth: 0 },
  },
});

export interface HolidayListProps {
  region: Region;
  /** The school's own list; undefined when the built-in holidays of the region are used. */
  own: readonly BuiltInHoliday[] | undefined;
  /** The last save's issues (only those under calendar.holidays are shown). */
  issues: readonly SettingsIssue[];
  update: (path: Path, value: unknown) => void;
}

/**
 * The school's holidays (or the built-in ones of its region), one row each, editable. Memoised on
 * its own props: a list of sixty rows should not re-render on every key typed elsewhere.
 */
export const HolidayList = memo(function HolidayList({ region, own, issues, update }: HolidayListProps) {
  const t = useT();
  const styles = useStyles();
  const shared = useSettingsStyles();
  const builtIn = useMemo(() => builtInHolidayList(region), [region]);
  const sources = useMemo(() => builtInSourceList(region), [region]);
  const holidays = own ?? builtIn;
  const ownHolidays = own !== undefined;
  const holidayIssues = issues.filter((i) => i.key.startsWith('calendar.holidays'));

  const editHoliday = (index: number, key: keyof BuiltInHoliday | null, value?: string) => {
    const list = holidays.map((h) => ({ ...h }));
    if (key === null) list.splice(index, 1);
    else if (index >= list.length) list.push({ name: '', start: '', end: '', [key]: value ?? '' });
    else list[index] = { ...list[index], [key]: value ?? '' };
    update(['calendar', 'holidays'], list);
  };

  return (
    <div className={shared.wide} role="group" aria-label={t('holidaysTitle')}>
      <p className={shared.help}>
        {ownHolidays ? t('holidaysOwn') : builtIn.length > 0 ? t('holidaysBuiltIn', { region }) : t('holidaysNone')}
      </p>
      {holidayIssues.length > 0 && (
        <MessageBar intent="error">
          <MessageBarBody>
            {holidayIssues.map((i) => `${i.key}: ${i.message}`).join(' · ')}
          </MessageBarBody>
        </MessageBar>
      )}
      {holidays.map((h, i) => (
        <div key={i} className={styles.holiday} data-testid="holiday-row">
          <Field label={i === 0 ? t('holidayName') : undefined}>
            <Input aria-label={`${t('holidayName')} ${i + 1}`} value={h.name} onChange={(_, d) => editHoliday(i, 'name', d.value)} />
          </Field>
          <Field label={i === 0 ? t('holidayStart') : undefined}>
            <Input aria-label={`${t('holidayStart')} ${h.name}`} placeholder="JJJJ-MM-DD" value={h.start} onChange={(_, d) => editHoliday(i, 'start', d.value)} />
          </Field>
          <Field label={i === 0 ? t('holidayEnd') : undefined}>
            <Input aria-label={`${t('holidayEnd')} ${h.name}`} placeholder="JJJJ-MM-DD" value={h.end} onChange={(_, d) => editHoliday(i, 'end', d.value)} />
          </Field>
          <Button appearance="subtle" aria-label={t('holidayRemove', { name: h.name || String(i + 1) })} onClick={() => editHoliday(i, null)}>
            ×
          </Button>
        </div>
      ))}
      <Button size="small" onClick={() => editHoliday(holidays.length, 'name', '')}>
        {t('holidayAdd')}
      </Button>{' '}
      {ownHolidays && (
        <Button size="small" appearance="subtle" onClick={() => update(['calendar', 'holidays'], undefined)}>
          {t('holidaysUseBuiltIn')}
        </Button>
      )}
      {!ownHolidays && sources.length > 0 && (
        <details className={shared.help}>
          <summary>{t('holidaysSources')}</summary>
          <ul>
            {sources.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
});
