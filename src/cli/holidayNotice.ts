import { holidayGaps, registerSchoolYears, type HolidayGap } from '../core/calendar/holidayCoverage';
import type { RegisterImport } from '../core/register/types';
import type { Settings } from '../core/settings/schema';
import { say, wholeNumber, type CliLang } from './lang';

const REGION_NL = { noord: 'Noord', midden: 'Midden', zuid: 'Zuid' } as const;
const REGION_EN = { noord: 'North (noord)', midden: 'Central (midden)', zuid: 'South (zuid)' } as const;

function rows(n: number, lang: CliLang | undefined): string {
  return `${wholeNumber(n, lang)} ${say(lang, n === 1 ? 'rij' : 'rijen', n === 1 ? 'row' : 'rows')}`;
}

/**
 * One line per school year of the register without known holidays, with what fixes it: what
 * inspect, analyze and report print before anything else, so "0 geteld" never stands unexplained
 * behind a problem per row. The same check as the pane's notice (holidayCoverage.ts).
 */
export function holidayGapLines(
  gaps: readonly HolidayGap[],
  ctx: { file: string; config?: string; region: Settings['calendar']['region']; lang?: CliLang },
): string[] {
  const lang = ctx.lang;
  return gaps.map((g) => {
    const init = `verzuimsignaal init ${ctx.file} --holidays-text vakanties.txt --out instellingen.json`;
    const n = rows(g.rows, lang);
    if (g.kind === 'built-in') {
      return say(
        lang,
        `Let op: schooljaar ${g.schoolYear} heeft geen vakanties (de ingebouwde tabel van regio ${REGION_NL[ctx.region]} heeft dit jaar niet): ` +
          `${n} tellen niet mee. Oplossing: zet de vakanties uit de schoolgids in vakanties.txt en draai ` +
          `\`${init}\`, daarna met --config instellingen.json (of vul "calendar.holidays" in uw instellingen).`,
        `Note: school year ${g.schoolYear} has no holidays (the built-in table of region ${REGION_EN[ctx.region]} lacks this year): ` +
          `${n} are not counted. Fix: put the holidays from the school guide in vakanties.txt and run ` +
          `\`${init}\`, then use --config instellingen.json (or fill in "calendar.holidays" in your settings).`,
      );
    }
    const where = ctx.config ?? say(lang, 'de instellingen', 'the settings');
    return say(
      lang,
      `Let op: de vakantielijst in ${where} ("calendar.holidays") heeft niets voor schooljaar ${g.schoolYear}, ` +
        `waar het register ${n} heeft: de vakantiedagen tellen nu als schooldagen. Oplossing: voeg de vakanties van ` +
        `${g.schoolYear} toe aan "calendar.holidays", bijvoorbeeld met \`${init}\`.`,
      `Note: the holiday list in ${where} ("calendar.holidays") has nothing for school year ${g.schoolYear}, ` +
        `where the register has ${n}: its holidays now count as school days. Fix: add the holidays of ` +
        `${g.schoolYear} to "calendar.holidays", for example with \`${init}\`.`,
    );
  });
}

/** The gap lines for a loaded register and its settings (empty when every school year has holidays). */
export function holidayNotice(
  imported: Pick<RegisterImport, 'rows' | 'problems' | 'header'>,
  settings: Settings,
  ctx: { file: string; config?: string; lang?: CliLang },
): string[] {
  const gaps = holidayGaps(settings.calendar, registerSchoolYears(imported));
  return holidayGapLines(gaps, { ...ctx, region: settings.calendar.region });
}
