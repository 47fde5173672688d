import { useMemo, useState } from 'react';
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Switch,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { builtInHolidaySources, builtInHolidays, builtInSchoolYears, type BuiltInHoliday, type Region } from '../../core/calendar';
import { dayFromIso } from '../../core/dates';
import type { Settings } from '../../core/settings/schema';
import type { SettingsIssue } from '../../core/settings/validateSettings';
import { useT, type MessageKey } from '../i18n';
import type { Session } from '../state/useSession';

const useStyles = makeStyles({
  fieldset: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
    margin: `0 0 ${tokens.spacingVerticalM}`,
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(150px, 1fr))',
    gap: tokens.spacingHorizontalS,
    // Fluent inputs have a minimum width; in a narrow pane they must shrink with the grid.
    '& .fui-Input, & .fui-Select, & .fui-Textarea': { minWidth: 0, width: '100%' },
    '& > *': { minWidth: 0 },
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: `0 ${tokens.spacingHorizontalXS}` },
  wide: { gridColumn: '1 / -1' },
  holiday: {
    display: 'grid',
    gridTemplateColumns: '1.4fr 1fr 1fr auto',
    gap: tokens.spacingHorizontalXS,
    alignItems: 'end',
    '& > *': { minWidth: 0 },
  },
  help: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, margin: 0 },
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

