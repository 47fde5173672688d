import { memo, useMemo } from 'react';
import { Button, Input, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import type { BuiltInHoliday, Region } from '../../../core/calendar';
import type { SettingsIssue } from '../../../core/settings/validateSettings';
import { useLang, useT } from '../../i18n';
import { builtInHolidayList, builtInSourceList } from '../builtInHolidays';
import { DateInput } from '../DateInput';
import { useSettingsStyles } from '../fields';
import type { Path } from '../useSettingsForm';

const REGION_KEY = { noord: 'regionNoord', midden: 'regionMidden', zuid: 'regionZuid' } as const;

const useStyles = makeStyles({
  // Two lines per holiday: the name (with its remove button) on its own line, readable in a 320 px
  // pane, and the two dates below it, each half the width.
  holiday: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)',
    gridTemplateAreas: '"name name" "start end"',
    gap: tokens.spacingHorizontalXS,
    alignItems: 'center',
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    '& > *': { minWidth: 0 },
    '& .fui-Input': { minWidth: 0, width: '100%' },
    '& input': { paddingLeft: tokens.spacingHorizontalXS, paddingRight: tokens.spacingHorizontalXS, minWidth: 0 },
  },
  name: { gridArea: 'name', display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  start: { gridArea: 'start' },
  end: { gridArea: 'end' },
  remove: { minWidth: 0, flexShrink: 0 },
  prefix: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalS },
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
  const lang = useLang();
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
        {ownHolidays ? t('holidaysOwn') : builtIn.length > 0 ? t('holidaysBuiltIn', { region: t(REGION_KEY[region]) }) : t('holidaysNone')}
      </p>
      {holidayIssues.length > 0 && (
        <MessageBar intent="error">
          <MessageBarBody>
            {holidayIssues.map((i) => (lang === 'en' ? `${i.labelEn}: ${i.messageEn}` : `${i.label}: ${i.message}`)).join(' · ')}
          </MessageBarBody>
        </MessageBar>
      )}
      {holidays.map((h, i) => (
        <div key={i} className={styles.holiday} data-testid="holiday-row">
          <div className={styles.name}>
            <Input
              aria-label={`${t('holidayName')} ${i + 1}`}
              placeholder={t('holidayName')}
              value={h.name}
              onChange={(_, d) => editHoliday(i, 'name', d.value)}
            />
            <Button className={styles.remove} appearance="subtle" aria-label={t('holidayRemove', { name: h.name || String(i + 1) })} onClick={() => editHoliday(i, null)}>
              ×
            </Button>
          </div>
          <div className={styles.start}>
            <DateInput
              ariaLabel={`${t('holidayStart')} ${h.name}`}
              contentBefore={<span className={styles.prefix}>{t('holidayFrom')}</span>}
              value={h.start}
              onChange={(v) => editHoliday(i, 'start', v)}
            />
          </div>
          <div className={styles.end}>
            <DateInput
              ariaLabel={`${t('holidayEnd')} ${h.name}`}
              contentBefore={<span className={styles.prefix}>{t('holidayUntil')}</span>}
              value={h.end}
              onChange={(v) => editHoliday(i, 'end', v)}
            />
          </div>
        </div>
      ))}
      <div className={styles.buttons}>
        <Button size="small" onClick={() => editHoliday(holidays.length, 'name', '')}>
          {t('holidayAdd')}
        </Button>
        {ownHolidays && (
          <Button size="small" appearance="subtle" onClick={() => update(['calendar', 'holidays'], undefined)}>
            {t('holidaysUseBuiltIn')}
          </Button>
        )}
      </div>
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
