import { useMemo, useState } from 'react';
import { Button, Checkbox, Field, MessageBar, MessageBarBody, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { parseHolidayText, type BuiltInHoliday, type HolidayTextResult } from '../../../core/calendar';
import { SchoolYearSelect } from '../../components/SchoolYearSelect';
import { displayDate } from '../../dates';
import { useLang, useT } from '../../i18n';
import { mergeDaysOff, mergeHolidays } from '../holidayMerge';
import type { Path } from '../useSettingsForm';

const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalS,
    margin: `${tokens.spacingVerticalS} 0`,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    '& .fui-Textarea, & .fui-Select': { minWidth: 0, width: '100%' },
  },
  found: { listStyle: 'none', padding: 0, margin: 0, display: 'flex', flexDirection: 'column', overflowWrap: 'anywhere' },
  unread: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export interface HolidayPasteProps {
  /** The list the holidays are added to (the built-in one copied when the school has none yet). */
  holidays: readonly BuiltInHoliday[];
  daysOff: readonly string[];
  /** School years to choose from for dates without a year, the first one preselected. */
  schoolYears: readonly string[];
  update: (path: Path, value: unknown) => void;
}

/**
 * "Holidays in a minute": the school guide's holiday list pasted as text, read by the core
 * (parseHolidayText), shown line by line to confirm, and only then added to the form. Nothing is
 * saved until the user saves the settings.
 */
export function HolidayPaste({ holidays, daysOff, schoolYears, update }: HolidayPasteProps) {
  const t = useT();
  const lang = useLang();
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [year, setYear] = useState(schoolYears[0] ?? '');
  const [read, setRead] = useState<HolidayTextResult | undefined>();
  /** Keys ("h3", "d1") of the rows the user unticked. */
  const [off, setOff] = useState<Set<string>>(new Set());
  const [added, setAdded] = useState<number | undefined>();
  const years = useMemo(() => [...new Set(schoolYears)], [schoolYears]);

  if (!open) {
    return (
      <Button size="small" onClick={() => setOpen(true)} data-testid="holiday-paste-open">
        {t('holidayPasteOpen')}
      </Button>
    );
  }

  const chosen = read
    ? { holidays: read.holidays.filter((_, i) => !off.has(`h${i}`)), daysOff: read.daysOff.filter((_, i) => !off.has(`d${i}`)) }
    : { holidays: [], daysOff: [] };
  const count = chosen.holidays.length + chosen.daysOff.length;
  const toggle = (key: string, on: boolean) =>
    setOff((s) => {
      const next = new Set(s);
      if (on) next.delete(key);
      else next.add(key);
      return next;
    });
  const accept = () => {
    update(['calendar', 'holidays'], mergeHolidays(holidays, chosen.holidays));
    if (chosen.daysOff.length > 0) update(['calendar', 'daysOff'], mergeDaysOff(daysOff, chosen.daysOff.map((d) => d.date)));
    setAdded(count);
    setRead(undefined);
    setText('');
  };

  return (
    <div className={styles.panel} role="group" aria-label={t('holidayPasteOpen')} data-testid="holiday-paste">
      <p style={{ margin: 0 }}>{t('holidayPasteHelp')}</p>
      <Field label={t('holidayPasteText')}>
        <Textarea rows={6} resize="vertical" value={text} onChange={(_, d) => setText(d.value)} data-testid="holiday-paste-text" />
      </Field>
      {years.length > 0 && <SchoolYearSelect label={t('holidayPasteYear')} years={years} value={year} onChange={setYear} testId="holiday-paste-year" />}
      <div className={styles.buttons}>
        <Button
          appearance="primary"
          disabled={text.trim() === ''}
          data-testid="holiday-paste-read"
          onClick={() => {
            setRead(parseHolidayText(text, year ? { schoolYear: year } : {}));
            setOff(new Set());
            setAdded(undefined);
          }}
        >
          {t('holidayPasteRead')}
        </Button>
        <Button onClick={() => setOpen(false)}>{t('holidayPasteCancel')}</Button>
      </div>
      {added !== undefined && (
        <MessageBar intent="success" data-testid="holiday-paste-added">
          <MessageBarBody>{t('holidayPasteAdded', { count: added })}</MessageBarBody>
        </MessageBar>
      )}
      {read && (
        <>
          <p style={{ margin: 0 }} data-testid="holiday-paste-found">
            {read.holidays.length + read.daysOff.length === 0
              ? t('holidayPasteNothing')
              : t('holidayPasteFound', { holidays: read.holidays.length, days: read.daysOff.length })}
          </p>
          <ul className={styles.found} data-testid="holiday-paste-rows">
            {read.holidays.map((h, i) => (
              <li key={`h${i}`}>
                <Checkbox
                  checked={!off.has(`h${i}`)}
                  onChange={(_, d) => toggle(`h${i}`, d.checked === true)}
                  label={`${h.name}: ${displayDate(h.start)} ${t('holidayUntil')} ${displayDate(h.end)} (${t('holidayPasteLine', { line: h.sourceLine })})`}
                />
              </li>
            ))}
            {read.daysOff.map((d, i) => (
              <li key={`d${i}`}>
                <Checkbox
                  checked={!off.has(`d${i}`)}
                  onChange={(_, x) => toggle(`d${i}`, x.checked === true)}
                  label={`${d.name}: ${displayDate(d.date)}, ${t('holidayPasteDayOff')} (${t('holidayPasteLine', { line: d.sourceLine })})`}
                />
              </li>
            ))}
          </ul>
          {read.warnings.length > 0 && (
            <MessageBar intent="warning">
              <MessageBarBody>
                {read.warnings.map((w) => `${t('holidayPasteLine', { line: w.line })}: ${lang === 'nl' ? w.message : w.messageEn}`).join(' · ')}
              </MessageBarBody>
            </MessageBar>
          )}
          {read.unread.length > 0 && (
            <MessageBar intent="warning" data-testid="holiday-paste-unread">
              <MessageBarBody>
                {t('holidayPasteUnread')}
                <ul className={styles.unread}>
                  {read.unread.map((u) => (
                    <li key={u.line}>
                      {t('holidayPasteLine', { line: u.line })}: “{u.text}” – {lang === 'nl' ? u.reason : u.reasonEn}
                    </li>
                  ))}
                </ul>
              </MessageBarBody>
            </MessageBar>
          )}
          {count > 0 && (
            <div>
              <Button appearance="primary" onClick={accept} data-testid="holiday-paste-add">
                {t('holidayPasteAdd', { count })}
              </Button>
            </div>
          )}
        </>
      )}
    </div>
  );
}
