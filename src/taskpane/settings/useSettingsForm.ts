import { useCallback, useMemo, useState } from 'react';
import type { Settings } from '../../core/settings/schema';
import type { SettingsIssue } from '../../core/settings/validateSettings';

export type Path = readonly (string | number)[];

export function setIn<T>(obj: T, path: Path, value: unknown): T {
  if (path.length === 0) return value as T;
  const [head, ...rest] = path;
  const base = (Array.isArray(obj) ? [...obj] : { ...(obj as object) }) as Record<string | number, unknown>;
  base[head] = setIn(base[head], rest, value);
  return base as T;
}

export function getIn(obj: unknown, path: Path): unknown {
  let cur = obj;
  for (const p of path) cur = cur == null ? undefined : (cur as Record<string | number, unknown>)[p];
  return cur;
}

/** ["calendar", "holidays", 3, "end"] → "calendar.holidays[3].end": the key validation issues use. */
export const keyOf = (path: Path) => path.reduce<string>((acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${p}` : p), '');

/** The collapsible sections of the form, in order. */
export const SECTIONS = [
  'school',
  'reporter',
  'calendar',
  'counting',
  'sixteenHours',
  'earlySignal',
  'luxury',
  'longTerm',
  'lateness',
  'sickConcern',
  'letters',
] as const;
export type SectionId = (typeof SECTIONS)[number];

/** The section that holds a settings key ("school.reporter.email" → reporter), to open it on an error. */
export function sectionOf(key: string): SectionId | undefined {
  if (key.startsWith('school.reporter')) return 'reporter';
  const top = key.split(/[.[]/)[0];
  if (top === 'reportWithinWorkingDays' || top === 'feedbackWaitWeeks') return 'counting';
  return (SECTIONS as readonly string[]).includes(top) ? (top as SectionId) : undefined;
}

export type SaveSettings = (next: unknown) => Promise<SettingsIssue[]>;

/**
 * The settings form's state: the draft being edited, the text of fields typed but not (yet)
 * valid, the form's own refusals (an unreadable ladder or date), the issues of the last save and
 * the open sections. Each section component reads and writes through it.
 */
export function useSettingsForm(initial: () => Settings, initialOpen: () => SectionId[], saveSettings: SaveSettings, lang: 'nl' | 'en' = 'nl') {
  const [draft, setDraft] = useState<Settings>(initial);
  const [open, setOpen] = useState<SectionId[]>(initialOpen);
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [local, setLocal] = useState<Record<string, string>>({});
  const [issues, setIssues] = useState<SettingsIssue[]>([]);
  const [triedSave, setTriedSave] = useState(false);

  const update = useCallback((path: Path, value: unknown) => setDraft((d) => setIn(d, path, value)), []);
  const get = useCallback((path: Path) => getIn(draft, path), [draft]);
  const setText = useCallback((key: string, value: string) => setTexts((n) => ({ ...n, [key]: value })), []);
  /** The form's own refusal of what is typed in a field; '' clears it. */
  const setLocalError = useCallback((key: string, message: string) => setLocal((l) => ({ ...l, [key]: message })), []);
  const openSection = useCallback((id: SectionId) => setOpen((o) => (o.includes(id) ? o : [...o, id])), []);

  /** Every message for a field: the form's own and the last save's issues on it or inside it. */
  const issueFor = useCallback(
    (path: Path) => {
      const k = keyOf(path);
      const own = local[k] ? [local[k]] : [];
      return [...own, ...issues.filter((i) => i.key === k || i.key.startsWith(`${k}.`) || i.key.startsWith(`${k}[`)).map((i) => (lang === 'en' ? i.messageEn : i.message))].join(' ');
    },
    [local, issues, lang],
  );

  const localErrors = useMemo(() => Object.entries(local).filter(([, m]) => m), [local]);

  const save = useCallback(async () => {
    setTriedSave(true);
    // A field the form itself refused (an unreadable ladder) keeps its last valid value in the
    // draft: saving now would silently store that old value, so nothing is saved.
    const found = localErrors.length > 0 ? [] : await saveSettings(draft);
    setIssues(found);
    const withErrors = new Set([...found.map((i) => sectionOf(i.key)), ...localErrors.map(([k]) => sectionOf(k))]);
    if (withErrors.size > 0) setOpen((o) => [...new Set([...o, ...[...withErrors].filter((x): x is SectionId => x !== undefined)])]);
  }, [localErrors, saveSettings, draft]);

  return { draft, setDraft, update, get, texts, setText, setLocalError, localErrors, issues, issueFor, triedSave, save, open, setOpen, openSection };
}

export type SettingsForm = ReturnType<typeof useSettingsForm>;
