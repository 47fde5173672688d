import { lazy, Suspense, useEffect, useMemo, useState, type ReactNode } from 'react';
import {
  Button,
  Field,
  FluentProvider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  ProgressBar,
  Select,
  Spinner,
  Tab,
  TabList,
  makeStyles,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import type { WorkbookPort } from '../adapters/workbook/port';
import { LangContext, translator, type Lang, type MessageKey } from './i18n';
import { useSession, type Session, type SessionOptions } from './state/useSession';
import { useSignalsView, type SignalsView } from './tabs/signalsView';
import { RegisterTab } from './tabs/RegisterTab';
import { SettingsTab } from './tabs/SettingsTab';
import { SignalsTab } from './tabs/SignalsTab';
import { setValidationLanguage } from './zodLocale';

// The evaluation tab and its charts (visx) load when the tab is first opened: not in the initial JavaScript.
const EvaluationTab = lazy(() => import(/* webpackChunkName: "evaluation" */ './tabs/EvaluationTab'));
// So do the reports tab and the drafts it builds (the pane's initial JavaScript has a budget of 300 KB
// gzipped); unlike the evaluation, the administrator opens it every day, so it is fetched as soon as
// the pane has been drawn and is there by the time the tab is clicked.
const loadReportsTab = () => import(/* webpackChunkName: "reports" */ './tabs/ReportsTab');
const ReportsTab = lazy(() => loadReportsTab().then((m) => ({ default: m.ReportsTab })));
import { holidayGaps, registerSchoolYears } from './settings/holidayCoverage';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    height: '100%',
    minHeight: 0,
    fontFamily: tokens.fontFamilyBase,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  header: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} 0`,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, flexGrow: 1 },
  status: { padding: `0 ${tokens.spacingHorizontalM}`, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  panel: { flexGrow: 1, overflowY: 'auto', overflowX: 'hidden', padding: tokens.spacingHorizontalM, minHeight: 0 },
  // Tabs wrap to a second line in a narrow pane instead of being cut off (and leave room for more).
  tabs: { flexWrap: 'wrap' },
});

export type TabId = 'register' | 'settings' | 'signals' | 'reports' | 'evaluation';

/** What a tab gets from the pane; a new tab adds its id, its label and its body to TABS. */
interface TabContext {
  session: Session;
  canDownload: boolean;
  addHolidayYear: string | undefined;
  signalsView: SignalsView;
  goTo: (tab: TabId) => void;
}

/** The tabs in their order: one entry each. */
const TABS: readonly { id: TabId; label: MessageKey; render: (c: TabContext) => ReactNode }[] = [
  { id: 'signals', label: 'tabSignals', render: (c) => <SignalsTab session={c.session} view={c.signalsView} onShowRegister={() => c.goTo('register')} /> },
  { id: 'register', label: 'tabRegister', render: (c) => <RegisterTab session={c.session} /> },
  { id: 'settings', label: 'tabSettings', render: (c) => <SettingsTab session={c.session} addHolidayYear={c.addHolidayYear} /> },
  {
    id: 'reports',
    label: 'tabReports',
    render: (c) => (
      <Suspense fallback={<Spinner size="small" />}>
        <ReportsTab session={c.session} canDownload={c.canDownload} />
      </Suspense>
    ),
  },
  {
    id: 'evaluation',
    label: 'tabEvaluation',
    render: (c) => (
      <Suspense fallback={<Spinner size="small" />}>
        <EvaluationTab session={c.session} />
      </Suspense>
    ),
  },
];

export interface TaskPaneProps {
  port: WorkbookPort;
  lang: Lang;
  /** Present in the demo: shows a language switch (in Excel, Office's display language decides). */
  onLangChange?: (lang: Lang) => void;
  initialTab?: TabId;
  sessionOptions?: SessionOptions;
  /** False on Excel for Mac desktop (isMacDesktop): the pane then offers no downloads. */
  canDownload?: boolean;
}

/** The task pane: the same component in Excel and in the demo; it only knows the WorkbookPort. */
export function TaskPane(props: TaskPaneProps) {
  return (
    <FluentProvider theme={webLightTheme} style={{ height: '100%' }} lang={props.lang === 'nl' ? 'nl-NL' : 'en-US'}>
      <LangContext.Provider value={props.lang}>
        <PaneBody {...props} />
      </LangContext.Provider>
    </FluentProvider>
  );
}

function PaneBody({ port, lang, onLangChange, initialTab = 'signals', sessionOptions, canDownload = true }: TaskPaneProps) {
  const styles = useStyles();
  const t = translator(lang);
  const session = useSession(port, sessionOptions);
  const [tab, setTab] = useState<TabId>(initialTab);
  // Kept here, not in the tab: filters and the open pupil survive switching tabs.
  const signalsView = useSignalsView();
  /** The school year the user asked to add holidays for, from the warning below; consumed by the Settings tab. */
  const [addHolidayYear, setAddHolidayYear] = useState<string | undefined>();
  const { imported, read } = session;
  // The register has dates in a school year without known holidays: say so on every tab (the
  // Settings tab shows its own warning, against the settings being edited).
  const gaps = useMemo(
    () => (imported ? holidayGaps(session.settings.calendar, registerSchoolYears(imported, read)) : []),
    [imported, read, session.settings.calendar],
  );
  const selectTab = (next: TabId) => {
    if (next !== 'settings') setAddHolidayYear(undefined);
    setTab(next);
  };
  const { notice, busy } = session;
  // The shown results were made with other settings than the saved ones: say so, offer a new run.
  const stale = useMemo(
    () => session.resultSettings !== undefined && JSON.stringify(session.resultSettings) !== JSON.stringify(session.settings),
    [session.resultSettings, session.settings],
  );
  useEffect(() => setValidationLanguage(lang), [lang]);
  useEffect(() => {
    // A failed fetch here is not an error yet: opening the tab tries again and shows it.
    void loadReportsTab().catch(() => undefined);
  }, []);

  return (
    <div className={styles.root}>
      <div className={styles.header}>
        <h1 className={styles.title}>{t('appTitle')}</h1>
        {onLangChange && (
          <Select
            aria-label={t('language')}
            size="small"
            value={lang}
            onChange={(_, d) => onLangChange(d.value === 'en' ? 'en' : 'nl')}
          >
            <option value="nl">Nederlands</option>
            <option value="en">English</option>
          </Select>
        )}
      </div>
      <TabList
        aria-label={t('tabsLabel')}
        selectedValue={tab}
        onTabSelect={(_, d) => selectTab(d.value as TabId)}
        size="small"
        className={styles.tabs}
      >
        {TABS.map((x) => (
          <Tab key={x.id} value={x.id} id={`tab-${x.id}`}>
            {t(x.label)}
          </Tab>
        ))}
      </TabList>
      <div className={styles.status} aria-live="polite">
        {busy && (
          <Field validationMessage={t(busy.key)} validationState="none">
            <ProgressBar value={busy.fraction} aria-label={t(busy.key)} />
          </Field>
        )}
        {session.largeRead && (
          <MessageBar intent="warning" data-testid="large-read">
            <MessageBarBody>
              {t('largeRead', { rows: session.largeRead.rows.toLocaleString(lang === 'en' ? 'en-GB' : 'nl-NL'), cells: session.largeRead.cells.toLocaleString(lang === 'en' ? 'en-GB' : 'nl-NL') })}
            </MessageBarBody>
            <MessageBarActions>
              <Button size="small" appearance="primary" onClick={() => session.largeRead?.answer(true)} data-testid="large-read-continue">
                {t('largeReadContinue')}
              </Button>
              <Button size="small" onClick={() => session.largeRead?.answer(false)} data-testid="large-read-cancel">
                {t('largeReadCancel')}
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
        {tab !== 'settings' &&
          gaps.map((g) => (
            <MessageBar key={g.schoolYear} intent="warning" data-testid="holiday-gap">
              <MessageBarBody>
                {t('holidayGap', { rows: g.rows, year: g.schoolYear })} {t(g.kind === 'built-in' ? 'holidayGapBuiltIn' : 'holidayGapOwn')}
              </MessageBarBody>
              <MessageBarActions>
                <Button
                  size="small"
                  onClick={() => {
                    setAddHolidayYear(g.schoolYear);
                    setTab('settings');
                  }}
                >
                  {t('holidayGapAdd', { year: g.schoolYear })}
                </Button>
              </MessageBarActions>
            </MessageBar>
          ))}
        {stale && (
          <MessageBar intent="warning" data-testid="stale-results">
            <MessageBarBody>{t('staleResults')}</MessageBarBody>
            <MessageBarActions>
              <Button size="small" disabled={!!busy} onClick={() => void session.run(true)} data-testid="analyse-again">
                {t('analyseAgain')}
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
        {notice && (
          <MessageBar intent={notice.intent} data-testid="pane-notice">
            <MessageBarBody>
              {[(lang === 'en' && notice.textEn) || notice.text, notice.key ? t(notice.key, notice.params) : ''].filter(Boolean).join(' ')}
            </MessageBarBody>
            <MessageBarActions
              containerAction={
                <Button appearance="transparent" size="small" aria-label={t('close')} onClick={() => session.setNotice(undefined)}>
                  ×
                </Button>
              }
            />
          </MessageBar>
        )}
      </div>
      <div className={styles.panel} role="tabpanel" aria-labelledby={`tab-${tab}`}>
        {!session.ready ? (
          <Spinner label={t('loading')} />
        ) : (
          (TABS.find((x) => x.id === tab) ?? TABS[0]).render({ session, canDownload, addHolidayYear, signalsView, goTo: selectTab })
        )}
      </div>
    </div>
  );
}
