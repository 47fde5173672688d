import { createRoot } from 'react-dom/client';
import { OfficeWorkbook } from '../adapters/excel/officeWorkbook';
import { langFromLocale } from './i18n';
import { TaskPane } from './App';
import { NotInOffice } from './NotInOffice';

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
  root.render(<TaskPane port={new OfficeWorkbook()} lang={lang} />);
});
