import type { ReactNode } from 'react';
import { AccordionHeader, AccordionItem, AccordionPanel, Field, Input, Switch, makeStyles, tokens } from '@fluentui/react-components';
import { useT, type MessageKey } from '../i18n';
import { keyOf, type Path, type SectionId, type SettingsForm } from './useSettingsForm';

export const useSettingsStyles = makeStyles({
  fieldset: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(150px, 1fr))',
    gap: tokens.spacingHorizontalS,
    paddingBottom: tokens.spacingVerticalM,
    // Fluent inputs have a minimum width; in a narrow pane they must shrink with the grid.
    '& .fui-Input, & .fui-Select, & .fui-Textarea': { minWidth: 0, width: '100%' },
    '& > *': { minWidth: 0 },
  },
  wide: { gridColumn: '1 / -1' },
  help: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, margin: 0 },
  sectionHeader: { '& button': { fontWeight: tokens.fontWeightSemibold } },
  error: { display: 'block', color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200 },
});

/** Props every field gets: the form and where its value lives in the settings. */
export interface FieldProps {
  form: SettingsForm;
  path: Path;
}

export const validation = (msg: string) => ({ validationState: msg ? ('error' as const) : ('none' as const), validationMessage: msg || undefined });

/** One collapsible section of the form: a heading button and a grid of fields. */
export function SettingsSection({ id, title, children }: { id: SectionId; title: string; children: ReactNode }) {
  const styles = useSettingsStyles();
  return (
    <AccordionItem value={id} data-testid={`section-${id}`}>
      <AccordionHeader as="h2" size="small" className={styles.sectionHeader}>
        {title}
      </AccordionHeader>
      <AccordionPanel>
        <div className={styles.fieldset} role="group" aria-label={title}>
          {children}
        </div>
      </AccordionPanel>
    </AccordionItem>
  );
}

export function Help({ text }: { text: MessageKey }) {
  const styles = useSettingsStyles();
  const t = useT();
  return <p className={`${styles.help} ${styles.wide}`}>{t(text)}</p>;
}

export function TextField({ form, path, label, type = 'text' }: FieldProps & { label: MessageKey; type?: 'text' | 'email' | 'tel' }) {
  const t = useT();
  return (
    <Field label={t(label)} {...validation(form.issueFor(path))}>
      <Input type={type} value={String(form.get(path) ?? '')} onChange={(_, d) => form.update(path, d.value)} />
    </Field>
  );
}

/** A number as typed ("2,5" or "2.5"); an empty field is stored as NaN so the save names it. */
export function NumberField({ form, path, label, hint }: FieldProps & { label: MessageKey; hint?: MessageKey }) {
  const t = useT();
  const k = keyOf(path);
  const shown = form.texts[k] ?? String(form.get(path) ?? '');
  return (
    <Field label={t(label)} hint={hint ? t(hint) : undefined} {...validation(form.issueFor(path))}>
      <Input
        inputMode="decimal"
        value={shown}
        onChange={(_, d) => {
          form.setText(k, d.value);
          form.update(path, d.value.trim() === '' ? Number.NaN : Number(d.value.replace(',', '.')));
        }}
      />
    </Field>
  );
}

export function ToggleField({ form, path, label, testId }: FieldProps & { label: string; testId?: string }) {
  const styles = useSettingsStyles();
  return (
    <Switch
      className={styles.wide}
      label={label}
      data-testid={testId}
      checked={Boolean(form.get(path))}
      onChange={(_, d) => form.update(path, d.checked)}
    />
  );
}
