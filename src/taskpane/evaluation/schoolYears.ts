import type { AnalysisResult } from '../../core/analysis/types';
import { schoolYearOfIso } from '../../core/evaluation/schoolYear';

/**
 * The school years the Evaluatie tab offers: every year a flag ends in, the year of the analysis
 * date and the year of today, oldest first. The default is the year of today when the analysis
 * reaches into it (a register kept up to date); otherwise, as with the demo's register of a past
 * year, the year the analysis ends in, so the tab never opens on an empty year by surprise.
 */
export function schoolYearChoices(result: AnalysisResult, todayIso: string): { years: string[]; initial: string } {
  const today = schoolYearOfIso(todayIso).label;
  const asOf = result.asOf === '' ? today : schoolYearOfIso(result.asOf).label;
  const years = new Set<string>([today, asOf]);
  for (const f of result.flags) years.add(schoolYearOfIso(f.end).label);
  const withData = asOf === today || result.flags.some((f) => schoolYearOfIso(f.end).label === today);
  return { years: [...years].sort(), initial: withData ? today : asOf };
}
