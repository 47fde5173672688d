import { useState } from 'react';
import { Accordion, Button, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { useT } from '../i18n';
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

export interface SettingsTabProps {
  session: Session;
  /** Set when the user came here from the holiday warning: rows for that school year are added. */
  addHolidayYear?: string;
}

/** Every setting of config.md, one section component per part, over one form (useSettingsForm). */
export function SettingsTab({ session, addHolidayYear }: SettingsTabProps) {
  const t = useT();
  const styles = useStyles();
  const form = useSettingsForm(
    () => (addHolidayYear ? settingsWithHolidayYear(session.settings) : session.settings),
    (): SectionId[] => (addHolidayYear ? ['calendar'] : ['school']),
    session.saveSettings,
  );
  const [addedYears, setAddedYears] = useState<string[]>(() => (addHolidayYear ? [addHolidayYear] : []));
  const { issues, localErrors, triedSave } = form;

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
        <CalendarSection form={form} />
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
                    {k}: {m}
                  </li>
                ))}
              {issues.map((i) => (
                <li key={i.key + i.message}>
                  {i.key}: {i.message}
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
