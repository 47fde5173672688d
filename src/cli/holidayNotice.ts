import { holidayGaps, registerSchoolYears, type HolidayGap } from '../core/calendar/holidayCoverage';
import type { RegisterImport } from '../core/register/types';
import type { Settings } from '../core/settings/schema';

const REGION_NL = { noord: 'Noord', midden: 'Midden', zuid: 'Zuid' } as const;

function rows(n: number): string {
  return `${n.toLocaleString('nl-NL')} ${n === 1 ? 'rij' : 'rijen'}`;
}

/**
 * One line per school year of the register without known holidays, with what fixes it: what
 * inspect, analyze and report print before anything else, so "0 geteld" never stands unexplained
 * behind a problem per row. The same check as the pane's notice (holidayCoverage.ts).
 */
export function holidayGapLines(gaps: readonly HolidayGap[], ctx: { file: string; config?: string; region: Settings['calendar']['region'] }): string[] {
  return gaps.map((g) => {
    const init = `verzuimsignaal init ${ctx.file} --holidays-text vakanties.txt --out instellingen.json`;
    if (g.kind === 'built-in') {
      return (
        `Let op: schooljaar ${g.schoolYear} heeft geen vakanties (de ingebouwde tabel van regio ${REGION_NL[ctx.region]} heeft dit jaar niet): ` +
        `${rows(g.rows)} tellen niet mee. Oplossing: zet de vakanties uit de schoolgids in vakanties.txt en draai ` +
        `\`${init}\`, daarna met --config instellingen.json (of vul "calendar.holidays" in uw instellingen).`
      );
    }
    return (
      `Let op: de vakantielijst in ${ctx.config ?? 'de instellingen'} ("calendar.holidays") heeft niets voor schooljaar ${g.schoolYear}, ` +
      `waar het register ${rows(g.rows)} heeft: de vakantiedagen tellen nu als schooldagen. Oplossing: voeg de vakanties van ` +
      `${g.schoolYear} toe aan "calendar.holidays", bijvoorbeeld met \`${init}\`.`
    );
  });
}

/** The gap lines for a loaded register and its settings (empty when every school year has holidays). */
export function holidayNotice(imported: Pick<RegisterImport, 'rows' | 'problems' | 'header'>, settings: Settings, ctx: { file: string; config?: string }): string[] {
  const gaps = holidayGaps(settings.calendar, registerSchoolYears(imported));
  return holidayGapLines(gaps, { ...ctx, region: settings.calendar.region });
}
