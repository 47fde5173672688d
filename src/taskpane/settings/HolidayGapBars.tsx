import { useMemo } from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { useT } from '../i18n';
import type { Session } from '../state/useSession';
import { settingsWithHolidayYear } from './builtInHolidays';
import { holidayGaps, registerSchoolYears } from './holidayCoverage';
import type { SettingsForm } from './useSettingsForm';

const useStyles = makeStyles({
  gaps: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, marginBottom: tokens.spacingVerticalS },
});

/** The register's school years without known holidays, against the settings being edited, each with an "add rows" button. */
export function HolidayGapBars({ form, session, addedYears, onAdded }: { form: SettingsForm; session: Session; addedYears: readonly string[]; onAdded: (year: string) => void }) {
  const t = useT();
  const styles = useStyles();
  const { imported, read } = session;
  const years = useMemo(() => (imported ? registerSchoolYears(imported, read) : new Map<string, number>()), [imported, read]);
  const gaps = holidayGaps(form.draft.calendar, years);
  if (gaps.length === 0) return null;
  return (
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
                  form.setDraft((d) => settingsWithHolidayYear(d));
                  onAdded(g.schoolYear);
                  form.openSection('calendar');
                }}
              >
                {t('holidayGapAdd', { year: g.schoolYear })}
              </Button>
            </MessageBarActions>
          )}
        </MessageBar>
      ))}
    </div>
  );
}
