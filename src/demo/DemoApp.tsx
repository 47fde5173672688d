import { useEffect, useState, useSyncExternalStore } from 'react';
import { TaskPane } from '../taskpane/App';
import type { Lang } from '../taskpane/i18n';
import type { WorkbookPort } from '../adapters/workbook/port';
import { GridView, type GridSheet } from './GridView';

/** What the demo shows of its in-memory workbook, and how it hears about changes. */
export interface DemoBook {
  port: WorkbookPort;
  subscribe(listener: () => void): () => void;
  /** A counter or object that changes whenever the workbook does (for useSyncExternalStore). */
  version(): number;
  /** The visible sheets, in tab order. */
  sheets(): GridSheet[];
  /** The current selection: its sheet and a key that changes with every new selection. */
  selection(): { sheet: string; key: string } | undefined;
}

const text = {
  nl: {
    title: 'Verzuimsignaal – demo',
    note: 'Alles draait in deze browser: een voorbeeldregister van een fictieve school, geen echte leerlingen, niets gaat over het netwerk.',
    sheets: 'Werkbladen',
    workbook: 'Werkmap',
  },
  en: {
    title: 'Verzuimsignaal – demo',
    note: 'Everything runs in this browser: a sample register of a fictitious school, no real pupils, nothing goes over the network.',
    sheets: 'Sheets',
    workbook: 'Workbook',
  },
} as const;

export interface DemoAppProps {
  book: DemoBook;
  initialLang?: Lang;
  canDownload?: boolean;
  /** Width of the task pane in px ("?pane=320": Excel's narrowest pane). */
  paneWidth?: number;
}

export function DemoApp({ book, initialLang = 'nl', canDownload = true, paneWidth = 400 }: DemoAppProps) {
  const [lang, setLang] = useState<Lang>(initialLang);
  const version = useSyncExternalStore(book.subscribe, book.version);
  const sheets = book.sheets();
  const [active, setActive] = useState<string | undefined>(sheets[0]?.name);
  const selection = book.selection();

  // Follow the workbook like Excel does: a selection or a newly written sheet becomes visible.
  const [seenVersion, setSeenVersion] = useState(version);
  const [seenSheets, setSeenSheets] = useState(() => sheets.map((s) => s.name).join('\n'));
  useEffect(() => {
    if (version === seenVersion) return;
    setSeenVersion(version);
    const names = sheets.map((s) => s.name);
    const joined = names.join('\n');
    if (joined !== seenSheets) {
      const added = names.find((n) => !seenSheets.split('\n').includes(n));
      if (added) setActive(added);
      setSeenSheets(joined);
    }
  }, [version, seenVersion, sheets, seenSheets]);
  const selectionKey = selection ? `${selection.sheet}\n${selection.key}` : '';
  useEffect(() => {
    if (selectionKey) setActive(selectionKey.split('\n')[0]);
  }, [selectionKey]);

  const sheet = sheets.find((s) => s.name === active) ?? sheets[0];
  const tx = text[lang];

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  return (
    <div style={{ display: 'flex', flexDirection: 'column', height: '100%' }}>
      <header style={{ padding: '8px 16px', background: '#0F6CBD', color: '#FFFFFF', display: 'flex', gap: 16, alignItems: 'baseline' }}>
        <h1 style={{ fontSize: 18, margin: 0 }}>{tx.title}</h1>
        <p style={{ margin: 0, fontSize: 13 }}>{tx.note}</p>
      </header>
      <div style={{ display: 'flex', flex: 1, minHeight: 0 }}>
        <main aria-label={tx.workbook} style={{ flex: 1, minWidth: 0, display: 'flex', flexDirection: 'column', borderRight: '1px solid #D1D1D1' }}>
          {sheet ? <GridView key={sheet.name} sheet={sheet} lang={lang} /> : null}
          <div role="tablist" aria-label={tx.sheets} style={{ display: 'flex', gap: 2, background: '#F3F2F1', borderTop: '1px solid #D1D1D1', padding: '0 8px' }}>
            {sheets.map((s) => (
              <button
                key={s.name}
                role="tab"
                aria-selected={s.name === sheet?.name}
                onClick={() => setActive(s.name)}
                style={{
                  border: 'none',
                  borderBottom: s.name === sheet?.name ? '3px solid #0F6CBD' : '3px solid transparent',
                  background: s.name === sheet?.name ? '#FFFFFF' : 'transparent',
                  padding: '6px 12px',
                  cursor: 'pointer',
                  font: 'inherit',
                  fontSize: 13,
                }}
              >
                {s.name}
              </button>
            ))}
          </div>
        </main>
        <aside data-testid="pane" style={{ width: paneWidth, flexShrink: 0, display: 'flex', flexDirection: 'column', minHeight: 0 }}>
          <TaskPane port={book.port} lang={lang} onLangChange={setLang} canDownload={canDownload} />
        </aside>
      </div>
    </div>
  );
}
