import { earlySignal } from './earlySignal';
import { lateness } from './lateness';
import { longTerm } from './longTerm';
import { luxury } from './luxury';
import { sickConcern } from './sickConcern';
import { sixteenHours } from './sixteenHours';
import type { Rule } from './types';

export { earlySignal, lateness, longTerm, luxury, sickConcern, sixteenHours };
export { findWindowHits } from './windowRule';
export { applyAdultRegime, ADULT_NOTE } from './adultRegime';
export { nearHolidayLookup } from './nearHolidayDays';
export type { DayTable, PupilYear, RawFlag, Rule, RuleContext } from './types';

/** Every rule, each a no-op when its settings section says `enabled: false`. */
export const ALL_RULES: readonly Rule[] = [sixteenHours, earlySignal, luxury, longTerm, lateness, sickConcern];
