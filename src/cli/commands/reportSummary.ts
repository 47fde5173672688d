import type { DraftPlan } from '../../core/drafts/buildDrafts';
import { dutchDate } from '../../core/drafts/draftColumns';
import type { LetterPlan, LetterSkipReason } from '../../core/drafts/letters';
import type { DraftMelding, DraftReportingEntry } from '../../core/drafts/types';
import { REPORTING_SHEET_NAME } from '../../core/reporting/reportingSheet';
import { say, type CliLang } from '../lang';

/** What `report` did, as its console summary needs it. */
export interface ReportRun {
  asOf: string;
  /** The date the documents carry (ISO). */
  today: string;
  /** The coordinator's entries read from the sheet "Verzuimsignalen", when the register had it. */
  entries: ReadonlyMap<string, DraftReportingEntry> | undefined;
  plan: DraftPlan;
  letters: LetterPlan;
  /** --out as given, and the names written into it. */
  out: string;
  files: readonly { name: string }[];
  /** Documents of an earlier run removed from --out. */
  removed: readonly string[];
}

// Sheet values ("Niet melden", "Gemeld") and the Dutch terms of the office (leerplicht, DUO) stay as
// the school sees them in Excel; dates stay dd-mm-yyyy in both languages, as the pane shows them.
const SKIP_REASONS: Readonly<Record<LetterSkipReason, { nl: string; en: string }>> = {
  reported: { nl: 'signaal al gemeld of afgesloten', en: 'signal already reported or closed' },
  'already-sent': { nl: 'brief eerder gemaakt of verstuurd', en: 'letter made or sent before' },
  'not-reported': { nl: 'status Niet melden', en: 'status Niet melden (not to be reported)' },
  'after-melding': { nl: 'vroegsignaal na een melding van 16 uur', en: 'early signal after a sixteen-hours melding' },
};

function draftLabel(d: DraftMelding, lang: CliLang | undefined): string {
  const end = d.einddatum ? dutchDate(d.einddatum) : '?';
  return say(
    lang,
    `leerling ${d.pupil.id}, ${d.duoType} ${dutchDate(d.begindatum)} t/m ${end}`,
    `pupil ${d.pupil.id}, ${d.duoType} ${dutchDate(d.begindatum)} to ${end}`,
  );
}

/**
 * The lines `report` prints after the holiday notice: what was drafted, left out and why, what
 * each draft still lacks, and what was written and removed. Only these lines follow --lang: the
 * documents themselves are Dutch, for the attendance office and the parents.
 */
export function reportSummary(run: ReportRun, lang: CliLang | undefined): string[] {
  const t = (nl: string, en: string): string => say(lang, nl, en);
  const { plan, letters } = run;
  const drafts = plan.drafts;
  const pupils = [...new Set(drafts.map((d) => d.pupil.id))];
  const out: string[] = [];
  out.push(t(`Peildatum ${dutchDate(run.asOf)}; documenten gemaakt op ${dutchDate(run.today)}.`, `As of ${dutchDate(run.asOf)}; documents dated ${dutchDate(run.today)}.`));
  if (run.entries) {
    const n = run.entries.size;
    out.push(t(`Status en acties gelezen uit werkblad ${REPORTING_SHEET_NAME} (${n} signalen).`, `Status and actions read from the sheet ${REPORTING_SHEET_NAME} (${n} signals).`));
  }
  out.push(
    t(`Conceptmeldingen voor leerplicht: ${drafts.length}`, `Draft meldingen for the attendance office (leerplicht): ${drafts.length}`) +
      (pupils.length > 0 ? t(` (leerlingen ${pupils.join(', ')})`, ` (pupils ${pupils.join(', ')})`) : ''),
  );
  const overdue = drafts.filter((d) => d.reportByPassed);
  if (overdue.length > 0) {
    out.push(t(`LET OP: ${overdue.length} melding(en) te laat, de meldtermijn is verstreken:`, `NOTE: ${overdue.length} melding(en) overdue, the reporting deadline has passed:`));
    for (const d of overdue) {
      const by = d.reportBy ? dutchDate(d.reportBy) : '?';
      out.push(`  ${draftLabel(d, lang)}: ${t(`melden uiterlijk ${by}`, `report by ${by}`)}`);
    }
  }
  if (plan.reported.length > 0) {
    out.push(t(`Overgeslagen, al gemeld: ${plan.reported.length}`, `Skipped, already reported: ${plan.reported.length}`));
    for (const d of plan.reported) {
      const r = d.alreadyReported;
      const on = r?.on ? t(` op ${dutchDate(r.on)}`, ` on ${dutchDate(r.on)}`) : '';
      const nr = r?.duoNumber ? t(`, DUO-meldingsnummer ${r.duoNumber}`, `, DUO report number ${r.duoNumber}`) : '';
      out.push(`  ${draftLabel(d, lang)}: ${r?.status ?? 'Gemeld'}${on}${nr}`);
    }
  }
  if (plan.notReported.length > 0) {
    out.push(t(`Overgeslagen, status Niet melden (met reden): ${plan.notReported.length}`, `Skipped, status Niet melden (not to be reported) with a reason: ${plan.notReported.length}`));
  }
  if (plan.refused.length > 0) {
    out.push(
      t(
        `Niet melden geweigerd (geen reden; pas toe of leg uit), concept wel gemaakt: ${plan.refused.length}`,
        `Niet melden refused (no reason; comply or explain), draft made all the same: ${plan.refused.length}`,
      ),
    );
    for (const r of plan.refused) out.push(`  ${t(r.message, r.messageEn)}`);
  }
  const incomplete = drafts.filter((d) => d.warnings.length > 0);
  if (incomplete.length > 0) {
    out.push(t('Controleer vóór het melden:', 'Check before reporting:'));
    for (const d of incomplete) {
      out.push(`  ${draftLabel(d, lang)}:`);
      for (const w of d.warnings) out.push(`    - ${t(w.message, w.messageEn)}`);
    }
  }
  out.push(t(`Brieven aan ouders (vanaf 18 jaar aan de leerling zelf): ${letters.letters.length}`, `Letters to parents (from age 18 to the pupil): ${letters.letters.length}`));
  if (letters.skipped.length > 0) {
    const byReason = new Map<LetterSkipReason, number>();
    for (const s of letters.skipped) byReason.set(s.reason, (byReason.get(s.reason) ?? 0) + 1);
    const why = [...byReason].map(([reason, n]) => `${n} ${t(SKIP_REASONS[reason].nl, SKIP_REASONS[reason].en)}`).join('; ');
    out.push(t(`Brieven overgeslagen: ${letters.skipped.length} (${why})`, `Letters skipped: ${letters.skipped.length} (${why})`));
  }
  // One line per warning text: every letter of a school without a name says the same.
  const letterWarnings = new Set(letters.letters.flatMap((l) => l.warnings.map((w) => t(w.message, w.messageEn))));
  for (const w of letterWarnings) out.push(`  - ${w}`);
  out.push(t(`Geschreven in ${run.out}:`, `Written to ${run.out}:`));
  for (const f of run.files) out.push(`  ${f.name}`);
  if (run.removed.length > 0) {
    out.push(t(`Verwijderd, van een eerdere run en niet meer van toepassing: ${run.removed.length}`, `Removed, from an earlier run and no longer applicable: ${run.removed.length}`));
    for (const name of run.removed) out.push(`  ${name}`);
  }
  return out;
}
