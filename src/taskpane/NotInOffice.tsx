import { FluentProvider, MessageBar, MessageBarBody, MessageBarTitle, webLightTheme } from '@fluentui/react-components';
import { translator, type Lang } from './i18n';

/** Shown when taskpane.html is opened outside Excel. */
export function NotInOffice({ lang }: { lang: Lang }) {
  const t = translator(lang);
  return (
    <FluentProvider theme={webLightTheme}>
      <MessageBar intent="info">
        <MessageBarBody>
          <MessageBarTitle>{t('appTitle')}</MessageBarTitle>
          {t('notInOffice')}
        </MessageBarBody>
      </MessageBar>
    </FluentProvider>
  );
}
