import { useMemo, useState, type ReactNode } from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Checkbox,
  Field,
  Input,
  Label,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  Switch,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { builtInHolidaySources, builtInHolidays, builtInSchoolYears, type BuiltInHoliday, type Region } from '../../core/calendar';
import { dayFromIso } from '../../core/dates';
import { LETTER_KINDS, LETTER_PLACEHOLDERS, type LetterKind } from '../../core/drafts/letterTexts';
import type { Settings } from '../../core/settings/schema';
import type { SettingsIssue } from '../../core/settings/validateSettings';
import { useT, type MessageKey } from '../i18n';
import type { Session } from '../state/useSession';
import { holidayGaps, registerSchoolYears, withHolidayRowsFor } from '../settings/holidayCoverage';
import { parseLadder } from '../settings/ladder';
import {
  currentLetterText,
  isCustomLetter,
  unknownPlaceholders,
  withDefaultLetter,
  withLetterText,
  type Addressee,
} from '../settings/letterEdits';

const useStyles = makeStyles({
  fieldset: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(150px, 1fr))',
    gap: tokens.spacingHorizontalS,
    paddingBottom: tokens.spacingVerticalM,
    // Fluent inputs have a minimum width; in a narrow pane they must shrink with the grid.
    '& .fui-Input, & .fui-Select, & .fui-Textarea': { minWidth: 0, width: '100%' },
    '& > *': { minWidth: 0 },
  },
  wide: { gridColumn: '1 / -1' },
  holiday: {
    display: 'grid',
    // A date (2026-10-17) must stay readable in a 350 px pane; the name takes what is left.
    gridTemplateColumns: 'minmax(0, 1fr) minmax(6.5rem, 7.5rem) minmax(6.5rem, 7.5rem) auto',
    '& input': { paddingLeft: tokens.spacingHorizontalXS, paddingRight: tokens.spacingHorizontalXS },
    gap: tokens.spacingHorizontalXS,
    alignItems: 'end',
    '& > *': { minWidth: 0 },
  },
  weekdays: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS },
  help: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, margin: 0 },
  letter: {
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalS,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  letterTitle: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  placeholders: { margin: 0, paddingLeft: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200 },
  gaps: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, marginBottom: tokens.spacingVerticalS },
  intro: { marginTop: 0 },
  sectionHeader: { '& button': { fontWeight: tokens.fontWeightSemibold } },
  error: { display: 'block', color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200 },
});

/** The official holidays of a region, every school year the built-in table has, in date order. */
export function builtInHolidayList(region: Region): BuiltInHoliday[] {
  const seen = new Set<string>();
  const out: BuiltInHoliday[] = [];
  for (const year of builtInSchoolYears(region)) {
    const start = dayFromIso(`${year.slice(0, 4)}-08-01`);
    if (start === undefined) continue;
    for (const h of builtInHolidays(region, start) ?? []) {
      const key = `${h.start}/${h.end}`;
      if (!seen.has(key)) {
        seen.add(key);
        out.push(h);
      }
    }
  }
  return out.sort((a, b) => a.start.localeCompare(b.start));
}

/** Where the built-in dates of a region come from, every school year, for the user to check. */
export function builtInSourceList(region: Region): string[] {
  const out = new Set<string>();
  for (const year of builtInSchoolYears(region)) {
    const start = dayFromIso(`${year.slice(0, 4)}-08-01`);
    if (start !== undefined) for (const s of builtInHolidaySources(region, start) ?? []) out.add(s);
  }
  return [...out];
}

type Draft = Settings;
type Path = readonly (string | number)[];

function setIn<T>(obj: T, path: Path, value: unknown): T {
  if (path.length === 0) return value as T;
  const [head, ...rest] = path;
  const base = (Array.isArray(obj) ? [...obj] : { ...(obj as object) }) as Record<string | number, unknown>;
  base[head] = setIn(base[head], rest, value);
  return base as T;
}

function getIn(obj: unknown, path: Path): unknown {
  let cur = obj;
  for (const p of path) cur = cur == null ? undefined : (cur as Record<string | number, unknown>)[p];
  return cur;
}

