import { CATEGORY_LABELS, MELDING_LABELS, monthLabel } from './labels';
import { EVALUATION_CATEGORIES, type EvaluationFigures } from './types';

function list(counts: Record<string, number>): string[] {
  const entries = Object.entries(counts);
  return entries.length === 0 ? ['  (nog niets ingevuld)'] : entries.map(([k, n]) => `  ${k}: ${n}`);
}

/** The evaluation as readable Dutch text, for the command line without --json or --out. */
export function evaluationSummary(f: EvaluationFigures, options: { file?: string; fromSheet: boolean }): string {
  const m = f.meldingen;
  const cat = CATEGORY_LABELS.nl;
  const labels = MELDING_LABELS.nl;
  const lines: string[] = [];
  lines.push(`Evaluatie schoolverzuim ${f.schoolYear} (MAS stap 10), peildatum ${f.asOf}${options.file ? ` – ${options.file}` : ''}`);
  if (!options.fromSheet) lines.push('Geen blad "Verzuimsignalen" gevonden: elk signaal telt als Nieuw (niets gemeld).');
  lines.push('');
  lines.push(`Signalen: ${f.signals.total}`);
  for (const c of EVALUATION_CATEGORIES) if (f.signals.byCategory[c] > 0) lines.push(`  ${cat[c]}: ${f.signals.byCategory[c]}`);
  const months = Object.entries(f.signals.byMonth)
    .map(([month, counts]) => [month, Object.values(counts).reduce((s, n) => s + (n ?? 0), 0)] as const)
    .filter(([, n]) => n > 0);
  if (months.length > 0) lines.push(`  per maand: ${months.map(([month, n]) => `${monthLabel(month, 'nl')} ${n}`).join(', ')}`);
  lines.push('');
  lines.push(`Meldingen bij leerplicht: ${m.due} te melden, ${m.reported} gemeld, ${m.notReported} niet gemeld, ${m.open} open`);
  lines.push(`  ${labels.onTime}: ${m.onTime}; ${labels.late.toLowerCase()}: ${m.late}${m.reportedWithoutDate > 0 ? `; ${labels.reportedWithoutDate.toLowerCase()}: ${m.reportedWithoutDate}` : ''}`);
  lines.push(
    m.medianWorkingDaysToReport === null
      ? '  Tijd tot melding: nog geen melding met datum.'
      : `  Mediaan: ${String(m.medianWorkingDaysToReport).replace('.', ',')} werkdag(en) van einde signaal tot melding.`,
  );
  lines.push('');
  lines.push('Gekozen routes:', ...list(f.routes));
  lines.push('Resultaten:', ...list(f.results));
  lines.push('');
  lines.push(`Vroegsignalen: ${f.earlySignals.pupils} leerling(en); van hen kregen er ${f.earlySignals.laterSixteenHours} later een 16-urensignaal.`);
  lines.push(`Leerlingen met meer dan één melding: ${f.repeat.pupilsWithSeveralMeldingen}.`);
  if (f.notReportedReasons.length > 0) {
    lines.push('', 'Niet gemeld (pas toe of leg uit):');
    for (const r of f.notReportedReasons) lines.push(`  ${r.id} (${cat[r.category]}): ${r.reason === '' ? 'GEEN REDEN OPGEGEVEN' : r.reason}`);
  }
  return lines.join('\n') + '\n';
}
