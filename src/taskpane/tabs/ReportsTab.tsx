import { useMemo, useState } from 'react';
import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import {
  draftsByPupil,
  draftsCsvFile,
  draftPlan,
  letterPlan,
  maskBsn,
  mimeTypeOf,
  type DraftMelding,
  type GeneratedFile,
  type ParentLetter,
} from '../../core/drafts';
import { isoFromDay, MS_PER_DAY } from '../../core/dates';
import { useLang, useT, type MessageKey } from '../i18n';
import type { Session } from '../state/useSession';
import { downloadFile } from '../platform';
import { displayDate } from '../dates';

const useStyles = makeStyles({
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, margin: `${tokens.spacingVerticalS} 0` },
  warnings: { margin: 0, paddingLeft: tokens.spacingHorizontalL, color: tokens.colorPaletteDarkOrangeForeground1, overflowWrap: 'anywhere' },
  pgn: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  h2: { fontSize: tokens.fontSizeBase400, margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalS}` },
  letterButtons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  list: { listStyle: 'none', padding: 0, margin: 0 },
  item: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, padding: `${tokens.spacingVerticalXS} 0`, overflowWrap: 'anywhere' },
  itemHead: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  name: { fontWeight: tokens.fontWeightSemibold },
});

/** Offers a generated file to the user (Excel on the web and Windows; never called on Mac desktop). */
function download(file: GeneratedFile): void {
  downloadFile({ name: file.name, data: file.data, mimeType: mimeTypeOf(file.name) });
}

function today(): string {
  return isoFromDay(Math.floor(Date.now() / MS_PER_DAY));
}

const loadDocuments = () => import(/* webpackChunkName: "documents" */ '../../documents');

/** Letters grouped per pupil, in first-appearance order. */
function lettersByPupil(letters: readonly ParentLetter[]): ParentLetter[][] {
  const groups = new Map<string, ParentLetter[]>();
  for (const l of letters) {
    const g = groups.get(l.pupil.id);
    if (g) g.push(l);
    else groups.set(l.pupil.id, [l]);
  }
  return [...groups.values()];
}

export interface ReportsTabProps {
  session: Session;
  /** False on Excel for Mac desktop: no download buttons, the sheet instead. */
  canDownload?: boolean;
}

/**
 * Draft meldingen for the attendance office (one per leerplicht flag whose status is not "Niet
 * melden"), their missing fields, the sheet "Meldingen (concept)", the Word documents per pupil and
 * the exports. The documents code (docx, exceljs, jszip) is loaded only when the user asks for it.
 * The BSN is never shown in full here: only masked (maskBsn).
 */
export function ReportsTab({ session, canDownload = true }: ReportsTabProps) {
  const t = useT();
  const lang = useLang();
  const styles = useStyles();
  // What the sheet Verzuimsignalen says per signal: status, actions, Actie gemeente, letters sent.
  const { result, imported, settings, draftEntries } = session;
  const [busy, setBusy] = useState(false);
  const date = today();
  // What is due now: reported flags and "Niet melden" with a reason get no new draft or letter.
  const plan = useMemo(
    () => (result && imported ? draftPlan(result, imported, settings, { entries: draftEntries, today: date }) : null),
    [result, imported, settings, draftEntries, date],
  );
  const drafts = useMemo(() => plan?.drafts ?? [], [plan]);
  const letterSet = useMemo(
    () => (result && imported ? letterPlan(result.flags, imported.students, settings, date, { entries: draftEntries }) : null),
    [result, imported, settings, date, draftEntries],
  );
  const letters = letterSet?.letters ?? [];
  const firstOfPupil = useMemo(() => new Map(draftsByPupil(drafts).map((g) => [g[0].flagId, g])), [drafts]);

  if (!result || !imported) {
    return (
      <section aria-label={t('tabReports')}>
        <p>{t('reportsIntro')}</p>
        <MessageBar intent="info">
          <MessageBarBody>{t('notAnalysed')}</MessageBarBody>
        </MessageBar>
      </section>
    );
  }

  const withWarnings = drafts.filter((d) => d.warnings.length > 0).length;
  const bsnOf = (id: string) => imported.students.get(id)?.bsn;

  /** Runs one user action with the buttons disabled, reporting success or the error in the notice. */
  const act = async (work: () => Promise<{ key: MessageKey; params: Record<string, string | number> }>) => {
    setBusy(true);
    try {
      const done = await work();
      session.setNotice({ intent: 'success', key: done.key, params: done.params });
    } catch (err) {
      session.setNotice({ intent: 'error', text: err instanceof Error ? err.message : String(err) });
    } finally {
      setBusy(false);
    }
  };
  const offer = (file: GeneratedFile) => {
    download(file);
    return { key: 'documentsReady' as const, params: { name: file.name } };
  };

  const fillSheet = () =>
    act(async () => ({ key: 'draftsSheetFilled', params: { count: await session.fillDraftsSheet() } }));
  /**
   * Offers letters, then records them as sent today in Verzuimsignalen ("Brief verstuurd op"), so
   * neither the pane nor the command line makes them again; they leave the list.
   */
  const offerLetters = async (file: GeneratedFile, made: readonly ParentLetter[]) => {
    const done = offer(file);
    if (made.length === 0) return done;
    await session.recordLettersSent(
      made.map((l) => l.flagId),
      date,
    );
    return { key: 'lettersRecorded' as const, params: { name: file.name, count: made.length, date: displayDate(date) } };
  };
  const downloadAll = () =>
    act(async () => offerLetters(await (await loadDocuments()).allDocumentsZip(drafts, letters, date, bsnOf), letters));
  const downloadCsv = () => act(async () => offer(draftsCsvFile(drafts)));
  const downloadXlsx = () => act(async () => offer(await (await loadDocuments()).draftsXlsxFile(drafts)));
  const downloadMelding = (group: readonly DraftMelding[]) =>
    act(async () => offer(await (await loadDocuments()).meldingDocument(group, date)));
  const downloadLetter = (letter: ParentLetter) =>
    act(async () => offerLetters(await (await loadDocuments()).letterDocument(letter, bsnOf(letter.pupil.id)), [letter]));
  const none = drafts.length === 0;
  const reported = plan?.reported ?? [];
  const refused = plan?.refused ?? [];
  const skippedLetters = (reason: string) => letterSet?.skipped.filter((x) => x.reason === reason).length ?? 0;

  return (
    <section aria-label={t('tabReports')}>
      <p data-testid="drafts-count">{t('draftsCount', { count: drafts.length })}</p>
      {(reported.length > 0 || (plan?.notReported.length ?? 0) > 0) && (
        <p data-testid="drafts-skipped">{t('draftsSkipped', { reported: reported.length, notReported: plan?.notReported.length ?? 0 })}</p>
      )}
      {refused.length > 0 && (
        <MessageBar intent="error" data-testid="drafts-refused">
          <MessageBarBody>
            <MessageBarTitle>{t('draftsRefusedTitle')}</MessageBarTitle>
            <ul className={styles.warnings}>
              {refused.map((r) => (
                <li key={r.flagId}>{lang === 'nl' ? r.message : r.messageEn}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {withWarnings > 0 && (
        <MessageBar intent="warning" data-testid="drafts-incomplete">
          <MessageBarBody>{t('draftsIncomplete', { count: withWarnings })}</MessageBarBody>
        </MessageBar>
      )}
      {!canDownload && (
        <MessageBar intent="info" data-testid="mac-note">
          <MessageBarBody>
            <MessageBarTitle>{t('draftsMacTitle')}</MessageBarTitle>
            {t('draftsMacNote')}
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={busy || none} onClick={() => void fillSheet()} data-testid="fill-drafts-sheet">
          {t('draftsFillSheet')}
        </Button>
        {canDownload && (
          <>
            <Button disabled={busy || (none && letters.length === 0)} onClick={() => void downloadAll()} data-testid="download-documents">
              {t('draftsDownload')}
            </Button>
            <Button disabled={busy || none} onClick={() => void downloadCsv()} data-testid="download-csv">
              {t('draftsDownloadCsv')}
            </Button>
            <Button disabled={busy || none} onClick={() => void downloadXlsx()} data-testid="download-xlsx">
              {t('draftsDownloadXlsx')}
            </Button>
          </>
        )}
      </div>
      {drafts.length > 0 && (
        // A list, not a table: each draft reads top to bottom, so it fits a 320 px pane.
        <ul className={styles.list} aria-label={t('tabReports')} data-testid="drafts">
          {drafts.map((d) => {
            const group = firstOfPupil.get(d.flagId);
            return (
              <li key={d.flagId} className={styles.item} data-flag-id={d.flagId} data-pupil-id={d.pupil.id}>
                <div className={styles.itemHead}>
                  <span className={styles.name} data-testid="draft-pupil">
                    {d.pupil.name} ({d.pupil.className})
                  </span>
                  {canDownload && group && (
                    <Button
                      size="small"
                      disabled={busy}
                      aria-label={t('downloadMeldingOf', { name: d.pupil.name })}
                      data-testid="download-melding"
                      onClick={() => void downloadMelding(group)}
                    >
                      {t('downloadMelding')}
                    </Button>
                  )}
                </div>
                <div className={styles.pgn} data-testid="draft-type">
                  {d.duoType} · {displayDate(d.begindatum)} – {d.einddatum ? displayDate(d.einddatum) : '?'}
                </div>
                {d.pgn && (
                  <div className={styles.pgn} data-testid="pgn">
                    {t('pgnLabel')} {maskBsn(d.pgn)}
                  </div>
                )}
                {d.warnings.length > 0 && (
                  <ul className={styles.warnings} data-testid="draft-warnings" aria-label={t('draftsWarningsTitle')}>
                    {d.warnings.map((w) => (
                      <li key={w.code}>{lang === 'nl' ? w.message : w.messageEn}</li>
                    ))}
                  </ul>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {reported.length > 0 && (
        <>
          <h2 className={styles.h2}>{t('draftsReportedTitle')}</h2>
          <ul data-testid="drafts-reported">
            {reported.map((d) => (
              <li key={d.flagId} data-flag-id={d.flagId}>
                {d.pupil.name} ({d.pupil.className}), {d.duoType} {displayDate(d.begindatum)} – {d.einddatum ? displayDate(d.einddatum) : '?'}
                {d.alreadyReported?.on ? `: ${t('draftsReportedOn', { date: displayDate(d.alreadyReported.on) })}` : `: ${d.alreadyReported?.status ?? ''}`}
                {d.alreadyReported?.duoNumber ? `, ${t('draftsDuoNumber', { number: d.alreadyReported.duoNumber })}` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
      {(letterSet?.skipped.length ?? 0) > 0 && (
        <p data-testid="letters-skipped">
          {t('lettersSkipped', {
            reported: skippedLetters('reported'),
            sent: skippedLetters('already-sent'),
            notReported: skippedLetters('not-reported'),
            afterMelding: skippedLetters('after-melding'),
          })}
        </p>
      )}
      {canDownload && letters.length > 0 && (
        <>
          <h2 className={styles.h2}>{t('lettersCount', { count: letters.length })}</h2>
          <ul className={styles.list} aria-label={t('lettersTitle')} data-testid="letters">
            {lettersByPupil(letters).map((group) => (
              <li key={group[0].pupil.id} className={styles.item} data-pupil-id={group[0].pupil.id}>
                <div className={styles.name}>
                  {group[0].pupil.name} ({group[0].pupil.className})
                </div>
                <div className={styles.letterButtons}>
                  {group.map((l) => (
                    <Button
                      key={l.flagId}
                      size="small"
                      disabled={busy}
                      aria-label={t('downloadLetterOf', { kind: t(`letter.${l.kind}` as MessageKey), name: l.pupil.name })}
                      data-testid="download-letter"
                      onClick={() => void downloadLetter(l)}
                    >
                      {t(`letter.${l.kind}` as MessageKey)}
                    </Button>
                  ))}
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
