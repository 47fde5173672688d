import { renderToStaticMarkup } from 'react-dom/server';
import { CHART_IDS, CHART_TEXT, EvaluationChart } from '../charts';
import { CHART_FONT } from '../charts/theme';
import { evaluationTables } from '../core/evaluation/tables';
import type { EvaluationFigures } from '../core/evaluation/types';
import type { ExportTable } from '../core/export/table';

export const EVALUATION_HTML_NAME = 'evaluatie.html';

const CHART_WIDTH = 640;

const STYLE = `
  @page { size: A4; margin: 16mm; }
  body { font-family: ${CHART_FONT}; color: #242424; margin: 24px auto; max-width: 720px; line-height: 1.4; }
  h1 { font-size: 22px; margin: 0 0 4px; } h2 { font-size: 16px; margin: 24px 0 8px; }
  p.meta { color: #616161; margin: 0 0 16px; }
  section { break-inside: avoid; page-break-inside: avoid; }
  table { border-collapse: collapse; font-size: 12px; margin: 4px 0 12px; }
  th, td { border: 1px solid #d1d1d1; padding: 3px 8px; text-align: left; vertical-align: top; }
  td.n { text-align: right; }
  th { background: #f5f5f5; }
  svg { display: block; max-width: 100%; height: auto; }
`;

function Table({ table }: { table: ExportTable }) {
  return (
    <table>
      <thead>
        <tr>
          {table.columns.map((c) => (
            <th key={c.header}>{c.header}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row, r) => (
          <tr key={r}>
            {row.map((v, c) => (
              <td key={c} className={typeof v === 'number' ? 'n' : undefined}>
                {v === null ? '–' : String(v)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function EvaluationPage({ figures, school }: { figures: EvaluationFigures; school?: string }) {
  const tables = new Map(evaluationTables(figures).map((t) => [t.name, t]));
  const table = (name: string) => {
    const t = tables.get(name);
    return t && t.rows.length > 0 ? <Table table={t} /> : <p>Geen.</p>;
  };
  return (
    <html lang="nl">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`Evaluatie verzuim ${figures.schoolYear}`}</title>
        <style>{STYLE}</style>
      </head>
      <body>
        <h1>Evaluatie schoolverzuim {figures.schoolYear}</h1>
        <p className="meta">
          {school ? `${school} · ` : ''}MAS stap 10, voor het overleg met de ketenpartners · peildatum {figures.asOf}
        </p>
        <section>
          <h2>Kerncijfers</h2>
          {table('Overzicht')}
        </section>
        {CHART_IDS.map((id) => (
          <section key={id}>
            <h2>{CHART_TEXT.nl[id]}</h2>
            <EvaluationChart id={id} figures={figures} lang="nl" width={CHART_WIDTH} />
          </section>
        ))}
        <section>
          <h2>Signalen per klas</h2>
          {table('Per klas')}
        </section>
        <section>
          <h2>Niet gemeld, en waarom (pas toe of leg uit)</h2>
          {table('Niet gemeld')}
        </section>
      </body>
    </html>
  );
}

/**
 * One printable page for the meeting with the chain partners: the figures as tables and the charts
 * as inline SVG. Self-contained: no script, no stylesheet, font or image from anywhere else.
 */
export function evaluationHtml(figures: EvaluationFigures, options: { school?: string } = {}): string {
  return `<!DOCTYPE html>${renderToStaticMarkup(<EvaluationPage figures={figures} school={options.school} />)}`;
}