const keyOf = (path: Path) => path.reduce<string>((acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${p}` : p), '');

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
  if (top === 'reportWithinWorkingDays') return 'counting';
  return (SECTIONS as readonly string[]).includes(top) ? (top as SectionId) : undefined;
}

/** Settings with empty holiday rows for `year` added (built-in holidays copied first, when in use). */
export function settingsWithHolidayYear(settings: Settings): Settings {
  const current = settings.calendar.holidays ?? builtInHolidayList(settings.calendar.region);
  return { ...settings, calendar: { ...settings.calendar, holidays: withHolidayRowsFor(current) } };
}

type PublicMode = 'nl' | 'none' | 'own';
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

export interface SettingsTabProps {
  session: Session;
  /** Set when the user came here from the holiday warning: rows for that school year are added. */
  addHolidayYear?: string;
}

export function SettingsTab({ session, addHolidayYear }: SettingsTabProps) {
  const t = useT();
  const styles = useStyles();
  const [draft, setDraft] = useState<Draft>(() => (addHolidayYear ? settingsWithHolidayYear(session.settings) : session.settings));
  const [addedYears, setAddedYears] = useState<string[]>(() => (addHolidayYear ? [addHolidayYear] : []));
  const [open, setOpen] = useState<SectionId[]>(() => (addHolidayYear ? ['calendar'] : ['school']));
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [local, setLocal] = useState<Record<string, string>>({});
  const [issues, setIssues] = useState<SettingsIssue[]>([]);
  const [triedSave, setTriedSave] = useState(false);
  const [publicMode, setPublicMode] = useState<PublicMode>(() =>
    session.settings.calendar.publicHolidays === 'nl' ? 'nl' : session.settings.calendar.publicHolidays.length === 0 ? 'none' : 'own',
  );
  const issueFor = (path: Path) => {
    const k = keyOf(path);
    const own = local[k] ? [local[k]] : [];
    return [...own, ...issues.filter((i) => i.key === k || i.key.startsWith(`${k}.`) || i.key.startsWith(`${k}[`)).map((i) => i.message)].join(' ');
  };
  const update = (path: Path, value: unknown) => setDraft((d) => setIn(d, path, value));
  const builtIn = useMemo(() => builtInHolidayList(draft.calendar.region), [draft.calendar.region]);
  const sources = useMemo(() => builtInSourceList(draft.calendar.region), [draft.calendar.region]);
  const holidays = draft.calendar.holidays ?? builtIn;
  const ownHolidays = draft.calendar.holidays !== undefined;
  const { imported, read } = session;
  const years = useMemo(() => (imported ? registerSchoolYears(imported, read) : new Map<string, number>()), [imported, read]);
  const gaps = holidayGaps(draft.calendar, years);

  const validation = (msg: string) => ({ validationState: msg ? ('error' as const) : ('none' as const), validationMessage: msg || undefined });

  const text = (path: Path, label: MessageKey, type: 'text' | 'email' | 'tel' = 'text') => (
    <Field label={t(label)} {...validation(issueFor(path))}>
      <Input type={type} value={String(getIn(draft, path) ?? '')} onChange={(_, d) => update(path, d.value)} />
    </Field>
  );
  const num = (path: Path, label: MessageKey, hint?: MessageKey) => {
    const k = keyOf(path);
    const shown = texts[k] ?? String(getIn(draft, path) ?? '');
    return (
      <Field label={t(label)} hint={hint ? t(hint) : undefined} {...validation(issueFor(path))}>
        <Input
          inputMode="decimal"
          value={shown}
          onChange={(_, d) => {
            setTexts((n) => ({ ...n, [k]: d.value }));
            const v = Number(d.value.replace(',', '.'));
            update(path, d.value.trim() === '' ? Number.NaN : v);
          }}
        />
      </Field>
    );
  };
  const toggle = (path: Path, label: string, testId?: string) => (
    <Switch
      className={styles.wide}
      label={label}
      data-testid={testId}
      checked={Boolean(getIn(draft, path))}
      onChange={(_, d) => update(path, d.checked)}
    />
  );
  const ruleToggle = (path: Path, rule: MessageKey) => toggle(path, t('ruleEnabled', { rule: t(rule) }), `enabled-${String(path[0])}`);
  const help = (key: MessageKey) => <p className={`${styles.help} ${styles.wide}`}>{t(key)}</p>;
  const section = (id: SectionId, title: string, children: ReactNode) => (
    <AccordionItem value={id} data-testid={`section-${id}`}>
      <AccordionHeader as="h2" size="small" className={styles.sectionHeader}>
        {title}
      </AccordionHeader>
      <AccordionPanel>
        <div className={styles.fieldset} role="group" aria-label={title}>
          {children}
        </div>
      </AccordionPanel>
    </AccordionItem>
  );

  const editHoliday = (index: number, key: keyof BuiltInHoliday | null, value?: string) => {
    const list = holidays.map((h) => ({ ...h }));
    if (key === null) list.splice(index, 1);
    else if (index >= list.length) list.push({ name: '', start: '', end: '', [key]: value ?? '' });
    else list[index] = { ...list[index], [key]: value ?? '' };
    update(['calendar', 'holidays'], list);
  };
  const addYear = (year: string) => {
    setDraft((d) => settingsWithHolidayYear(d));
    setAddedYears((a) => [...a, year]);
  };

  const toggleWeekday = (day: number, on: boolean) => {
    const set = new Set(draft.calendar.schoolDays);
    if (on) set.add(day);
    else set.delete(day);
    update(['calendar', 'schoolDays'], [...set].sort((a, b) => a - b));
  };
  const setPublic = (mode: PublicMode) => {
    setPublicMode(mode);
    if (mode === 'nl') update(['calendar', 'publicHolidays'], 'nl');
    else if (mode === 'none') update(['calendar', 'publicHolidays'], []);
    else {
      const typed = texts['calendar.publicHolidays'] ?? '';
      update(['calendar', 'publicHolidays'], typed.split(/[\s,;]+/).filter((x) => x !== ''));
    }
  };

  const letterBlock = (kind: LetterKind, addressee: Addressee) => {
    const id = `${kind}-${addressee}`;
    const title = `${t(`letter.${kind}` as MessageKey)} – ${t(addressee === 'ouders' ? 'letterToParents' : 'letterToPupil')}`;
    const subject = currentLetterText(draft.letters, kind, addressee, 'onderwerp');
    const body = currentLetterText(draft.letters, kind, addressee, 'tekst');
    const custom = isCustomLetter(draft.letters, kind, addressee);
    const unknown = unknownPlaceholders(`${subject}\n${body}`);
    return (
      <div key={id} className={`${styles.letter} ${styles.wide}`} role="group" aria-label={title} data-testid={`letter-${id}`}>
        <h3 className={styles.letterTitle}>
          {title}
          {custom && <Badge appearance="tint" size="small">{t('letterCustom')}</Badge>}
        </h3>
        <Field label={t('letterSubject')}>
          <Input
            aria-label={`${t('letterSubject')} ${title}`}
            value={subject}
            onChange={(_, d) => update(['letters'], withLetterText(draft.letters, kind, addressee, 'onderwerp', d.value))}
          />
        </Field>
        <Field label={t('letterBody')} {...validation(unknown.length ? t('letterUnknown', { names: unknown.join(', ') }) : '')}>
          <Textarea
            aria-label={`${t('letterBody')} ${title}`}
            resize="vertical"
            rows={6}
            value={body}
            onChange={(_, d) => update(['letters'], withLetterText(draft.letters, kind, addressee, 'tekst', d.value))}
          />
        </Field>
        <div>
          <Button size="small" appearance="secondary" disabled={!custom} onClick={() => update(['letters'], withDefaultLetter(draft.letters, kind, addressee))}>
            {t('letterReset')}
          </Button>
        </div>
      </div>
    );
  };

  const localErrors = Object.entries(local).filter(([, m]) => m);
  const save = async () => {
    setTriedSave(true);
    // A field the form itself refused (an unreadable ladder) keeps its last valid value in the
    // draft: saving now would silently store that old value, so nothing is saved.
    const found = localErrors.length > 0 ? [] : await session.saveSettings(draft);
    setIssues(found);
    const withErrors = new Set([...found.map((i) => sectionOf(i.key)), ...localErrors.map(([k]) => sectionOf(k))]);
    if (withErrors.size > 0) setOpen((o) => [...new Set([...o, ...[...withErrors].filter((x): x is SectionId => x !== undefined)])]);
  };

  return (
    <form
      aria-label={t('tabSettings')}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <p className={`${styles.help} ${styles.intro}`}>{t('settingsHelp')}</p>
      {gaps.length > 0 && (
        <div className={styles.gaps} data-testid="holiday-gaps">
          {gaps.map((g) => (
            <MessageBar key={g.schoolYear} intent="warning" data-testid="holiday-gap">
              <MessageBarBody>
                {t('holidayGap', { rows: g.rows, year: g.schoolYear })} {t(g.kind === 'built-in' ? 'holidayGapBuiltIn' : 'holidayGapOwn')}
                {addedYears.includes(g.schoolYear) && <> {t('holidayGapAdded', { year: g.schoolYear })}</>}
              </MessageBarBody>
              {!addedYears.includes(g.schoolYear) && (
                <MessageBarActions>
                  <Button
                    size="small"
                    onClick={() => {
                      addYear(g.schoolYear);
                      setOpen((o) => (o.includes('calendar') ? o : [...o, 'calendar']));
                    }}
                  >
                    {t('holidayGapAdd', { year: g.schoolYear })}
                  </Button>
                </MessageBarActions>
              )}
            </MessageBar>
          ))}
        </div>
      )}
      <Accordion multiple collapsible openItems={open} onToggle={(_, d) => setOpen(d.openItems as SectionId[])}>
        {section(
          'school',
          t('schoolTitle'),
          <>
            {help('schoolHelp')}
            {text(['school', 'name'], 'schoolName')}
            {text(['school', 'brin'], 'brin')}
            {text(['school', 'location'], 'location')}
          </>,
        )}
        {section(
          'reporter',
          t('reporterTitle'),
          <>
            {help('reporterHelp')}
            {text(['school', 'reporter', 'name'], 'reporterName')}
            {text(['school', 'reporter', 'function'], 'reporterFunction')}
            {text(['school', 'reporter', 'phone'], 'reporterPhone', 'tel')}
            {text(['school', 'reporter', 'email'], 'reporterEmail', 'email')}
          </>,
        )}
        {section(
          'calendar',
          t('calendarTitle'),
          <>
            {help('calendarHelp')}
            <Field label={t('region')}>
              <Select value={draft.calendar.region} onChange={(_, d) => update(['calendar', 'region'], d.value)}>
                <option value="noord">{t('regionNoord')}</option>
                <option value="midden">{t('regionMidden')}</option>
                <option value="zuid">{t('regionZuid')}</option>
              </Select>
            </Field>
            {/* Not a Field: a Field hands its one control id to every checkbox inside it. */}
            <div className={styles.wide}>
              <Label id="school-days-label">{t('schoolDays')}</Label>
              <div role="group" aria-labelledby="school-days-label" className={styles.weekdays} data-testid="school-days">
                {WEEKDAYS.map((d) => (
                  <Checkbox
                    key={d}
                    label={t(`weekday.${d}` as MessageKey)}
                    checked={draft.calendar.schoolDays.includes(d)}
                    onChange={(_, data) => toggleWeekday(d, data.checked === true)}
                  />
                ))}
              </div>
              {(draft.calendar.schoolDays.length === 0 || issueFor(['calendar', 'schoolDays'])) && (
                <Text role="alert" className={styles.error}>
                  {draft.calendar.schoolDays.length === 0 ? t('schoolDaysNone') : issueFor(['calendar', 'schoolDays'])}
                </Text>
              )}
            </div>
            <Field className={styles.wide} label={{ children: t('publicHolidays'), id: 'public-holidays-label' }} hint={t('publicHolidaysHelp')}>
              <RadioGroup aria-labelledby="public-holidays-label" value={publicMode} onChange={(_, d) => setPublic(d.value as PublicMode)}>
                <Radio value="nl" label={t('publicHolidaysNl')} />
                <Radio value="none" label={t('publicHolidaysNone')} />
                <Radio value="own" label={t('publicHolidaysOwn')} />
              </RadioGroup>
            </Field>
            {publicMode === 'own' && (
              <Field className={styles.wide} label={t('publicHolidaysList')} {...validation(issueFor(['calendar', 'publicHolidays']))}>
                <Textarea
                  value={texts['calendar.publicHolidays'] ?? (Array.isArray(draft.calendar.publicHolidays) ? draft.calendar.publicHolidays.join('\n') : '')}
                  onChange={(_, d) => {
                    setTexts((n) => ({ ...n, 'calendar.publicHolidays': d.value }));
                    update(['calendar', 'publicHolidays'], d.value.split(/[\s,;]+/).filter((x) => x !== ''));
                  }}
                />
              </Field>
            )}
            <div className={styles.wide} role="group" aria-label={t('holidaysTitle')}>
              <p className={styles.help}>
                {ownHolidays ? t('holidaysOwn') : builtIn.length > 0 ? t('holidaysBuiltIn', { region: draft.calendar.region }) : t('holidaysNone')}
              </p>
              {issueFor(['calendar', 'holidays']) && (
                <MessageBar intent="error">
                  <MessageBarBody>
                    {issues
                      .filter((i) => i.key.startsWith('calendar.holidays'))
                      .map((i) => `${i.key}: ${i.message}`)
                      .join(' · ')}
                  </MessageBarBody>
                </MessageBar>
              )}
              {holidays.map((h, i) => (
                <div key={i} className={styles.holiday} data-testid="holiday-row">
                  <Field label={i === 0 ? t('holidayName') : undefined}>
                    <Input aria-label={`${t('holidayName')} ${i + 1}`} value={h.name} onChange={(_, d) => editHoliday(i, 'name', d.value)} />
                  </Field>
                  <Field label={i === 0 ? t('holidayStart') : undefined}>
                    <Input
                      aria-label={`${t('holidayStart')} ${h.name}`}
                      placeholder="JJJJ-MM-DD"
                      value={h.start}
                      onChange={(_, d) => editHoliday(i, 'start', d.value)}
                    />
                  </Field>
                  <Field label={i === 0 ? t('holidayEnd') : undefined}>
                    <Input
                      aria-label={`${t('holidayEnd')} ${h.name}`}
                      placeholder="JJJJ-MM-DD"
                      value={h.end}
                      onChange={(_, d) => editHoliday(i, 'end', d.value)}
                    />
                  </Field>
                  <Button appearance="subtle" aria-label={t('holidayRemove', { name: h.name || String(i + 1) })} onClick={() => editHoliday(i, null)}>
                    ×
                  </Button>
                </div>
              ))}
              <Button size="small" onClick={() => editHoliday(holidays.length, 'name', '')}>
                {t('holidayAdd')}
              </Button>{' '}
              {ownHolidays && (
                <Button size="small" appearance="subtle" onClick={() => update(['calendar', 'holidays'], undefined)}>
                  {t('holidaysUseBuiltIn')}
                </Button>
              )}
              {!ownHolidays && sources.length > 0 && (
                <details className={styles.help}>
                  <summary>{t('holidaysSources')}</summary>
                  <ul>
                    {sources.map((s) => (
                      <li key={s}>{s}</li>
                    ))}
                  </ul>
                </details>
              )}
            </div>
            <Field className={styles.wide} label={t('daysOff')} {...validation(issueFor(['calendar', 'daysOff']))}>
              <Textarea
                value={texts['calendar.daysOff'] ?? draft.calendar.daysOff.join('\n')}
                onChange={(_, d) => {
                  setTexts((n) => ({ ...n, 'calendar.daysOff': d.value }));
                  update(['calendar', 'daysOff'], d.value.split(/[\s,;]+/).filter((x) => x !== ''));
                }}
              />
            </Field>
          </>,
        )}
        {section(
          'counting',
          t('countingTitle'),
          <>
            {help('countingHelp')}
            {num(['counting', 'lessonMinutes'], 'lessonMinutes')}
            {num(['counting', 'dayHours'], 'dayHours')}
            {num(['reportWithinWorkingDays'], 'reportWithin')}
            <Field className={styles.wide} hint={t('countLessonsAsHoursHelp')}>
              <Switch
                label={t('countLessonsAsHours')}
                checked={draft.counting.countLessonsAsHours}
                onChange={(_, d) => update(['counting', 'countLessonsAsHours'], d.checked)}
              />
            </Field>
          </>,
        )}
        {section(
          'sixteenHours',
          t('ruleSixteen'),
          <>
            {help('ruleSixteenHelp')}
            {ruleToggle(['sixteenHours', 'enabled'], 'ruleSixteen')}
            {num(['sixteenHours', 'thresholdHours'], 'thresholdHours')}
            {num(['sixteenHours', 'windowLesweken'], 'windowLesweken')}
            {num(['sixteenHours', 'minDaysBetweenReports'], 'minDaysBetweenReports')}
          </>,
        )}
        {section(
          'earlySignal',
          t('ruleEarly'),
          <>
            {help('ruleEarlyHelp')}
            {ruleToggle(['earlySignal', 'enabled'], 'ruleEarly')}
            {num(['earlySignal', 'thresholdHours'], 'earlyThreshold')}
          </>,
        )}
        {section(
          'luxury',
          t('ruleLuxury'),
          <>
            {help('ruleLuxuryHelp')}
            {ruleToggle(['luxury', 'enabled'], 'ruleLuxury')}
            {num(['luxury', 'adjacentSchoolDays'], 'adjacentDays')}
            {num(['luxury', 'minHoursPerDay'], 'minHoursPerDay')}
            {toggle(['luxury', 'sickNearHoliday'], t('sickNearHoliday'))}
          </>,
        )}
        {section(
          'longTerm',
          t('ruleLongTerm'),
          <>
            {help('ruleLongTermHelp')}
            {ruleToggle(['longTerm', 'enabled'], 'ruleLongTerm')}
            {num(['longTerm', 'minConsecutiveSchoolDays'], 'longTermDays')}
            {num(['longTerm', 'minHoursPerDay'], 'minHoursPerDay')}
          </>,
        )}
        {section(
          'lateness',
          t('ruleLateness'),
          <>
            {help('ruleLatenessHelp')}
            {ruleToggle(['lateness', 'enabled'], 'ruleLateness')}
            <Field label={t('ladder')} {...validation(issueFor(['lateness', 'ladder']))}>
              <Input
                value={texts['lateness.ladder'] ?? draft.lateness.ladder.join(', ')}
                data-testid="ladder"
                onChange={(_, d) => {
                  setTexts((n) => ({ ...n, 'lateness.ladder': d.value }));
                  const parsed = parseLadder(d.value);
                  setLocal((l) => ({ ...l, 'lateness.ladder': parsed.ok ? '' : t('ladderInvalid', { bad: parsed.bad }) }));
                  if (parsed.ok) update(['lateness', 'ladder'], parsed.ladder);
                }}
              />
            </Field>
            {num(['lateness', 'reportFromLevel'], 'reportFromLevel')}
            {toggle(['lateness', 'countsAsAbsence'], t('latenessCountsAsAbsence'))}
          </>,
        )}
        {section(
          'sickConcern',
          t('ruleSick'),
          <>
            {help('ruleSickHelp')}
            {ruleToggle(['sickConcern', 'enabled'], 'ruleSick')}
            {num(['sickConcern', 'reportsInWindow'], 'sickReports')}
            {num(['sickConcern', 'windowLesweken'], 'sickWindow')}
            {num(['sickConcern', 'consecutiveSchoolDays'], 'sickDays')}
          </>,
        )}
        {section(
          'letters',
          t('lettersTitle'),
          <>
            {help('lettersHelp')}
            <details className={styles.wide}>
              <summary>{t('letterPlaceholders')}</summary>
              <ul className={styles.placeholders} data-testid="letter-placeholders">
                {Object.entries(LETTER_PLACEHOLDERS).map(([name, what]) => (
                  <li key={name}>
                    <code>{`{${name}}`}</code>: {what}
                  </li>
                ))}
              </ul>
            </details>
            {LETTER_KINDS.map((kind) => letterBlock(kind, 'ouders'))}
            {LETTER_KINDS.map((kind) => letterBlock(kind, 'leerling'))}
          </>,
        )}
      </Accordion>

      {(issues.length > 0 || (triedSave && localErrors.length > 0)) && (
        <MessageBar intent="error" data-testid="settings-issues">
          <MessageBarBody>
            {t('settingsInvalid')}
            <ul>
              {triedSave &&
                localErrors.map(([k, m]) => (
                  <li key={k}>
                    {k}: {m}
                  </li>
                ))}
              {issues.map((i) => (
                <li key={i.key + i.message}>
                  {i.key}: {i.message}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      <Button appearance="primary" type="submit" data-testid="save-settings">
        {t('settingsSave')}
      </Button>
    </form>
  );
}
