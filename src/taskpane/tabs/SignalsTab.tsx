import { useMemo, type ReactNode } from 'react';
import {
  Badge,
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Select,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { Flag, FlagCategory } from '../../core/analysis/types';
import { categoryKey, statusKey, useLang, useT } from '../i18n';
import type { Session } from '../state/useSession';
import { FlagDetail } from '../components/FlagDetail';
import { flagLabel } from '../../core/labels/staffLabels';
import { STATUSES } from '../reporting/followUp';
import { displayDate } from '../dates';
import { changeText } from '../reporting/changeText';
import { filterFlags, sortFlags, type FlagSort } from './filterFlags';
import { waitingForFeedback } from '../../core/evaluation/followUpProgress';

/** Today as the user's calendar has it (waiting for feedback is about now, not the analysis date). */
function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
import { useSignalsView, type SignalsView } from './signalsView';

/** Rows rendered at most; filters narrow the rest down. */
const MAX_ROWS = 400;
const CATEGORIES: readonly FlagCategory[] = ['sixteen-hours', 'early-signal', 'luxury', 'long-term', 'lateness', 'sick-concern'];

const useStyles = makeStyles({
  bar: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', marginBottom: tokens.spacingVerticalM },
  summary: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, listStyle: 'none', padding: 0, margin: `0 0 ${tokens.spacingVerticalM}` },
  filters: {
    display: 'grid',
    // One filter a line in a narrow pane: side by side, a category or status name would be cut off.
    gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))',
    gap: tokens.spacingHorizontalS,
    marginBottom: tokens.spacingVerticalS,
  },
  control: { minWidth: 0, width: '100%' },
  wide: { gridColumn: '1 / -1', minWidth: 0 },
  list: { listStyle: 'none', padding: 0, margin: 0, display: 'flex', flexDirection: 'column' },
  item: {
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    overflowWrap: 'anywhere',
  },
  itemHead: { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', columnGap: tokens.spacingHorizontalS },
  meta: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  h2: { fontSize: tokens.fontSizeBase400, margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalS}` },
  rowButton: { textAlign: 'left', minWidth: 0, padding: 0, fontWeight: tokens.fontWeightSemibold, whiteSpace: 'normal', height: 'auto' },
  selected: { backgroundColor: tokens.colorBrandBackground2 },
  lapsed: { color: tokens.colorNeutralForeground3 },
});

export function SignalsTab({ session, view, onShowRegister }: { session: Session; view?: SignalsView; onShowRegister?: () => void }) {
  const t = useT();
  const lang = useLang();
  const styles = useStyles();
  const { result, busy, followUps } = session;
  const ownView = useSignalsView();
  const { filter, setFilter, sort, setSort, selectedId, setSelectedId } = view ?? ownView;
  // The flags keep the labels of the settings they were found with, until the next analysis.
  const asAnalysed = session.resultSettings ?? session.settings;
  const labelThresholds = {
    sixteenHours: asAnalysed.sixteenHours.thresholdHours,
    windowLesweken: asAnalysed.sixteenHours.windowLesweken,
    earlySignalHours: asAnalysed.earlySignal.thresholdHours,
  };

  const flags = result?.flags ?? [];
  const unmapped = session.imported?.codes.filter((c) => c.category === null) ?? [];
  const changedCount = flags.filter((f) => (followUps.get(f.id)?.changes.length ?? 0) > 0).length;
  const counts = useMemo(() => {
    const m = new Map<FlagCategory, number>();
    for (const f of flags) m.set(f.category, (m.get(f.category) ?? 0) + 1);
    return m;
  }, [flags]);
  const options = useMemo(() => {
    const uniq = (xs: string[]) => [...new Set(xs.filter((x) => x !== ''))].sort((a, b) => a.localeCompare(b, 'nl', { numeric: true }));
    return { classes: uniq(flags.map((f) => f.className)), mentors: uniq(flags.map((f) => f.mentor)) };
  }, [flags]);
  // Meldingen reported without terugkoppeling for the configured weeks (MAS step 9).
  const weeks = session.settings.feedbackWaitWeeks;
  const waiting = useMemo(() => {
    const today = todayIso();
    const ids = new Set<string>();
    for (const f of flags) {
      const entry = followUps.get(f.id);
      if (f.reportTo === 'leerplicht' && entry && !entry.lapsed && waitingForFeedback(entry, today, weeks)) ids.add(f.id);
    }
    return ids;
  }, [flags, followUps, weeks]);
  const shown = useMemo(
    () => sortFlags(filterFlags(flags, filter, (id) => followUps.get(id)?.status ?? 'Nieuw', (id) => waiting.has(id)), sort),
    [flags, filter, sort, followUps, waiting],
  );

  return (
    <section aria-label={t('tabSignals')}>
      <div className={styles.bar}>
        <Button appearance="primary" onClick={() => void session.run(true)} disabled={!!busy} data-testid="analyse">
          {busy ? t('analysing') : t('analyse')}
        </Button>
        {busy && (
          <Button onClick={session.cancel} data-testid="cancel">
            {t('analyseCancel')}
          </Button>
        )}
      </div>
      {unmapped.length > 0 && (
        <MessageBar intent="warning" data-testid="unmapped-codes">
          <MessageBarBody>{t('unmappedOnSignals', { count: unmapped.length, codes: unmapped.map((c) => c.code).join(', ') })}</MessageBarBody>
          {onShowRegister && (
            <MessageBarActions>
              <Button size="small" onClick={onShowRegister}>
                {t('unmappedGoTo')}
              </Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}
      {changedCount > 0 && (
        <MessageBar intent="warning" data-testid="changed-flags">
          <MessageBarBody>{t('changedCount', { count: changedCount })}</MessageBarBody>
        </MessageBar>
      )}
      {!result && !busy && (
        <MessageBar intent="info">
          <MessageBarBody>{session.sources.length === 0 ? t('noSources') : t('analyseHint')}</MessageBarBody>
        </MessageBar>
      )}
      {result && (
        <>
          <h2 className={styles.h2}>{t('summaryTitle')}</h2>
          <ul className={styles.summary} aria-label={t('summaryTitle')} data-testid="summary">
            {CATEGORIES.map((c) => (
              <li key={c}>
                <Badge appearance={counts.get(c) ? 'filled' : 'outline'} color={c === 'sixteen-hours' || c === 'long-term' ? 'danger' : 'brand'}>
                  {t(categoryKey(c))}: {counts.get(c) ?? 0}
                </Badge>
              </li>
            ))}
          </ul>
          {flags.length === 0 ? (
            <MessageBar intent="success">
              <MessageBarBody>{t('noFlags')}</MessageBarBody>
            </MessageBar>
          ) : (
            <>
              <h2 className={styles.h2}>{t('filtersTitle')}</h2>
              <div className={styles.filters}>
                <Field label={t('filterClass')}>
                  <Select value={filter.className ?? ''} onChange={(_, d) => setFilter({ ...filter, className: d.value || undefined })} className={styles.control} data-testid="filter-class">
                    <option value="">{t('filterAll')}</option>
                    {options.classes.map((c) => (
                      <option key={c} value={c}>{c}</option>
                    ))}
                  </Select>
                </Field>
                <Field label={t('filterCategory')}>
                  <Select
                    value={filter.category ?? ''}
                    onChange={(_, d) => setFilter({ ...filter, category: (d.value || undefined) as FlagCategory | undefined })}
                    className={styles.control} data-testid="filter-category"
                  >
                    <option value="">{t('filterAll')}</option>
                    {CATEGORIES.map((c) => (
                      <option key={c} value={c}>{t(categoryKey(c))}</option>
                    ))}
                  </Select>
                </Field>
                <Field label={t('filterStatus')}>
                  <Select value={filter.status ?? ''} onChange={(_, d) => setFilter({ ...filter, status: d.value || undefined })} className={styles.control} data-testid="filter-status">
                    <option value="">{t('filterAll')}</option>
                    {STATUSES.map((s) => (
                      <option key={s} value={s}>{t(statusKey(s))}</option>
                    ))}
                  </Select>
                </Field>
                <Field label={t('filterMentor')}>
                  <Select value={filter.mentor ?? ''} onChange={(_, d) => setFilter({ ...filter, mentor: d.value || undefined })} className={styles.control} data-testid="filter-mentor">
                    <option value="">{t('filterAll')}</option>
                    {options.mentors.map((m) => (
                      <option key={m} value={m}>{m}</option>
                    ))}
                  </Select>
                </Field>
                <Field label={t('filterName')}>
                  <Input value={filter.text ?? ''} onChange={(_, d) => setFilter({ ...filter, text: d.value || undefined })} className={styles.control} data-testid="filter-name" />
                </Field>
                <Field className={styles.wide} hint={t('filterWaitingHint', { weeks })}>
                  <Checkbox
                    checked={filter.waiting === true}
                    onChange={(_, d) => setFilter({ ...filter, waiting: d.checked === true || undefined })}
                    label={t('filterWaiting', { count: waiting.size })}
                    data-testid="filter-waiting"
                  />
                </Field>
                <Field label={t('sortBy')}>
                  <Select value={sort} onChange={(_, d) => setSort(d.value as FlagSort)} className={styles.control} data-testid="sort">
                    <option value="urgency">{t('sortUrgency')}</option>
                    <option value="name">{t('sortName')}</option>
                    <option value="class">{t('sortClass')}</option>
                  </Select>
                </Field>
              </div>
              <p role="status" data-testid="shown-count">{t('shownOf', { shown: shown.length, total: flags.length })}</p>
              {shown.length === 0 ? (
                <MessageBar intent="info">
                  <MessageBarBody>{t('noMatch')}</MessageBarBody>
                </MessageBar>
              ) : (
                <ul className={styles.list} aria-label={t('tabSignals')} data-testid="flag-list">
                  {shown.slice(0, MAX_ROWS).map((f) => (
                    <FlagItem
                      key={f.id}
                      flag={f}
                      label={flagLabel(f, lang, labelThresholds)}
                      status={followUps.get(f.id)?.status ?? 'Nieuw'}
                      changed={changeText(followUps.get(f.id)?.changes ?? [], t, lang)}
                      selected={f.id === selectedId}
                      onOpen={() => setSelectedId(f.id === selectedId ? undefined : f.id)}
                      styles={styles}
                    >
                      {f.id === selectedId && (
                        // The detail opens right under its item, so it is where the user looked.
                        <FlagDetail flag={f} session={session} label={flagLabel(f, lang, labelThresholds)} onClose={() => setSelectedId(undefined)} />
                      )}
                    </FlagItem>
                  ))}
                </ul>
              )}
              {shown.length > MAX_ROWS && <p>{t('moreRows', { count: shown.length - MAX_ROWS })}</p>}
            </>
          )}
        </>
      )}
    </section>
  );
}

/** One signal as a list item: it reads top to bottom, so it fits a 320 px pane. */
function FlagItem(props: {
  flag: Flag;
  label: string;
  status: string;
  /** What moved since the user saved the flag; empty when nothing did. */
  changed: string;
  selected: boolean;
  onOpen: () => void;
  styles: ReturnType<typeof useStyles>;
  children?: ReactNode;
}) {
  const t = useT();
  const { flag, styles } = props;
  return (
    <li className={props.selected ? `${styles.item} ${styles.selected}` : styles.item} data-flag-id={flag.id}>
      <div className={styles.itemHead}>
        <Button
          appearance="transparent"
          size="small"
          className={styles.rowButton}
          aria-expanded={props.selected}
          aria-label={t('details', { name: flag.studentName || flag.studentId })}
          onClick={props.onOpen}
        >
          {flag.studentName || flag.studentId}
        </Button>
        <span className={styles.meta} data-testid="flag-class">
          {flag.className}
        </span>
        {props.changed && (
          <Badge appearance="tint" color="warning" size="small" title={props.changed} data-testid="flag-changed">
            {t('flagChanged')}
          </Badge>
        )}
      </div>
      <div data-testid="flag-signal">{props.label}</div>
      <div className={styles.meta}>
        <span data-testid="flag-report-by">{flag.reportBy ? t('reportByOn', { date: displayDate(flag.reportBy) }) : t('reportByNone')}</span>
        {' · '}
        <span data-testid="flag-status">{t(statusKey(props.status))}</span>
      </div>
      {props.children}
    </li>
  );
}
