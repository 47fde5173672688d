import { useT } from '../../i18n';
import { Help, SettingsSection, TextField } from '../fields';
import type { SettingsForm } from '../useSettingsForm';

export function SchoolSection({ form }: { form: SettingsForm }) {
  const t = useT();
  return (
    <SettingsSection id="school" title={t('schoolTitle')}>
      <Help text="schoolHelp" />
      <TextField form={form} path={['school', 'name']} label="schoolName" />
      <TextField form={form} path={['school', 'brin']} label="brin" />
      <TextField form={form} path={['school', 'location']} label="location" />
    </SettingsSection>
  );
}

export function ReporterSection({ form }: { form: SettingsForm }) {
  const t = useT();
  return (
    <SettingsSection id="reporter" title={t('reporterTitle')}>
      <Help text="reporterHelp" />
      <TextField form={form} path={['school', 'reporter', 'name']} label="reporterName" />
      <TextField form={form} path={['school', 'reporter', 'function']} label="reporterFunction" />
      <TextField form={form} path={['school', 'reporter', 'phone']} label="reporterPhone" type="tel" />
      <TextField form={form} path={['school', 'reporter', 'email']} label="reporterEmail" type="email" />
    </SettingsSection>
  );
}
