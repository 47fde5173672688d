import type { ReactNode } from 'react';
import { Field, Input } from '@fluentui/react-components';
import { useT, type MessageKey } from '../../i18n';
import { Help, NumberField, SettingsSection, ToggleField, validation } from '../fields';
import { parseLadder } from '../ladder';
import type { SectionId, SettingsForm } from '../useSettingsForm';

type RuleId = Extract<SectionId, 'sixteenHours' | 'earlySignal' | 'luxury' | 'longTerm' | 'lateness' | 'sickConcern'>;

/** A rule section: its help, its on/off switch, then its own fields. */
function RuleSection({ form, id, title, help, children }: { form: SettingsForm; id: RuleId; title: MessageKey; help: MessageKey; children: ReactNode }) {
  const t = useT();
  return (
    <SettingsSection id={id} title={t(title)}>
      <Help text={help} />
      <ToggleField form={form} path={[id, 'enabled']} label={t('ruleEnabled', { rule: t(title) })} testId={`enabled-${id}`} />
      {children}
    </SettingsSection>
  );
}

function LadderField({ form }: { form: SettingsForm }) {
  const t = useT();
  const key = 'lateness.ladder';
  return (
    <Field label={t('ladder')} {...validation(form.issueFor(['lateness', 'ladder']))}>
      <Input
        value={form.texts[key] ?? form.draft.lateness.ladder.join(', ')}
        data-testid="ladder"
        onChange={(_, d) => {
          form.setText(key, d.value);
          const parsed = parseLadder(d.value);
          form.setLocalError(key, parsed.ok ? '' : t('ladderInvalid', { bad: parsed.bad }));
          if (parsed.ok) form.update(['lateness', 'ladder'], parsed.ladder);
        }}
      />
    </Field>
  );
}

/** The six rules of rules.md, one section each. */
export function RuleSections({ form }: { form: SettingsForm }) {
  const t = useT();
  return (
    <>
      <RuleSection form={form} id="sixteenHours" title="ruleSixteen" help="ruleSixteenHelp">
        <NumberField form={form} path={['sixteenHours', 'thresholdHours']} label="thresholdHours" />
        <NumberField form={form} path={['sixteenHours', 'windowLesweken']} label="windowLesweken" />
        <NumberField form={form} path={['sixteenHours', 'minDaysBetweenReports']} label="minDaysBetweenReports" />
      </RuleSection>
      <RuleSection form={form} id="earlySignal" title="ruleEarly" help="ruleEarlyHelp">
        <NumberField form={form} path={['earlySignal', 'thresholdHours']} label="earlyThreshold" />
      </RuleSection>
      <RuleSection form={form} id="luxury" title="ruleLuxury" help="ruleLuxuryHelp">
        <NumberField form={form} path={['luxury', 'adjacentSchoolDays']} label="adjacentDays" />
        <NumberField form={form} path={['luxury', 'minHoursPerDay']} label="minHoursPerDay" />
        <ToggleField form={form} path={['luxury', 'sickNearHoliday']} label={t('sickNearHoliday')} />
      </RuleSection>
      <RuleSection form={form} id="longTerm" title="ruleLongTerm" help="ruleLongTermHelp">
        <NumberField form={form} path={['longTerm', 'minConsecutiveSchoolDays']} label="longTermDays" />
        <NumberField form={form} path={['longTerm', 'minHoursPerDay']} label="minHoursPerDay" />
      </RuleSection>
      <RuleSection form={form} id="lateness" title="ruleLateness" help="ruleLatenessHelp">
        <LadderField form={form} />
        <NumberField form={form} path={['lateness', 'reportFromLevel']} label="reportFromLevel" />
        <ToggleField form={form} path={['lateness', 'countsAsAbsence']} label={t('latenessCountsAsAbsence')} />
      </RuleSection>
      <RuleSection form={form} id="sickConcern" title="ruleSick" help="ruleSickHelp">
        <NumberField form={form} path={['sickConcern', 'reportsInWindow']} label="sickReports" />
        <NumberField form={form} path={['sickConcern', 'windowLesweken']} label="sickWindow" />
        <NumberField form={form} path={['sickConcern', 'consecutiveSchoolDays']} label="sickDays" />
      </RuleSection>
    </>
  );
}
