import { KIND_MEANINGS, type KindMeaning } from '../../core/register/categorize';
import type { ValueSummary } from '../../core/register/types';
import type { Settings } from '../../core/settings/schema';

/** The two register columns whose texts a school may have to explain: Soort and Geoorloofd. */
export type ValueColumn = 'kinds' | 'authorisedValues';

/** What a Soort or Geoorloofd text can be mapped to, in the order the pane offers them. */
export const VALUE_MEANINGS: Readonly<Record<ValueColumn, readonly string[]>> = {
  kinds: KIND_MEANINGS,
  authorisedValues: ['yes', 'no'],
};

/** The values the defaults do not know and the school has not explained yet. */
export function unknownValues(values: readonly ValueSummary[] | undefined): ValueSummary[] {
  return (values ?? []).filter((v) => v.meaning === null);
}

/**
 * Settings with the school's meaning of one Soort or Geoorloofd text ('' forgets it). Saved by
 * the text as the register writes it; the reader compares texts normalised, so "Ja (brief)" and
 * "ja (brief)" are one entry.
 */
export function withValueMeaning(settings: Settings, column: ValueColumn, value: string, meaning: string): Settings {
  if (column === 'kinds') {
    const kinds: Record<string, KindMeaning> = { ...(settings.kinds ?? {}) };
    if (meaning === '') delete kinds[value];
    else if ((KIND_MEANINGS as readonly string[]).includes(meaning)) kinds[value] = meaning as KindMeaning;
    else throw new Error(`not a Soort meaning: ${meaning}`);
    const { kinds: _old, ...rest } = settings;
    return Object.keys(kinds).length > 0 ? { ...rest, kinds } : rest;
  }
  const authorisedValues: Record<string, boolean> = { ...(settings.authorisedValues ?? {}) };
  if (meaning === '') delete authorisedValues[value];
  else if (meaning === 'yes' || meaning === 'no') authorisedValues[value] = meaning === 'yes';
  else throw new Error(`not a Geoorloofd meaning: ${meaning}`);
  const { authorisedValues: _old, ...rest } = settings;
  return Object.keys(authorisedValues).length > 0 ? { ...rest, authorisedValues } : rest;
}
