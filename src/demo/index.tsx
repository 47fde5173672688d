import '../taskpane/zodConfig';
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
  // "?pane=320" shows the pane as narrow as Excel's narrowest task pane.
  const pane = Number(new URLSearchParams(location.search).get('pane'));
  const paneWidth = Number.isFinite(pane) && pane >= 280 && pane <= 800 ? pane : undefined;
  createRoot(container).render(<DemoApp book={bookView(wb)} initialLang={lang} canDownload={canDownload} paneWidth={paneWidth} />);
}

void start();
