import { explainFlagParts, formatDate, formatHours, type Lang } from '../core/analysis/explainFlag';
import type { AnalysisResult, Flag } from '../core/analysis/types';
import type { CodeSummary } from '../core/register/types';
import type { Settings } from '../core/settings/schema';

export interface SummaryContext {
  file: string;
  settings: Settings;
  /** The import's code summary, to name the codes that still need a category. */
  codes?: readonly CodeSummary[];
  dateOrderWarning?: { message: string; messageEn: string };
  lang?: Lang;
}

/** A register with thousands of bad rows should not bury the signals: the rest is in --json. */
const MAX_PROBLEM_LINES = 25;

const REPORT_TO_NL: Record<Flag['reportTo'], string> = { leerplicht: 'leerplicht', school: 'school', jeugdarts: 'jeugdarts' };

/**
 * The readable result of `verzuimsignaal analyze` (Dutch by default): per pupil what was flagged,
 * why, what to do next and by when; then the problems and the counts, so nothing is left unsaid.
 */
export function formatSummary(result: AnalysisResult, ctx: SummaryContext): string {
  const lang = ctx.lang ?? 'nl';
  const nl = lang === 'nl';
  const out: string[] = [];
  const asOf = result.asOf ? formatDate(result.asOf, lang) : nl ? 'onbekend' : 'unknown';
  out.push(nl ? `Verzuimsignaal – analyse van ${ctx.file} (peildatum ${asOf})` : `Verzuimsignaal – analysis of ${ctx.file} (as of ${asOf})`);
  const i = result.input;
  out.push(
    nl
      ? `Rijen: ${i.rowsRead} gelezen, ${i.rowsCounted} geteld, ${i.rowsNotCounted} niet geteld${i.rowsAfterAsOf ? ` (waarvan ${i.rowsAfterAsOf} na de peildatum)` : ''}; ${i.students} ${i.students === 1 ? 'leerling' : 'leerlingen'}.`
      : `Rows: ${i.rowsRead} read, ${i.rowsCounted} counted, ${i.rowsNotCounted} not counted${i.rowsAfterAsOf ? ` (${i.rowsAfterAsOf} of them after the as-of date)` : ''}; ${i.students} ${i.students === 1 ? 'pupil' : 'pupils'}.`,
  );

  const pupils = groupByPupil(result.flags);
  const byTarget = (t: Flag['reportTo']): number => result.flags.filter((f) => f.reportTo === t).length;
  out.push('');
  if (result.flags.length === 0) {
    out.push(nl ? 'Geen signalen.' : 'No signals.');
  } else {
    out.push(
      nl
        ? `Signalen: ${result.flags.length} bij ${pupils.length} ${pupils.length === 1 ? 'leerling' : 'leerlingen'} (melden bij leerplicht: ${byTarget('leerplicht')}, school: ${byTarget('school')}, jeugdarts: ${byTarget('jeugdarts')}).`
        : `Signals: ${result.flags.length} for ${pupils.length} ${pupils.length === 1 ? 'pupil' : 'pupils'} (report to leerplicht: ${byTarget('leerplicht')}, school: ${byTarget('school')}, youth doctor: ${byTarget('jeugdarts')}).`,
    );
  }

  for (const flags of pupils) {
    const f0 = flags[0];
    const name = f0.studentName ? ` – ${f0.studentName}` : '';
    const cls = f0.className ? (nl ? ` (klas ${f0.className}${f0.mentor ? `, mentor ${f0.mentor}` : ''})` : ` (class ${f0.className}${f0.mentor ? `, mentor ${f0.mentor}` : ''})`) : '';
    out.push('');
    out.push(`${nl ? 'Leerling' : 'Pupil'} ${f0.studentId}${name}${cls}`);
    for (const f of flags) {
      const parts = explainFlagParts(f, lang, ctx.settings);
      const when = f.start === f.end ? formatDate(f.end, lang) : `${formatDate(f.start, lang)} ${nl ? 't/m' : 'to'} ${formatDate(f.end, lang)}`;
      const by = f.reportBy ? (nl ? `; melden vóór ${formatDate(f.reportBy, lang)}` : `; report by ${formatDate(f.reportBy, lang)}`) : '';
      out.push(`  • ${parts.title} – ${when}, ${formatHours(f.hours, lang)} ${nl ? 'uur' : 'hours'}; ${nl ? 'naar' : 'to'} ${REPORT_TO_NL[f.reportTo]}${by}`);
      out.push(`    ${parts.what}`);
      if (parts.window) out.push(`    ${parts.window}`);
      out.push(`    ${parts.rows}`);
      out.push(`    ${nl ? 'Volgende stap' : 'Next step'}: ${parts.next}`);
      out.push(`    ${nl ? 'Signaal-id' : 'Signal id'}: ${f.id}`);
    }
  }

  out.push('');
  if (result.problems.length === 0) {
    out.push(nl ? 'Problemen: geen.' : 'Problems: none.');
  } else {
    const kinds = new Map<string, number>();
    for (const p of result.problems) kinds.set(p.kind, (kinds.get(p.kind) ?? 0) + 1);
    const byKind = [...kinds].map(([k, n]) => `${k}: ${n}`).join(', ');
    out.push(nl ? `Problemen (${result.problems.length}; ${byKind}):` : `Problems (${result.problems.length}; ${byKind}):`);
    for (const p of result.problems.slice(0, MAX_PROBLEM_LINES)) out.push(`  ${nl ? p.message : p.messageEn}`);
    const more = result.problems.length - MAX_PROBLEM_LINES;
    if (more > 0) {
      out.push(
        nl
          ? `  … en nog ${more} ${more === 1 ? 'probleem' : 'problemen'}; alle problemen staan in de uitvoer van --json en van verzuimsignaal inspect.`
          : `  … and ${more} more; every problem is in the output of --json and of verzuimsignaal inspect.`,
      );
    }
  }
  const unmapped = (ctx.codes ?? []).filter((c) => c.category === null);
  if (unmapped.length > 0) {
    const list = unmapped.map((c) => `${c.code} (${c.rows} ${nl ? (c.rows === 1 ? 'rij' : 'rijen') : c.rows === 1 ? 'row' : 'rows'})`).join(', ');
    out.push(
      nl
        ? `Codes zonder categorie: ${list}. Leg ze vast onder "codes" in de instellingen (--config), dan tellen ze mee.`
        : `Codes without a category: ${list}. Map them under "codes" in the settings (--config) and they will be counted.`,
    );
  }
  if (ctx.dateOrderWarning) out.push(nl ? ctx.dateOrderWarning.message : ctx.dateOrderWarning.messageEn);
  return out.join('\n') + '\n';
}

function groupByPupil(flags: readonly Flag[]): Flag[][] {
  const groups: Flag[][] = [];
  for (const f of flags) {
    const last = groups[groups.length - 1];
    if (last && last[0].studentId === f.studentId) last.push(f);
    else groups.push([f]);
  }
  return groups;
}
