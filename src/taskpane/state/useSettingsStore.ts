import { useCallback, useEffect, useMemo, useState } from 'react';
import type { WorkbookPort } from '../../adapters/workbook/port';
import type { Settings } from '../../core/settings/schema';
import { defaultSettings, validateSettings, type SettingsIssue } from '../../core/settings/validateSettings';
import type { MessageKey } from '../i18n';
import type { Notify } from './notices';

/** The workbook's settings document: read once at start, validated and written on save. */
export function useSettingsStore(port: WorkbookPort, notify: Notify, onLoaded: () => Promise<unknown>) {
  const [settings, setSettings] = useState<Settings>(() => defaultSettings());
  const [ready, setReady] = useState(false);
  const { setNotice, fail } = notify;

  useEffect(() => {
    let live = true;
    (async () => {
      try {
        const doc = await port.readSettings();
        if (doc !== undefined) {
          const r = validateSettings(doc);
          if (r.ok) {
            if (live) setSettings(r.settings);
          } else if (live) setNotice({ intent: 'warning', key: 'settingsLoadError' });
        }
        await onLoaded();
      } catch (err) {
        if (live) fail(err);
      } finally {
        if (live) setReady(true);
      }
    })();
    return () => {
      live = false;
    };
  }, [port, onLoaded, setNotice, fail]);

  /** Validates and writes the settings document; returns the issues (empty when saved). */
  const saveSettings = useCallback(
    async (next: unknown, savedKey: MessageKey = 'settingsSaved'): Promise<SettingsIssue[]> => {
      const r = validateSettings(next);
      if (!r.ok) return r.issues;
      try {
        await port.writeSettings(r.settings);
        setSettings(r.settings);
        setNotice({ intent: 'success', key: savedKey });
      } catch (err) {
        fail(err);
      }
      return [];
    },
    [port, setNotice, fail],
  );

  return useMemo(() => ({ settings, ready, saveSettings }), [settings, ready, saveSettings]);
}
