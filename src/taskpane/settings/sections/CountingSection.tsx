import { Field, Switch } from '@fluentui/react-components';
import { useT } from '../../i18n';
import { Help, NumberField, SettingsSection, useSettingsStyles } from '../fields';
import type { SettingsForm } from '../useSettingsForm';

export function CountingSection({ form }: { form: SettingsForm }) {
  const t = useT();
  const styles = useSettingsStyles();
  return (
    <SettingsSection id="counting" title={t('countingTitle')}>
      <Help text="countingHelp" />
      <NumberField form={form} path={['counting', 'lessonMinutes']} label="lessonMinutes" />
      <NumberField form={form} path={['counting', 'dayHours']} label="dayHours" />
      <NumberField form={form} path={['reportWithinWorkingDays']} label="reportWithin" />
      <NumberField form={form} path={['feedbackWaitWeeks']} label="feedbackWaitWeeks" hint="feedbackWaitWeeksHint" />
      <Field className={styles.wide} hint={t('countLessonsAsHoursHelp')}>
        <Switch
          label={t('countLessonsAsHours')}
          checked={form.draft.counting.countLessonsAsHours}
          onChange={(_, d) => form.update(['counting', 'countLessonsAsHours'], d.checked)}
        />
      </Field>
    </SettingsSection>
  );
}
