import { useEffect, useState } from 'react';
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
import { LangContext, translator, type Lang } from './i18n';
import { useSession, type SessionOptions } from './state/useSession';
import { RegisterTab } from './tabs/RegisterTab';
import { SettingsTab } from './tabs/SettingsTab';
import { SignalsTab } from './tabs/SignalsTab';
import { ReportsTab } from './tabs/ReportsTab';
import { setValidationLanguage } from './zodLocale';

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
  panel: { flexGrow: 1, overflowY: 'auto', padding: tokens.spacingHorizontalM, minHeight: 0 },
});

export type TabId = 'register' | 'settings' | 'signals' | 'reports';

export interface TaskPaneProps {
  port: WorkbookPort;
  lang: Lang;
  /** Present in the demo: shows a language switch (in Excel, Office's display language decides). */
  onLangChange?: (lang: Lang) => void;
  initialTab?: TabId;
  sessionOptions?: SessionOptions;
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

function PaneBody({ port, lang, onLangChange, initialTab = 'signals', sessionOptions }: TaskPaneProps) {
  const styles = useStyles();
  const t = translator(lang);
  const session = useSession(port, sessionOptions);
  const [tab, setTab] = useState<TabId>(initialTab);
  const { notice, busy } = session;
  useEffect(() => setValidationLanguage(lang), [lang]);

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
        onTabSelect={(_, d) => setTab(d.value as TabId)}
        size="small"
      >
        <Tab value="signals" id="tab-signals">{t('tabSignals')}</Tab>
        <Tab value="register" id="tab-register">{t('tabRegister')}</Tab>
        <Tab value="settings" id="tab-settings">{t('tabSettings')}</Tab>
        <Tab value="reports" id="tab-reports">{t('tabReports')}</Tab>
      </TabList>
      <div className={styles.status} aria-live="polite">
        {busy && (
          <Field validationMessage={t(busy.key)} validationState="none">
            <ProgressBar value={busy.fraction} aria-label={t(busy.key)} />
          </Field>
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
        ) : tab === 'signals' ? (
          <SignalsTab session={session} />
        ) : tab === 'register' ? (
          <RegisterTab session={session} />
        ) : tab === 'settings' ? (
          <SettingsTab session={session} />
        ) : (
          <ReportsTab session={session} />
        )}
      </div>
    </div>
  );
}
