import { useState } from 'react';
import { Button, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { CHART_IDS, CHART_TEXT, EvaluationChart } from '../../charts';
import { CATEGORY_LABELS } from '../../core/evaluation/labels';
import { evaluationSheet } from '../../core/evaluation/evaluationSheet';
import { SchoolYearSelect } from '../components/SchoolYearSelect';
import { displayDate } from '../dates';
import type { Session } from '../state/useSession';
import { KeyFigures } from '../evaluation/KeyFigures';
import { useElementWidth } from '../evaluation/useElementWidth';
import { useEvaluation } from '../evaluation/useEvaluation';
import { EVALUATION_TEXTS, useEvalT } from '../evaluation/texts';
import { format, useLang, useT } from '../i18n';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
  h2: { fontSize: tokens.fontSizeBase400, margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS}` },
  charts: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  figure: { margin: 0, minWidth: 0 },
  caption: { fontWeight: tokens.fontWeightSemibold, marginBottom: tokens.spacingVerticalXXS },
  reasons: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
  classes: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/**
 * The evaluation with the chain partners (MAS step 10) in the pane: a school year, its key figures
 * and the four charts of evaluatie.html and the Evaluatie sheet (one chart code, src/charts),
 * drawn at the pane's width; a button fills the Evaluatie sheet. Loaded lazily (App.tsx), so the
 * chart code is not in the pane's initial JavaScript.
 */
export function EvaluationTab({ session }: { session: Session }) {
  const t = useT();
  const te = useEvalT();
  const lang = useLang();
  const styles = useStyles();
  const { years, year, setYear, figures, fromSheet } = useEvaluation(session);
  const { ref, width } = useElementWidth<HTMLDivElement>(280);
  const [writing, setWriting] = useState(false);

  if (!session.result) {
    return (
      <section aria-label={t('tabEvaluation')}>
        <p className={styles.intro}>{te('intro')}</p>
        <MessageBar intent="info">
          <MessageBarBody>{t('notAnalysed')}</MessageBarBody>
        </MessageBar>
      </section>
    );
  }

  const fillSheet = async () => {
    if (!figures) return;
    setWriting(true);
    try {
      const settings = session.resultSettings ?? session.settings;
      const spec = evaluationSheet(figures, { school: settings.school.name || undefined });
      await session.writeEvaluationSheet(spec);
      const params = { year: figures.schoolYear, charts: spec.charts.length };
      session.setNotice({ intent: 'success', text: format(EVALUATION_TEXTS.nl.sheetFilled, params), textEn: format(EVALUATION_TEXTS.en.sheetFilled, params) });
    } catch (err) {
      session.setNotice({ intent: 'error', text: err instanceof Error ? err.message : String(err) });
    } finally {
      setWriting(false);
    }
  };

  const classes = figures ? Object.entries(figures.signals.byClass) : [];
  return (
    <section aria-label={t('tabEvaluation')} className={styles.root} data-testid="evaluation">
      <p className={styles.intro}>{te('intro')}</p>
      <SchoolYearSelect label={te('schoolYear')} years={years} value={year} onChange={setYear} testId="eval-year" />
      <div ref={ref} className={styles.charts}>
        {!figures ? (
          <Spinner size="small" label={te('reading')} />
        ) : (
          <>
            <p className={styles.intro} data-testid="eval-as-of">
              {te('asOf', { date: displayDate(figures.asOf) })}
            </p>
            {!fromSheet && (
              <MessageBar intent="info" data-testid="eval-no-sheet">
                <MessageBarBody>{te('noSheet')}</MessageBarBody>
              </MessageBar>
            )}
            <div className={styles.actions}>
              <Button appearance="primary" onClick={() => void fillSheet()} disabled={writing} data-testid="fill-evaluation-sheet">
                {te('fillSheet')}
              </Button>
            </div>
            <h2 className={styles.h2}>{te('keyFigures')}</h2>
            <KeyFigures figures={figures} />
            <h2 className={styles.h2}>{te('charts')}</h2>
            {CHART_IDS.map((id) => (
              <figure key={id} className={styles.figure} data-testid={`eval-chart-${id}`}>
                <figcaption className={styles.caption}>{CHART_TEXT[lang][id]}</figcaption>
                <EvaluationChart id={id} figures={figures} lang={lang} width={width} />
              </figure>
            ))}
            {classes.length > 0 && (
              <>
                <h2 className={styles.h2}>{te('byClass')}</h2>
                <ul className={styles.classes} data-testid="eval-classes">
                  {classes.map(([name, counts]) => (
                    <li key={name}>
                      {name}: {Object.values(counts).reduce((s, v) => s + (v ?? 0), 0)}
                    </li>
                  ))}
                </ul>
              </>
            )}
            <h2 className={styles.h2}>{te('reasons')}</h2>
            {figures.notReportedReasons.length === 0 ? (
              <p className={styles.intro}>{te('reasonsNone')}</p>
            ) : (
              <ul className={styles.reasons} data-testid="eval-reasons">
                {figures.notReportedReasons.map((r) => (
                  <li key={r.id}>
                    {CATEGORY_LABELS[lang][r.category]} ({r.id}): {r.reason === '' ? te('noReason') : r.reason}
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </div>
    </section>
  );
}

export default EvaluationTab;
