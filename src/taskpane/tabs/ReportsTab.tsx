import { useMemo, useState } from 'react';
import {
  Button,
  MessageBar,
  MessageBarBody,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import {
  DRAFTS_SHEET_NAME,
  DRAFTS_SHEET_TABLE_NAME,
  buildDraftsSheet,
  draftsFromAnalysis,
  mimeTypeOf,
  parentLetters,
  readDraftsSheetEntries,
  type GeneratedFile,
} from '../../core/drafts';
import { isoFromDay } from '../../core/dates';
import { useLang, useT } from '../i18n';
import type { Session } from '../state/useSession';

const useStyles = makeStyles({
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, margin: `${tokens.spacingVerticalS} 0` },
  warnings: { margin: 0, paddingLeft: tokens.spacingHorizontalL, color: tokens.colorPaletteDarkOrangeForeground1 },
  help: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

/** Offers a generated file to the user (Excel on the web and Windows; Mac desktop cannot download). */
function download(file: GeneratedFile): void {
  const blob = new Blob([file.data as BlobPart], { type: mimeTypeOf(file.name) });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = file.name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function today(): string {
  return isoFromDay(Math.floor(Date.now() / 86_400_000));
}

/**
 * Draft meldingen for the attendance office (one per leerplicht flag whose status is not "Niet
 * melden"), their missing fields, the sheet "Meldingen (concept)" and the Word documents. The
 * documents code (docx, jszip) is loaded only when the user asks for it.
 */
export function ReportsTab({ session }: { session: Session }) {
  const t = useT();
  const lang = useLang();
  const styles = useStyles();
  const { result, imported, settings, followUps, port } = session;
  const [busy, setBusy] = useState(false);
  const drafts = useMemo(
    () => (result && imported ? draftsFromAnalysis(result, imported, settings, followUps) : []),
    [result, imported, settings, followUps],
  );

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

  const fillSheet = async () => {
    setBusy(true);
    try {
      const previous = await port.readTable(DRAFTS_SHEET_NAME, DRAFTS_SHEET_TABLE_NAME);
      const withAdditions = draftsFromAnalysis(result, imported, settings, followUps, readDraftsSheetEntries(previous));
      await port.writeTable(buildDraftsSheet(withAdditions, previous).spec);
      session.setNotice({ intent: 'success', key: 'draftsSheetFilled', params: { count: withAdditions.length } });
    } catch (err) {
      session.setNotice({ intent: 'error', text: err instanceof Error ? err.message : String(err) });
    } finally {
      setBusy(false);
    }
  };

  const downloadAll = async () => {
    setBusy(true);
    try {
      const docs = await import(/* webpackChunkName: "documents" */ '../../documents');
      const date = today();
      const letters = parentLetters(result.flags, imported.students, settings, date, followUps);
      const file = await docs.allDocumentsZip(drafts, letters, date, (id) => imported.students.get(id)?.bsn);
      download(file);
      session.setNotice({ intent: 'success', key: 'documentsReady', params: { name: file.name } });
    } catch (err) {
      session.setNotice({ intent: 'error', text: err instanceof Error ? err.message : String(err) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-label={t('tabReports')}>
      <p data-testid="drafts-count">{t('draftsCount', { count: drafts.length })}</p>
      {withWarnings > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>{t('draftsIncomplete', { count: withWarnings })}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={busy || drafts.length === 0} onClick={() => void fillSheet()} data-testid="fill-drafts-sheet">
          {t('draftsFillSheet')}
        </Button>
        <Button disabled={busy || drafts.length === 0} onClick={() => void downloadAll()} data-testid="download-documents">
          {t('draftsDownload')}
        </Button>
      </div>
      <p className={styles.help}>{t('draftsMacNote')}</p>
      {drafts.length > 0 && (
        <Table size="extra-small" aria-label={t('tabReports')} data-testid="drafts">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('colPupil')}</TableHeaderCell>
              <TableHeaderCell>{t('draftType')}</TableHeaderCell>
              <TableHeaderCell>{t('colPeriod')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {drafts.map((d) => (
              <TableRow key={d.flagId} data-flag-id={d.flagId}>
                <TableCell>
                  {d.pupil.name} ({d.pupil.className})
                  {d.warnings.length > 0 && (
                    <ul className={styles.warnings}>
                      {d.warnings.map((w) => (
                        <li key={w.code}>{lang === 'nl' ? w.message : w.messageEn}</li>
                      ))}
                    </ul>
                  )}
                </TableCell>
                <TableCell>{d.duoType}</TableCell>
                <TableCell>
                  {d.begindatum} – {d.einddatum ?? '?'}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}
