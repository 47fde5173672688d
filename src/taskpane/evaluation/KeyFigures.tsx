import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { EVALUATION_CATEGORIES, type EvaluationFigures } from '../../core/evaluation/types';
import { categoryKey, useLang, useT } from '../i18n';
import { useEvalT, type EvalKey } from './texts';

const useStyles = makeStyles({
  list: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) auto',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  term: { margin: 0, overflowWrap: 'anywhere' },
  sub: { paddingLeft: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground2 },
  value: { margin: 0, textAlign: 'right', fontVariantNumeric: 'tabular-nums', fontWeight: tokens.fontWeightSemibold },
  group: { borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalXS, marginTop: tokens.spacingVerticalXS },
});

interface Line {
  id: string;
  label: string;
  value: string;
  sub?: boolean;
  /** First line of a group: a rule above it. */
  group?: boolean;
}

/**
 * The figures of output.md's Evaluation section as label / value pairs in two narrow columns:
 * signals by kind, the meldingen (due, reported on time or late, not reported, open), the median
 * time to report, early signals followed by sixteen hours, and repeat meldingen.
 */
export function KeyFigures({ figures }: { figures: EvaluationFigures }) {
  const t = useT();
  const te = useEvalT();
  const lang = useLang();
  const styles = useStyles();
  const m = figures.meldingen;
  const n = (v: number) => String(v);
  const line = (id: string, key: EvalKey, value: string, extra: Partial<Line> = {}): Line => ({ id, label: te(key), value, ...extra });
  const median = m.medianWorkingDaysToReport === null ? te('medianNone') : String(m.medianWorkingDaysToReport).replace('.', lang === 'nl' ? ',' : '.');
  const lines: Line[] = [
    line('signals', 'signals', n(figures.signals.total)),
    ...EVALUATION_CATEGORIES.map((c) => ({ id: `cat-${c}`, label: t(categoryKey(c)), value: n(figures.signals.byCategory[c]), sub: true })),
    line('due', 'due', n(m.due), { group: true }),
    line('reported', 'reported', n(m.reported)),
    line('on-time', 'onTime', n(m.onTime), { sub: true }),
    line('late', 'late', n(m.late), { sub: true }),
    ...(m.reportedWithoutDate > 0 ? [line('without-date', 'withoutDate', n(m.reportedWithoutDate), { sub: true })] : []),
    line('not-reported', 'notReported', n(m.notReported)),
    line('open', 'open', n(m.open)),
    line('median', 'median', median),
    line('early', 'early', n(figures.earlySignals.pupils), { group: true }),
    line('early-later', 'earlyLater', n(figures.earlySignals.laterSixteenHours), { sub: true }),
    line('repeat', 'repeat', n(figures.repeat.pupilsWithSeveralMeldingen)),
  ];
  return (
    <dl className={styles.list} data-testid="eval-figures">
      {lines.map((l) => (
        <div key={l.id} style={{ display: 'contents' }} data-figure={l.id}>
          <dt className={mergeClasses(styles.term, l.sub && styles.sub, l.group && styles.group)}>{l.label}</dt>
          <dd className={mergeClasses(styles.value, l.group && styles.group)} data-testid={`eval-${l.id}`}>
            {l.value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
