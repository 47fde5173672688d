import { settingsSchema, type Settings } from './schema';
import { migrateSettings } from './migrate';

export interface SettingsIssue {
  /** Dotted path of the offending key, e.g. `calendar.holidays[0].end`. */
  key: string;
  message: string;
}

export type SettingsResult = { ok: true; settings: Settings } | { ok: false; issues: SettingsIssue[] };

function keyOf(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out ? `.${String(p)}` : String(p);
  }
  return out || '(root)';
}

/** Validates a settings document (after migrating older versions) and fills in the defaults. */
export function validateSettings(input: unknown): SettingsResult {
  const migrated = migrateSettings(input);
  const parsed = settingsSchema.safeParse(migrated);
  if (parsed.success) return { ok: true, settings: parsed.data };
  const issues: SettingsIssue[] = [];
  for (const issue of parsed.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const k of issue.keys) {
        issues.push({ key: keyOf([...issue.path, k]), message: 'onbekende instelling / unknown key' });
      }
    } else {
      issues.push({ key: keyOf(issue.path), message: issue.message });
    }
  }
  return { ok: false, issues };
}

export function formatSettingsIssues(issues: SettingsIssue[]): string {
  return issues.map((i) => `${i.key}: ${i.message}`).join('\n');
}

/** Defaults for everything: a school that has configured nothing yet. */
export function defaultSettings(): Settings {
  return settingsSchema.parse({});
}

/** Parses or throws with every issue, each naming its key. */
export function parseSettings(input: unknown): Settings {
  const r = validateSettings(input);
  if (!r.ok) throw new Error(`Ongeldige instellingen / invalid settings:\n${formatSettingsIssues(r.issues)}`);
  return r.settings;
}
