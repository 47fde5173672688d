import { useEffect, useRef, useState } from 'react';
import {
  Button,
  Card,
  CardHeader,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { Flag } from '../../core/analysis/types';
import { explainFlagParts } from '../../core/labels/staffExplanation';
import { statusKey, useLang, useT } from '../i18n';
import type { Session } from '../state/useSession';
import { STATUSES } from '../reporting/followUp';
import { displayDate, parseDateInput } from '../dates';
import { changeText } from '../reporting/changeText';
import { followUpProblems } from '../../core/reporting/followUpColumns';
import type { FollowUpProblem } from '../../core/reporting/followUpColumns';
import { FIELD_LABEL, FOLLOW_UP_DATE_KEYS, FollowUpFields, MasTimeline, draftOf, type FollowUpDraft, type FollowUpDraftField } from './FollowUpView';

const useStyles = makeStyles({
  card: { marginTop: tokens.spacingVerticalM },
  h3: { margin: 0, fontSize: tokens.fontSizeBase400 },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  rows: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3, wordBreak: 'break-word' },
  explanation: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  refusal: { margin: 0, color: tokens.colorPaletteRedForeground1, overflowWrap: 'anywhere' },
});

/** One flag in words, the buttons that show its rows in the register, and its follow-up. */
export function FlagDetail({ flag, session, label, onClose }: { flag: Flag; session: Session; label: string; onClose: () => void }) {
  const t = useT();
  const lang = useLang();
  const styles = useStyles();
  const entry = session.followUps.get(flag.id);
  const [status, setStatus] = useState<string>(entry?.status ?? 'Nieuw');
  const [reason, setReason] = useState(entry?.reason ?? '');
  const [actions, setActions] = useState(entry?.actions ?? '');
  const [reportedOn, setReportedOn] = useState(entry?.reportedOn ? displayDate(entry.reportedOn) : '');
  const [duoNumber, setDuoNumber] = useState(entry?.duoNumber ?? '');
  const [refusal, setRefusal] = useState<string | undefined>();
  const [dateError, setDateError] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);
  // The MAS follow-up, for a melding to the attendance office only.
  const melding = flag.reportTo === 'leerplicht';
  const [draft, setDraft] = useState<FollowUpDraft>(() => draftOf(entry));
  const [fuRefusal, setFuRefusal] = useState<string | undefined>();
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<FollowUpDraftField, string>>>({});
  const parts = explainFlagParts(flag, lang, session.resultSettings ?? session.settings);
  const headingId = `flag-${flag.id}-title`;
  const heading = useRef<HTMLHeadingElement>(null);
  // Opening a detail moves focus to it, so keyboard and screen-reader users land on what opened.
  useEffect(() => heading.current?.focus(), []);

  /** Refusals by field: the date field of "Gemeld op" is the status form's own. */
  const showProblems = (problems: readonly FollowUpProblem[]) => {
    const errors: Partial<Record<FollowUpDraftField, string>> = {};
    for (const p of problems) {
      const text = lang === 'nl' ? p.message : p.messageEn;
      if (p.field === 'reportedOn') setDateError(text);
      else errors[p.field as FollowUpDraftField] = text;
    }
    setFieldErrors(errors);
    setFuRefusal(t('fuRefused', { message: problems.map((p) => (lang === 'nl' ? p.message : p.messageEn)).join(' ') }));
  };

  const save = async () => {
    setRefusal(undefined);
    setDateError(undefined);
    setFieldErrors({});
    setFuRefusal(undefined);
    // Refused here already, so the user gets the reason next to the field (the core checks again).
    if (status === 'Niet melden' && reason.trim() === '') {
      setRefusal(t('reasonRequired'));
      return;
    }
    const reportedIso = reportedOn.trim() === '' ? null : parseDateInput(reportedOn);
    if (reportedIso === undefined) {
      setDateError(t('dateFormat'));
      return;
    }
    const dates: Partial<Record<(typeof FOLLOW_UP_DATE_KEYS)[number], string | null>> = {};
    const unreadable: Partial<Record<FollowUpDraftField, string>> = {};
    for (const k of FOLLOW_UP_DATE_KEYS) {
      const text = draft[k].trim();
      const iso = text === '' ? null : parseDateInput(text);
      if (iso === undefined) unreadable[k] = t('fuDateInvalid', { field: t(FIELD_LABEL[k]) });
      else dates[k] = iso;
    }
    if (melding && Object.keys(unreadable).length > 0) {
      setFieldErrors(unreadable);
      return;
    }
    const followUp = {
      municipalityAction: draft.municipalityAction,
      duoStatus: draft.duoStatus,
      route: draft.route,
      feedback: draft.feedback,
      result: draft.result,
      contactOn: dates.contactOn ?? null,
      routeOn: dates.routeOn ?? null,
      feedbackOn: dates.feedbackOn ?? null,
      closedOn: dates.closedOn ?? null,
    };
    if (melding) {
      const problems = followUpProblems({ status: status as FollowUpStatus, reportedOn: reportedIso, ...followUp }, flag.start);
      if (problems.length > 0) {
        showProblems(problems);
        return;
      }
    }
    setSaving(true);
    const out = await session.updateFollowUp(flag, {
      status: status as FollowUpStatus,
      reason,
      actions,
      duoNumber,
      reportedOn: reportedIso,
      // Only a melding has a follow-up; another signal's save writes what it wrote before.
      ...(melding ? followUp : {}),
    });
    setSaving(false);
    if (out?.problems && out.problems.length > 0) showProblems(out.problems);
    else if (out) setRefusal(lang === 'nl' ? out.message : out.messageEn);
  };

  return (
    <Card className={styles.card} role="region" aria-labelledby={headingId} data-testid="flag-detail">
      <CardHeader
        header={
          <h3 id={headingId} className={styles.h3} ref={heading} tabIndex={-1}>
            {t('detailTitle', { name: flag.studentName || flag.studentId, id: flag.studentId, className: flag.className || '—' })}
          </h3>
        }
        description={<span>{label}{flag.mentor ? ` · ${t('detailMentor', { mentor: flag.mentor })}` : ''}</span>}
        action={
          <Button appearance="subtle" size="small" onClick={onClose} aria-label={t('close')}>
            ×
          </Button>
        }
      />
      {entry && entry.changes.length > 0 && (
        <MessageBar intent="warning" data-testid="flag-changed-detail">
          <MessageBarBody>{t('flagChangedHelp', { what: changeText(entry.changes, t, lang) })}</MessageBarBody>
        </MessageBar>
      )}
      <div data-testid="explanation">
        <p className={styles.h3}>{parts.title}</p>
        <ul className={styles.explanation}>
          <li>{parts.what}</li>
          {parts.window && <li>{parts.window}</li>}
          <li className={styles.rows}>{parts.rows}</li>
          <li>
            <strong>{t('nextStep')}</strong>
            {parts.next}
          </li>
        </ul>
      </div>
      <div className={styles.buttons}>
        <Button size="small" onClick={() => void session.selectRows(flag.rows)} data-testid="select-rows">
          {t('selectRows')}
        </Button>
        <Button size="small" onClick={() => void session.highlightRows(flag.rows)} data-testid="highlight-rows">
          {t('highlightRows')}
        </Button>
        <Button size="small" onClick={() => void session.clearHighlight()} data-testid="clear-highlight">
          {t('clearHighlight')}
        </Button>
      </div>
      <form
        className={styles.form}
        aria-label={t('statusTitle')}
        // The pane's own message (pas toe of leg uit) instead of the browser's generic one.
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <h4 className={styles.h3}>{t('statusTitle')}</h4>
        <Field label={t('statusLabel')}>
          <Select value={status} onChange={(_, d) => setStatus(d.value)} data-testid="status">
            {STATUSES.map((s) => (
              <option key={s} value={s}>{t(statusKey(s))}</option>
            ))}
          </Select>
        </Field>
        <Field
          label={t('reasonLabel')}
          required={status === 'Niet melden'}
          validationState={refusal ? 'error' : 'none'}
          validationMessage={refusal}
        >
          <Textarea value={reason} onChange={(_, d) => setReason(d.value)} data-testid="reason" resize="vertical" />
        </Field>
        <Field label={t('actionsLabel')}>
          <Textarea value={actions} onChange={(_, d) => setActions(d.value)} data-testid="actions" resize="vertical" />
        </Field>
        <Field label={t('reportedOnLabel')} validationState={dateError ? 'error' : 'none'} validationMessage={dateError}>
          <Input value={reportedOn} onChange={(_, d) => setReportedOn(d.value)} data-testid="reported-on" />
        </Field>
        <Field label={t('duoNumberLabel')}>
          <Input value={duoNumber} onChange={(_, d) => setDuoNumber(d.value)} data-testid="duo-number" />
        </Field>
        {melding && (
          <section className={styles.form} aria-labelledby={`${headingId}-mas`} data-testid="follow-up">
            <h4 id={`${headingId}-mas`} className={styles.h3}>
              {t('fuTitle')}
            </h4>
            <MasTimeline flag={flag} entry={entry} />
            <FollowUpFields flag={flag} draft={draft} onChange={(patch) => setDraft((d) => ({ ...d, ...patch }))} errors={fieldErrors} />
          </section>
        )}
        {fuRefusal && (
          <p role="alert" className={styles.refusal} data-testid="save-refused">
            {fuRefusal}
          </p>
        )}
        <div className={styles.buttons}>
          <Button appearance="primary" type="submit" disabled={saving} data-testid="save-status">
            {t('saveStatus')}
          </Button>
        </div>
      </form>
    </Card>
  );
}

type FollowUpStatus = (typeof STATUSES)[number];
