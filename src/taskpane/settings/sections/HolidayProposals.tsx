import { useMemo, useState } from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { datedRegisterRows, proposeHolidays, type BuiltInHoliday, type HolidayProposal, type ReadCells } from '../../../core/calendar';
import type { RegisterImport } from '../../../core/register/types';
import type { Settings } from '../../../core/settings/schema';
import { displayDate, parseDateInput } from '../../dates';
import { useLang, useT } from '../../i18n';
import { mergeHolidays } from '../holidayMerge';
import type { Path } from '../useSettingsForm';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, margin: `${tokens.spacingVerticalS} 0` },
  help: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, margin: 0 },
});

export interface HolidayProposalsProps {
  imported: RegisterImport | undefined;
  read: ReadCells | undefined;
  calendar: Settings['calendar'];
  /** The list an accepted proposal is added to. */
  holidays: readonly BuiltInHoliday[];
  update: (path: Path, value: unknown) => void;
}

/**
 * Weeks the register itself suggests are holidays ("waarschijnlijk vakantie"): offered one by one,
 * added to the form only when the user accepts one, never applied on their own.
 */
export function HolidayProposals({ imported, read, calendar, holidays, update }: HolidayProposalsProps) {
  const t = useT();
  const lang = useLang();
  const styles = useStyles();
  const [dismissed, setDismissed] = useState<Set<string>>(new Set());
  const [accepted, setAccepted] = useState<string | undefined>();
  const rows = useMemo(() => (imported && read ? datedRegisterRows(imported, read) : []), [imported, read]);
  const result = useMemo(
    () =>
      rows.length === 0
        ? undefined
        : proposeHolidays(rows, {
            // The draft may hold dates as typed (dd-mm-jjjj): compared as ISO.
            known: [...holidays, ...calendar.daysOff.map((d) => ({ start: d, end: d }))]
              .map((h) => ({ start: parseDateInput(h.start) ?? '', end: parseDateInput(h.end) ?? '' }))
              .filter((h) => h.start !== '' && h.end !== ''),
            schoolDays: calendar.schoolDays,
            publicHolidays: calendar.publicHolidays,
          }),
    [rows, holidays, calendar.daysOff, calendar.schoolDays, calendar.publicHolidays],
  );
  const shown = (result?.proposals ?? []).filter((p) => !dismissed.has(`${p.start}/${p.end}`));
  if (shown.length === 0 && !accepted) return null;
  const take = (p: HolidayProposal) => {
    update(['calendar', 'holidays'], mergeHolidays(holidays, [{ name: p.name, start: p.start, end: p.end }]));
    setAccepted(p.name);
  };
  return (
    <div className={styles.list} role="group" aria-label={t('holidayProposalsTitle')} data-testid="holiday-proposals">
      {shown.length > 0 && <p className={styles.help}>{t('holidayProposalsHelp')}</p>}
      {accepted && (
        <MessageBar intent="success">
          <MessageBarBody>{t('holidayProposalAccepted', { name: accepted })}</MessageBarBody>
        </MessageBar>
      )}
      {shown.map((p) => (
        <MessageBar key={`${p.start}/${p.end}`} intent="info" layout="multiline" data-testid="holiday-proposal">
          <MessageBarBody>
            <MessageBarTitle>
              {t('holidayProposalsTitle')}: {p.name} {displayDate(p.start)} {t('holidayUntil')} {displayDate(p.end)}
            </MessageBarTitle>{' '}
            {lang === 'nl' ? p.message : p.messageEn}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => take(p)} data-testid="holiday-proposal-accept">
              {t('holidayProposalAccept')}
            </Button>
            <Button size="small" appearance="subtle" onClick={() => setDismissed((s) => new Set([...s, `${p.start}/${p.end}`]))}>
              {t('holidayProposalReject')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ))}
    </div>
  );
}