export function SettingsTab({ session }: { session: Session }) {
  const t = useT();
  const styles = useStyles();
  const [draft, setDraft] = useState<Draft>(session.settings);
  const [numbers, setNumbers] = useState<Record<string, string>>({});
  const [issues, setIssues] = useState<SettingsIssue[]>([]);
  const issueFor = (path: Path) => {
    const k = keyOf(path);
    return issues.filter((i) => i.key === k || i.key.startsWith(`${k}.`) || i.key.startsWith(`${k}[`)).map((i) => i.message).join(' ');
  };
  const update = (path: Path, value: unknown) => setDraft((d) => setIn(d, path, value));
  const builtIn = useMemo(() => builtInHolidayList(draft.calendar.region), [draft.calendar.region]);
  const sources = useMemo(() => builtInSourceList(draft.calendar.region), [draft.calendar.region]);
  const holidays = draft.calendar.holidays ?? builtIn;
  const ownHolidays = draft.calendar.holidays !== undefined;

  const text = (path: Path, label: MessageKey, type: 'text' | 'email' | 'tel' = 'text') => {
    const msg = issueFor(path);
    return (
      <Field label={t(label)} validationState={msg ? 'error' : 'none'} validationMessage={msg || undefined}>
        <Input type={type} value={String(getIn(draft, path) ?? '')} onChange={(_, d) => update(path, d.value)} />
      </Field>
    );
  };
  const num = (path: Path, label: MessageKey) => {
    const k = keyOf(path);
    const msg = issueFor(path);
    const shown = numbers[k] ?? String(getIn(draft, path) ?? '');
    return (
      <Field label={t(label)} validationState={msg ? 'error' : 'none'} validationMessage={msg || undefined}>
        <Input
          inputMode="decimal"
          value={shown}
          onChange={(_, d) => {
            setNumbers((n) => ({ ...n, [k]: d.value }));
            const v = Number(d.value.replace(',', '.'));
            update(path, d.value.trim() === '' ? Number.NaN : v);
          }}
        />
      </Field>
    );
  };
  const toggle = (path: Path, rule: MessageKey) => (
    <Switch
      className={styles.wide}
      label={t('ruleEnabled', { rule: t(rule) })}
      checked={Boolean(getIn(draft, path))}
      onChange={(_, d) => update(path, d.checked)}
    />
  );
  const editHoliday = (index: number, key: keyof BuiltInHoliday | null, value?: string) => {
    const list = holidays.map((h) => ({ ...h }));
    if (key === null) list.splice(index, 1);
    else if (index >= list.length) list.push({ name: '', start: '', end: '', [key]: value ?? '' });
    else list[index] = { ...list[index], [key]: value ?? '' };
    update(['calendar', 'holidays'], list);
  };

  const save = async () => {
    const found = await session.saveSettings(draft);
    setIssues(found);
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
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t('schoolTitle')}</legend>
        {text(['school', 'name'], 'schoolName')}
        {text(['school', 'brin'], 'brin')}
        {text(['school', 'location'], 'location')}
      </fieldset>
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t('reporterTitle')}</legend>
        {text(['school', 'reporter', 'name'], 'reporterName')}
        {text(['school', 'reporter', 'function'], 'reporterFunction')}
        {text(['school', 'reporter', 'phone'], 'reporterPhone', 'tel')}
        {text(['school', 'reporter', 'email'], 'reporterEmail', 'email')}
      </fieldset>

      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t('calendarTitle')}</legend>
        <Field label={t('region')}>
          <Select value={draft.calendar.region} onChange={(_, d) => update(['calendar', 'region'], d.value)}>
            <option value="noord">{t('regionNoord')}</option>
            <option value="midden">{t('regionMidden')}</option>
            <option value="zuid">{t('regionZuid')}</option>
          </Select>
        </Field>
        <div className={styles.wide} role="group" aria-label={t('holidaysTitle')}>
          <p className={styles.help}>
            {ownHolidays
              ? t('holidaysOwn')
              : builtIn.length > 0
                ? t('holidaysBuiltIn', { region: draft.calendar.region })
                : t('holidaysNone')}
          </p>
          {issueFor(['calendar', 'holidays']) && (
            <MessageBar intent="error">
              <MessageBarBody>{issues.filter((i) => i.key.startsWith('calendar.holidays')).map((i) => `${i.key}: ${i.message}`).join(' · ')}</MessageBarBody>
            </MessageBar>
          )}
          {holidays.map((h, i) => (
            <div key={i} className={styles.holiday}>
              <Field label={i === 0 ? t('holidayName') : undefined}>
                <Input aria-label={`${t('holidayName')} ${i + 1}`} value={h.name} onChange={(_, d) => editHoliday(i, 'name', d.value)} />
              </Field>
              <Field label={i === 0 ? t('holidayStart') : undefined}>
                <Input aria-label={`${t('holidayStart')} ${h.name}`} value={h.start} onChange={(_, d) => editHoliday(i, 'start', d.value)} />
              </Field>
              <Field label={i === 0 ? t('holidayEnd') : undefined}>
                <Input aria-label={`${t('holidayEnd')} ${h.name}`} value={h.end} onChange={(_, d) => editHoliday(i, 'end', d.value)} />
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
        <Field className={styles.wide} label={t('daysOff')} validationState={issueFor(['calendar', 'daysOff']) ? 'error' : 'none'} validationMessage={issueFor(['calendar', 'daysOff']) || undefined}>
          <Textarea
            value={numbers['calendar.daysOff'] ?? draft.calendar.daysOff.join('\n')}
            onChange={(_, d) => {
              setNumbers((n) => ({ ...n, 'calendar.daysOff': d.value }));
              update(['calendar', 'daysOff'], d.value.split(/[\s,;]+/).filter((x) => x !== ''));
            }}
          />
        </Field>
      </fieldset>

      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t('thresholdsTitle')}</legend>
        {num(['counting', 'lessonMinutes'], 'lessonMinutes')}
        {num(['counting', 'dayHours'], 'dayHours')}
        {num(['reportWithinWorkingDays'], 'reportWithin')}
        {toggle(['sixteenHours', 'enabled'], 'ruleSixteen')}
        {num(['sixteenHours', 'thresholdHours'], 'thresholdHours')}
        {num(['sixteenHours', 'windowLesweken'], 'windowLesweken')}
        {toggle(['earlySignal', 'enabled'], 'ruleEarly')}
        {num(['earlySignal', 'thresholdHours'], 'earlyThreshold')}
        {toggle(['luxury', 'enabled'], 'ruleLuxury')}
        {num(['luxury', 'adjacentSchoolDays'], 'adjacentDays')}
        {num(['luxury', 'minHoursPerDay'], 'minHoursPerDay')}
        {toggle(['longTerm', 'enabled'], 'ruleLongTerm')}
        {num(['longTerm', 'minConsecutiveSchoolDays'], 'longTermDays')}
        {num(['longTerm', 'minHoursPerDay'], 'minHoursPerDay')}
        {toggle(['lateness', 'enabled'], 'ruleLateness')}
        <Field label={t('ladder')} validationState={issueFor(['lateness', 'ladder']) ? 'error' : 'none'} validationMessage={issueFor(['lateness', 'ladder']) || undefined}>
          <Input
            value={numbers['lateness.ladder'] ?? draft.lateness.ladder.join(', ')}
            onChange={(_, d) => {
              setNumbers((n) => ({ ...n, 'lateness.ladder': d.value }));
              update(['lateness', 'ladder'], d.value.split(/[\s,;]+/).filter((x) => x !== '').map(Number));
            }}
          />
        </Field>
        {num(['lateness', 'reportFromLevel'], 'reportFromLevel')}
        {toggle(['sickConcern', 'enabled'], 'ruleSick')}
        {num(['sickConcern', 'reportsInWindow'], 'sickReports')}
        {num(['sickConcern', 'windowLesweken'], 'sickWindow')}
        {num(['sickConcern', 'consecutiveSchoolDays'], 'sickDays')}
      </fieldset>

      {issues.length > 0 && (
        <MessageBar intent="error" data-testid="settings-issues">
          <MessageBarBody>
            {t('settingsInvalid')}
            <ul>
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
