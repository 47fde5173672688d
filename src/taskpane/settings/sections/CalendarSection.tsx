import { useMemo, useState } from 'react';
import type { ReadCells } from '../../../core/calendar';
import type { RegisterImport } from '../../../core/register/types';
import { builtInHolidayList } from '../builtInHolidays';
import { displayDate } from '../../dates';
import { Checkbox, Field, Label, Radio, RadioGroup, Select, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useT, type MessageKey } from '../../i18n';
import { Help, SettingsSection, useSettingsStyles, validation } from '../fields';
import type { SettingsForm } from '../useSettingsForm';
import { HolidayList } from './HolidayList';
import { HolidayPaste } from './HolidayPaste';
import { HolidayProposals } from './HolidayProposals';

const useStyles = makeStyles({
  weekdays: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS },
});

type PublicMode = 'nl' | 'none' | 'own';
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
/** Dates typed one per line (or separated by spaces, commas or semicolons). */
const dateList = (text: string) => text.split(/[\s,;]+/).filter((x) => x !== '');

function SchoolDays({ form }: { form: SettingsForm }) {
  const t = useT();
  const styles = useStyles();
  const shared = useSettingsStyles();
  const days = form.draft.calendar.schoolDays;
  const toggleWeekday = (day: number, on: boolean) => {
    const set = new Set(days);
    if (on) set.add(day);
    else set.delete(day);
    form.update(['calendar', 'schoolDays'], [...set].sort((a, b) => a - b));
  };
  const issue = form.issueFor(['calendar', 'schoolDays']);
  return (
    // Not a Field: a Field hands its one control id to every checkbox inside it.
    <div className={shared.wide}>
      <Label id="school-days-label">{t('schoolDays')}</Label>
      <div role="group" aria-labelledby="school-days-label" className={styles.weekdays} data-testid="school-days">
        {WEEKDAYS.map((d) => (
          <Checkbox key={d} label={t(`weekday.${d}` as MessageKey)} checked={days.includes(d)} onChange={(_, data) => toggleWeekday(d, data.checked === true)} />
        ))}
      </div>
      {(days.length === 0 || issue) && (
        <Text role="alert" className={shared.error}>
          {days.length === 0 ? t('schoolDaysNone') : issue}
        </Text>
      )}
    </div>
  );
}

function PublicHolidays({ form }: { form: SettingsForm }) {
  const t = useT();
  const shared = useSettingsStyles();
  const current = form.draft.calendar.publicHolidays;
  const [mode, setMode] = useState<PublicMode>(() => (current === 'nl' ? 'nl' : current.length === 0 ? 'none' : 'own'));
  const key = 'calendar.publicHolidays';
  const setPublic = (next: PublicMode) => {
    setMode(next);
    if (next === 'nl') form.update(['calendar', 'publicHolidays'], 'nl');
    else if (next === 'none') form.update(['calendar', 'publicHolidays'], []);
    else form.update(['calendar', 'publicHolidays'], dateList(form.texts[key] ?? ''));
  };
  return (
    <>
      <Field className={shared.wide} label={{ children: t('publicHolidays'), id: 'public-holidays-label' }} hint={t('publicHolidaysHelp')}>
        <RadioGroup aria-labelledby="public-holidays-label" value={mode} onChange={(_, d) => setPublic(d.value as PublicMode)}>
          <Radio value="nl" label={t('publicHolidaysNl')} />
          <Radio value="none" label={t('publicHolidaysNone')} />
          <Radio value="own" label={t('publicHolidaysOwn')} />
        </RadioGroup>
      </Field>
      {mode === 'own' && (
        <Field className={shared.wide} label={t('publicHolidaysList')} {...validation(form.issueFor(['calendar', 'publicHolidays']))}>
          <Textarea
            value={form.texts[key] ?? (Array.isArray(current) ? current.map(displayDate).join('\n') : '')}
            onChange={(_, d) => {
              form.setText(key, d.value);
              form.update(['calendar', 'publicHolidays'], dateList(d.value));
            }}
          />
        </Field>
      )}
    </>
  );
}

export interface CalendarRegister {
  imported: RegisterImport | undefined;
  read: ReadCells | undefined;
  /** School years offered for pasted dates without a year, most likely first. */
  schoolYears: readonly string[];
}

export function CalendarSection({ form, register }: { form: SettingsForm; register: CalendarRegister }) {
  const t = useT();
  const shared = useSettingsStyles();
  const key = 'calendar.daysOff';
  const { calendar } = form.draft;
  const builtIn = useMemo(() => builtInHolidayList(calendar.region), [calendar.region]);
  const holidays = calendar.holidays ?? builtIn;
  return (
    <SettingsSection id="calendar" title={t('calendarTitle')}>
      <Help text="calendarHelp" />
      <Field label={t('region')}>
        <Select value={form.draft.calendar.region} onChange={(_, d) => form.update(['calendar', 'region'], d.value)}>
          <option value="noord">{t('regionNoord')}</option>
          <option value="midden">{t('regionMidden')}</option>
          <option value="zuid">{t('regionZuid')}</option>
        </Select>
      </Field>
      <SchoolDays form={form} />
      <PublicHolidays form={form} />
      <div className={shared.wide}>
        <HolidayPaste holidays={holidays} daysOff={calendar.daysOff} schoolYears={register.schoolYears} update={form.update} />
        <HolidayProposals imported={register.imported} read={register.read} calendar={calendar} holidays={holidays} update={form.update} />
      </div>
      <HolidayList region={form.draft.calendar.region} own={form.draft.calendar.holidays} issues={form.issues} update={form.update} />
      <Field className={shared.wide} label={t('daysOff')} {...validation(form.issueFor(['calendar', 'daysOff']))}>
        <Textarea
          value={form.texts[key] ?? form.draft.calendar.daysOff.map(displayDate).join('\n')}
          onChange={(_, d) => {
            form.setText(key, d.value);
            form.update(['calendar', 'daysOff'], dateList(d.value));
          }}
        />
      </Field>
    </SettingsSection>
  );
}
