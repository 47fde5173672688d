import type { ExportTable } from '../export/table';
import { CATEGORY_LABELS, MELDING_LABELS, MELDING_STATES, monthLabel } from './labels';
import { EVALUATION_CATEGORIES, type EvaluationFigures } from './types';

/**
 * The figures as plain tables (Dutch): the sheets of evaluatie.xlsx and the blocks of the
 * "Evaluatie" sheet in Excel. One table per figure group, so every number output.md names shows.
 */
export function evaluationTables(f: EvaluationFigures): ExportTable[] {
  const cat = CATEGORY_LABELS.nl;
  const m = f.meldingen;
  const labels = MELDING_LABELS.nl;
  return [
    {
      name: 'Overzicht',
      columns: [
        { header: 'Onderdeel', kind: 'text', width: 44 },
        { header: 'Aantal', kind: 'number', width: 12 },
      ],
      rows: [
        ['Schooljaar', f.schoolYear],
        ['Peildatum', f.asOf],
        ['Signalen', f.signals.total],
        ...EVALUATION_CATEGORIES.map((c): [string, number] => [`Signalen: ${cat[c]}`, f.signals.byCategory[c]]),
        ['Te melden bij leerplicht', m.due],
        ['Gemeld', m.reported],
        [labels.onTime, m.onTime],
        [labels.late, m.late],
        [labels.reportedWithoutDate, m.reportedWithoutDate],
        [labels.notReported, m.notReported],
        [labels.open, m.open],
        ['Mediaan werkdagen tot melding', m.medianWorkingDaysToReport],
        ['Leerlingen met een vroegsignaal', f.earlySignals.pupils],
        ['…van wie later 16 uur', f.earlySignals.laterSixteenHours],
        ['Leerlingen met meer dan één melding', f.repeat.pupilsWithSeveralMeldingen],
      ],
    },
    {
      name: 'Per maand',
      columns: [{ header: 'Maand', kind: 'text', width: 12 }, ...EVALUATION_CATEGORIES.map((c) => ({ header: cat[c], kind: 'number' as const, width: 14 })), { header: 'Totaal', kind: 'number', width: 10 }],
      rows: Object.entries(f.signals.byMonth).map(([month, counts]) => [
        monthLabel(month, 'nl'),
        ...EVALUATION_CATEGORIES.map((c) => counts[c] ?? 0),
        EVALUATION_CATEGORIES.reduce((s, c) => s + (counts[c] ?? 0), 0),
      ]),
    },
    {
      name: 'Per klas',
      columns: [{ header: 'Klas', kind: 'text', width: 10 }, ...EVALUATION_CATEGORIES.map((c) => ({ header: cat[c], kind: 'number' as const, width: 14 })), { header: 'Totaal', kind: 'number', width: 10 }],
      rows: Object.entries(f.signals.byClass).map(([className, counts]) => [
        className,
        ...EVALUATION_CATEGORIES.map((c) => counts[c] ?? 0),
        EVALUATION_CATEGORIES.reduce((s, c) => s + (counts[c] ?? 0), 0),
      ]),
    },
    {
      name: 'Meldingen',
      columns: [
        { header: 'Meldingen', kind: 'text', width: 28 },
        { header: 'Aantal', kind: 'number', width: 10 },
      ],
      rows: MELDING_STATES.map((s) => [labels[s], m[s]]),
    },
    countTable('Routes', 'Route', f.routes),
    countTable('Resultaten', 'Resultaat', f.results),
    {
      name: 'Niet gemeld',
      columns: [
        { header: 'Signaal-id', kind: 'text', width: 14 },
        { header: 'Signaal', kind: 'text', width: 18 },
        { header: 'Reden', kind: 'text', width: 60 },
      ],
      rows: f.notReportedReasons.map((r) => [r.id, cat[r.category], r.reason]),
    },
  ];
}

function countTable(name: string, header: string, counts: Record<string, number>): ExportTable {
  return {
    name,
    columns: [
      { header, kind: 'text', width: 44 },
      { header: 'Aantal', kind: 'number', width: 10 },
    ],
    rows: Object.entries(counts).map(([k, n]) => [k, n]),
  };
}
