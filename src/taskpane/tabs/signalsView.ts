import { useMemo, useState } from 'react';
import type { FlagFilter, FlagSort } from './filterFlags';

/** How the user looks at the signals: filters, sort and the open pupil. Held by the pane, so it survives switching tabs. */
export function useSignalsView() {
  const [filter, setFilter] = useState<FlagFilter>({});
  const [sort, setSort] = useState<FlagSort>('urgency');
  const [selectedId, setSelectedId] = useState<string | undefined>();
  return useMemo(() => ({ filter, setFilter, sort, setSort, selectedId, setSelectedId }), [filter, sort, selectedId]);
}

export type SignalsView = ReturnType<typeof useSignalsView>;
