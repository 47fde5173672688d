import { useMemo, useState } from 'react';
import { holidayGaps, registerSchoolYears, schoolYearOf } from '../../core/calendar';
import { dayFromYmd } from '../../core/dates';
import type { Settings } from '../../core/settings/schema';
import { Accordion, Button, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { useLang, useT } from '../i18n';
import { settingsFieldLabel } from '../../core/settings/fieldLabels';
import type { Session } from '../state/useSession';
import { settingsWithHolidayYear } from '../settings/builtInHolidays';
import { HolidayGapBars } from '../settings/HolidayGapBars';
import { CalendarSection } from '../settings/sections/CalendarSection';
import { CountingSection } from '../settings/sections/CountingSection';
import { LettersSection } from '../settings/sections/LettersSection';
import { RuleSections } from '../settings/sections/RuleSections';
import { ReporterSection, SchoolSection } from '../settings/sections/SchoolSections';
import { useSettingsForm, type SectionId } from '../settings/useSettingsForm';

export { builtInHolidayList, builtInSourceList, settingsWithHolidayYear } from '../settings/builtInHolidays';
export { SECTIONS, sectionOf, type SectionId } from '../settings/useSettingsForm';

const useStyles = makeStyles({
  help: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, marginTop: 0 },
  issues: { overflowWrap: 'anywhere' },
});

/**
 * School years for pasted dates without a year: the one the user came to add, the register's years
 * without holidays, the register's other years, then this school year and the next.
 */
function offeredSchoolYears(session: Session, calendar: Settings['calendar'], asked: string | undefined): string[] {
  const years = session.imported ? registerSchoolYears(session.imported, session.read) : new Map<string, number>();
  const now = new Date();
  const current = schoolYearOf(dayFromYmd(now.getUTCFullYear(), now.getUTCMonth() + 1, now.getUTCDate()));
  const next = `${current.slice(5)}-${Number(current.slice(5)) + 1}`;
  const gaps = holidayGaps(calendar, years).map((g) => g.schoolYear);
  return [...new Set([...(asked ? [asked] : []), ...gaps, ...[...years.keys()].sort().reverse(), current, next])];
}

export interface SettingsTabProps {
  session: Session;
  /** Set when the user came here from the holiday warning: rows for that school year are added. */
  addHolidayYear?: string;
}

/** Every setting of config.md, one section component per part, over one form (useSettingsForm). */
export function SettingsTab({ session, addHolidayYear }: SettingsTabProps) {
  const t = useT();
  const lang = useLang();
  const styles = useStyles();
  const form = useSettingsForm(
    () => (addHolidayYear ? settingsWithHolidayYear(session.settings) : session.settings),
    (): SectionId[] => (addHolidayYear ? ['calendar'] : ['school']),
    session.saveSettings,
    lang,
  );
  const [addedYears, setAddedYears] = useState<string[]>(() => (addHolidayYear ? [addHolidayYear] : []));
  const { issues, localErrors, triedSave } = form;
  const schoolYears = useMemo(() => offeredSchoolYears(session, form.draft.calendar, addHolidayYear), [session, form.draft.calendar, addHolidayYear]);

  return (
    <form
      aria-label={t('tabSettings')}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void form.save();
      }}
    >
      <p className={styles.help}>{t('settingsHelp')}</p>
      <HolidayGapBars form={form} session={session} addedYears={addedYears} onAdded={(y) => setAddedYears((a) => [...a, y])} />
      <Accordion multiple collapsible openItems={form.open} onToggle={(_, d) => form.setOpen(d.openItems as SectionId[])}>
        <SchoolSection form={form} />
        <ReporterSection form={form} />
        <CalendarSection form={form} register={{ imported: session.imported, read: session.read, schoolYears }} />
        <CountingSection form={form} />
        <RuleSections form={form} />
        <LettersSection form={form} />
      </Accordion>

      {(issues.length > 0 || (triedSave && localErrors.length > 0)) && (
        <MessageBar intent="error" data-testid="settings-issues">
          <MessageBarBody className={styles.issues}>
            {t('settingsInvalid')}
            <ul>
              {triedSave &&
                localErrors.map(([k, m]) => (
                  <li key={k}>
                    {settingsFieldLabel(k.split('.'))[lang]}: {m}
                  </li>
                ))}
              {issues.map((i) => (
                <li key={i.key + i.message} data-key={i.key}>
                  {lang === 'en' ? `${i.labelEn}: ${i.messageEn}` : `${i.label}: ${i.message}`}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      <Button appearance="primary" type="submit" data-testid="save-settings">
        {t('settingsSave')}
      </Button>
    </form>
  );
}
