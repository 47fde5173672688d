import { Badge, Button, Field, Input, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { LETTER_KINDS, LETTER_PLACEHOLDERS, type LetterKind } from '../../../core/drafts/letterTexts';
import { useT, type MessageKey } from '../../i18n';
import { Help, SettingsSection, useSettingsStyles, validation } from '../fields';
import { currentLetterText, isCustomLetter, unknownPlaceholders, withDefaultLetter, withLetterText, type Addressee } from '../letterEdits';
import type { SettingsForm } from '../useSettingsForm';

const useStyles = makeStyles({
  letter: {
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalS,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  letterTitle: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
  },
  placeholders: { margin: 0, paddingLeft: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
});

function LetterBlock({ form, kind, addressee }: { form: SettingsForm; kind: LetterKind; addressee: Addressee }) {
  const t = useT();
  const styles = useStyles();
  const shared = useSettingsStyles();
  const { letters } = form.draft;
  const id = `${kind}-${addressee}`;
  const title = `${t(`letter.${kind}` as MessageKey)} – ${t(addressee === 'ouders' ? 'letterToParents' : 'letterToPupil')}`;
  const subject = currentLetterText(letters, kind, addressee, 'onderwerp');
  const body = currentLetterText(letters, kind, addressee, 'tekst');
  const custom = isCustomLetter(letters, kind, addressee);
  const unknown = unknownPlaceholders(`${subject}\n${body}`);
  return (
    <div className={`${styles.letter} ${shared.wide}`} role="group" aria-label={title} data-testid={`letter-${id}`}>
      <h3 className={styles.letterTitle}>
        {title}
        {custom && <Badge appearance="tint" size="small">{t('letterCustom')}</Badge>}
      </h3>
      <Field label={t('letterSubject')}>
        <Input
          aria-label={`${t('letterSubject')} ${title}`}
          value={subject}
          onChange={(_, d) => form.update(['letters'], withLetterText(letters, kind, addressee, 'onderwerp', d.value))}
        />
      </Field>
      <Field label={t('letterBody')} {...validation(unknown.length ? t('letterUnknown', { names: unknown.join(', ') }) : '')}>
        <Textarea
          aria-label={`${t('letterBody')} ${title}`}
          resize="vertical"
          rows={6}
          value={body}
          onChange={(_, d) => form.update(['letters'], withLetterText(letters, kind, addressee, 'tekst', d.value))}
        />
      </Field>
      <div>
        <Button size="small" appearance="secondary" disabled={!custom} onClick={() => form.update(['letters'], withDefaultLetter(letters, kind, addressee))}>
          {t('letterReset')}
        </Button>
      </div>
    </div>
  );
}

export function LettersSection({ form }: { form: SettingsForm }) {
  const t = useT();
  const styles = useStyles();
  const shared = useSettingsStyles();
  return (
    <SettingsSection id="letters" title={t('lettersTitle')}>
      <Help text="lettersHelp" />
      <details className={shared.wide}>
        <summary>{t('letterPlaceholders')}</summary>
        <ul className={styles.placeholders} data-testid="letter-placeholders">
          {Object.entries(LETTER_PLACEHOLDERS).map(([name, what]) => (
            <li key={name}>
              <code>{`{${name}}`}</code>: {what}
            </li>
          ))}
        </ul>
      </details>
      {LETTER_KINDS.map((kind) => (
        <LetterBlock key={`${kind}-ouders`} form={form} kind={kind} addressee="ouders" />
      ))}
      {LETTER_KINDS.map((kind) => (
        <LetterBlock key={`${kind}-leerling`} form={form} kind={kind} addressee="leerling" />
      ))}
    </SettingsSection>
  );
}
