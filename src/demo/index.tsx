import { createRoot } from 'react-dom/client';
import { DemoApp } from './DemoApp';
import { bookView } from './bookView';
import { createSampleWorkbook } from './sampleWorkbook';

// Entry of the demo page: no office.js, nothing from outside this origin.
async function start() {
  const container = document.getElementById('root');
  if (!container) return;
  const wb = await createSampleWorkbook();
  const lang = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'nl';
  createRoot(container).render(<DemoApp book={bookView(wb)} initialLang={lang} />);
}

void start();
