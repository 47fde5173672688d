import './zodConfig';
import { createRoot } from 'react-dom/client';
import { OfficeWorkbook } from '../adapters/excel/officeWorkbook';
import { langFromLocale } from './i18n';
import { TaskPane } from './App';
import { NotInOffice } from './NotInOffice';
import { isMacDesktop, officePlatformInfo } from './platform';

// Entry of taskpane.html inside Excel. Office decides the language; outside Office (the page
// opened in a plain browser) the pane explains where to find the demo instead of failing.
Office.onReady((info) => {
  const container = document.getElementById('root');
  if (!container) return;
  const root = createRoot(container);
  const lang = langFromLocale(Office.context?.displayLanguage);
  if (info.host !== Office.HostType.Excel) {
    root.render(<NotInOffice lang={lang} />);
    return;
  }
  // Excel for Mac cannot download from a pane: the pane then points to the drafts sheet instead.
  const platform = officePlatformInfo(Office);
  const mac = isMacDesktop({ ...platform, platform: platform.platform ?? info.platform });
  root.render(<TaskPane port={new OfficeWorkbook()} lang={lang} canDownload={!mac} />);
});
