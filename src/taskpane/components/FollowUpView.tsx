import { Field, Select, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import type { Flag } from '../../core/analysis/types';
import { masProgress, type MasStep } from '../../core/evaluation/followUpProgress';
import { DUO_STATUSES, MUNICIPALITY_ACTION_VALUES, RESULTS, ROUTES, ROUTES_A } from '../../core/reporting/followUpColumns';
import { useT, type MessageKey } from '../i18n';
import type { FollowUp } from '../reporting/followUp';
import { DateInput } from '../settings/DateInput';

/**
 * Where a melding stands on the MAS stappenplan (mas.md, steps 1-10) and the follow-up fields the
 * school records as the attendance office reports back (output.md, steps 2-9). The fields are
 * part of the flag's follow-up form (FlagDetail), so one save writes them with the status.
 */

/** The follow-up fields as the form holds them: texts, and dates as ISO (or as typed when unreadable). */
export interface FollowUpDraft {
  municipalityAction: string;
  duoStatus: string;
  contactOn: string;
  route: string;
  routeOn: string;
  feedback: string;
  feedbackOn: string;
  result: string;
  closedOn: string;
}

export type FollowUpDraftField = keyof FollowUpDraft;
export const FOLLOW_UP_DATE_KEYS = ['contactOn', 'routeOn', 'feedbackOn', 'closedOn'] as const;

export function draftOf(entry: FollowUp | undefined): FollowUpDraft {
  return {
    municipalityAction: entry?.municipalityAction || 'Ja',
    duoStatus: entry?.duoStatus ?? '',
    contactOn: entry?.contactOn ?? '',
    route: entry?.route ?? '',
    routeOn: entry?.routeOn ?? '',
    feedback: entry?.feedback ?? '',
    feedbackOn: entry?.feedbackOn ?? '',
    result: entry?.result ?? '',
    closedOn: entry?.closedOn ?? '',
  };
}

export const FIELD_LABEL: Record<FollowUpDraftField, MessageKey> = {
  municipalityAction: 'fuMunicipalityAction',
  duoStatus: 'fuDuoStatus',
  contactOn: 'fuContactOn',
  route: 'fuRoute',
  routeOn: 'fuRouteOn',
  feedback: 'fuFeedback',
  feedbackOn: 'fuFeedbackOn',
  result: 'fuResult',
  closedOn: 'fuClosedOn',
};

const STEPS: MasStep[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  h4: { margin: 0, fontSize: tokens.fontSizeBase400 },
  meta: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  // Vertical: ten steps never overflow a 320 px pane, whatever the language.
  steps: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '2px' },
  step: {
    display: 'flex',
    alignItems: 'baseline',
    gap: tokens.spacingHorizontalS,
    padding: `1px ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusMedium,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: 'anywhere',
    minWidth: 0,
  },
  number: {
    flex: '0 0 auto',
    minWidth: '20px',
    textAlign: 'center',
    borderRadius: tokens.borderRadiusCircular,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    fontSize: tokens.fontSizeBase100,
    lineHeight: '18px',
  },
  done: { color: tokens.colorNeutralForeground2 },
  doneNumber: { backgroundColor: tokens.colorNeutralBackground3 },
  current: { backgroundColor: tokens.colorBrandBackground2, fontWeight: tokens.fontWeightSemibold, outline: `1px solid ${tokens.colorBrandStroke1}` },
  currentNumber: { backgroundColor: tokens.colorBrandBackground, color: tokens.colorNeutralForegroundOnBrand, border: 'none' },
  skipped: { color: tokens.colorNeutralForegroundDisabled },
  control: { minWidth: 0, width: '100%' },
  srOnly: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
});

/** The ten MAS steps, vertical, the current one highlighted (aria-current="step"). */
export function MasTimeline({ flag, entry }: { flag: Flag; entry: FollowUp | undefined }) {
  const t = useT();
  const styles = useStyles();
  const progress = masProgress(
    entry ?? { status: 'Nieuw', reportedOn: null, contactOn: null, route: '', routeOn: null, feedback: '', feedbackOn: null, result: '', closedOn: null },
    flag.masBranch,
  );
  const branchB = flag.masBranch === 'B';
  return (
    <div className={styles.section}>
      <p className={styles.meta} data-testid="mas-branch">
        {flag.masBranch === 'A' ? t('fuBranchA') : branchB ? t('fuBranchB') : t('fuBranch', { branch: '—' })}
        {' · '}
        <span data-testid="mas-current">{progress.stopped ? t('fuStopped') : t('fuCurrent', { step: progress.current })}</span>
      </p>
      <ol className={styles.steps} aria-label={t('fuTimeline')} data-testid="mas-timeline">
        {STEPS.map((s) => {
          const current = !progress.stopped && s === progress.current;
          const done = progress.done.includes(s);
          // Steps 5 and 6 are branch A's (a warning, a letter and hearing); B goes to its choice at 7.
          const skipped = branchB && (s === 5 || s === 6);
          const cls = [styles.step, done ? styles.done : '', current ? styles.current : '', skipped ? styles.skipped : ''].join(' ');
          return (
            <li key={s} className={cls} aria-current={current ? 'step' : undefined} data-step={s} data-state={current ? 'current' : done ? 'done' : 'todo'}>
              <span className={[styles.number, done ? styles.doneNumber : '', current ? styles.currentNumber : ''].join(' ')}>{s}</span>
              <span>
                {t(`fuStep.${s}` as MessageKey)}
                {done && <span className={styles.srOnly}>{` (${t('fuDone')})`}</span>}
                {done && <span aria-hidden="true">{' ✓'}</span>}
                {skipped && <span>{` (${t('fuOnlyA')})`}</span>}
              </span>
            </li>
          );
        })}
      </ol>
    </div>
  );
}

function ListField(props: {
  field: FollowUpDraftField;
  values: readonly string[];
  value: string;
  onChange: (v: string) => void;
  error?: string;
  allowEmpty?: boolean;
}) {
  const t = useT();
  const styles = useStyles();
  // A value typed in Excel outside the list is still shown (and kept) as typed.
  const values = props.value !== '' && !props.values.includes(props.value) ? [...props.values, props.value] : props.values;
  return (
    <Field label={t(FIELD_LABEL[props.field])} validationState={props.error ? 'error' : 'none'} validationMessage={props.error}>
      {/* A native list: keyboard and screen readers know it, it fits a 320 px pane, and it keeps
          Fluent's popup Dropdown (and its positioning code) out of the pane's initial JavaScript. */}
      <Select
        className={styles.control}
        value={props.value}
        onChange={(_, d) => props.onChange(d.value)}
        data-testid={`fu-${props.field}`}
      >
        {props.allowEmpty !== false && <option value="">{t('fuNone')}</option>}
        {values.map((v) => (
          // "Civiel kader (Raad voor de Kinderbescherming)" does not fit a 320 px pane: the list
          // shows the words before the brackets, the sheet gets the whole value.
          <option key={v} value={v} title={v}>
            {shortLabel(v)}
          </option>
        ))}
      </Select>
    </Field>
  );
}

function DateField(props: { field: FollowUpDraftField; value: string; onChange: (v: string) => void; error?: string }) {
  const t = useT();
  const label = t(FIELD_LABEL[props.field]);
  return (
    <Field label={label} validationState={props.error ? 'error' : 'none'} validationMessage={props.error} data-testid={`fu-${props.field}`}>
      <DateInput value={props.value} onChange={props.onChange} ariaLabel={label} />
    </Field>
  );
}

/** The follow-up fields of one melding; `errors` by field (refusals and unreadable dates). */
export function FollowUpFields(props: {
  flag: Flag;
  draft: FollowUpDraft;
  onChange: (patch: Partial<FollowUpDraft>) => void;
  errors: Partial<Record<FollowUpDraftField, string>>;
}) {
  const t = useT();
  const styles = useStyles();
  const { draft, onChange, errors } = props;
  // Branch B (luxury absence) may also end in a proces-verbaal or not (MAS step 7, B).
  const routes = props.flag.masBranch === 'B' ? ROUTES : ROUTES_A;
  return (
    <div className={styles.section} data-testid="follow-up-fields">
      <ListField field="municipalityAction" values={MUNICIPALITY_ACTION_VALUES} value={draft.municipalityAction} onChange={(v) => onChange({ municipalityAction: v })} allowEmpty={false} />
      <ListField field="duoStatus" values={DUO_STATUSES} value={draft.duoStatus} onChange={(v) => onChange({ duoStatus: v })} error={errors.duoStatus} />
      <DateField field="contactOn" value={draft.contactOn} onChange={(v) => onChange({ contactOn: v })} error={errors.contactOn} />
      <ListField field="route" values={routes} value={draft.route} onChange={(v) => onChange({ route: v })} error={errors.route} />
      <DateField field="routeOn" value={draft.routeOn} onChange={(v) => onChange({ routeOn: v })} error={errors.routeOn} />
      <Field label={t('fuFeedback')}>
        <Textarea value={draft.feedback} onChange={(_, d) => onChange({ feedback: d.value })} resize="vertical" className={styles.control} data-testid="fu-feedback" />
      </Field>
      <DateField field="feedbackOn" value={draft.feedbackOn} onChange={(v) => onChange({ feedbackOn: v })} error={errors.feedbackOn} />
      <ListField field="result" values={RESULTS} value={draft.result} onChange={(v) => onChange({ result: v })} error={errors.result} />
      <DateField field="closedOn" value={draft.closedOn} onChange={(v) => onChange({ closedOn: v })} error={errors.closedOn} />
    </div>
  );
}

/** A list value without its explanation in brackets, for a narrow pane. */
function shortLabel(value: string): string {
  const cut = value.indexOf(' (');
  return cut > 0 ? value.slice(0, cut) : value;
}
