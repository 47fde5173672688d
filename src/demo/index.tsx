import { createRoot } from 'react-dom/client';
import { DemoApp } from './DemoApp';
import { bookView } from './bookView';
import { createSampleWorkbook } from './sampleWorkbook';
import { isMacDesktop, platformFromQuery } from '../taskpane/platform';

// Entry of the demo page: no office.js, nothing from outside this origin.
async function start() {
  const container = document.getElementById('root');
  if (!container) return;
  const wb = await createSampleWorkbook();
  const lang = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'nl';
  // "?platform=mac" shows the pane as Excel for Mac does: no downloads, the drafts sheet instead.
  const canDownload = !isMacDesktop(platformFromQuery(location.search));
  createRoot(container).render(<DemoApp book={bookView(wb)} initialLang={lang} canDownload={canDownload} />);
}

void start();
