import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { columnLetters } from '../../core/register/cellAddress';
import { maskBsn } from '../../core/drafts/privacy';
import type { CellValue, CodeSummary, RegisterField } from '../../core/register/types';
import { CATEGORIES, MAPPABLE_FIELDS, type Category, type Settings } from '../../core/settings/schema';
import { codeCategoryKey, useLang, useT, type MessageKey } from '../i18n';
import type { Session } from '../state/useSession';

const REQUIRED: readonly RegisterField[] = ['studentId', 'date', 'code'];
const HEADER_ROWS = 20;

function cellText(v: CellValue): string {
  if (v === null || v === undefined) return '';
  return v instanceof Date ? v.toISOString().slice(0, 10) : String(v).trim();
}

/** A row's first texts, for choosing the header row. */
export function rowPreview(row: readonly CellValue[] | undefined): string {
  // The rows offered as header may be data rows: a BSN or onderwijsnummer (9 digits) shows masked.
  const texts = (row ?? [])
    .map(cellText)
    .filter((x) => x !== '')
    .map((x) => (/^\d{9}$/.test(x.replace(/\s+/g, '')) ? maskBsn(x) : x));
  const joined = texts.slice(0, 4).join(' | ');
  return joined.length > 60 ? `${joined.slice(0, 59)}…` : joined || '—';
}
const MAX_PROBLEMS = 200;

const useStyles = makeStyles({
  section: { marginBottom: tokens.spacingVerticalL },
  h2: { fontSize: tokens.fontSizeBase400, margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalS}` },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-end', flexWrap: 'wrap' },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(150px, 1fr))',
    gap: tokens.spacingHorizontalS,
    '& > *': { minWidth: 0 },
    '& .fui-Select': { minWidth: 0, width: '100%' },
  },
  category: { minWidth: '130px' },
  problems: { listStyle: 'none', padding: 0, margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  help: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, margin: `0 0 ${tokens.spacingVerticalS}` },
});

/** Codes without a category first (they need the user), then by row count. */
export function orderCodes(codes: readonly CodeSummary[]): CodeSummary[] {
  return [...codes].sort((a, b) => Number(b.category === null) - Number(a.category === null) || b.rows - a.rows || a.code.localeCompare(b.code));
}

export function RegisterTab({ session }: { session: Session }) {
  const t = useT();
  const lang = useLang();
  const styles = useStyles();
  const { imported, settings, sources, busy, read, headerError } = session;

  const sourceText = (id: string) => {
    const s = sources.find((x) => x.id === id);
    if (!s) return id;
    if (s.kind === 'table') return t('sourceTable', { label: s.label, sheet: s.sheetName });
    if (s.kind === 'sheet') return t('sourceSheet', { label: s.label });
    return t('sourceSelection', { label: s.label });
  };

  const saveAndReread = async (next: Settings, savedKey: MessageKey) => {
    const issues = await session.saveSettings(next, savedKey);
    if (issues.length > 0) {
      session.setNotice({
        intent: 'error',
        text: issues.map((i) => `${i.label}: ${i.message}`).join('\n'),
        textEn: issues.map((i) => `${i.labelEn}: ${i.messageEn}`).join('\n'),
      });
      return;
    }
    // Read again with the new mapping, then confirm (reading clears the notice line).
    if (await session.run(false, next)) session.setNotice({ intent: 'success', key: savedKey });
  };

  const setField = (field: RegisterField, value: string) => {
    const fields = { ...(settings.mapping?.fields ?? {}) };
    fields[field] = value === '' ? -1 : Number(value);
    void saveAndReread({ ...settings, mapping: { ...settings.mapping, fields } }, 'mappingSaved');
  };

  const setHeaderRow = (value: string) => {
    const { headerRow: _old, ...rest } = settings.mapping ?? { fields: {} };
    const mapping = value === '' ? rest : { ...rest, headerRow: Number(value) };
    void saveAndReread({ ...settings, mapping }, 'mappingSaved');
  };

  const setCode = (code: string, value: string) => {
    const codes = { ...settings.codes };
    if (value === '') delete codes[code];
    else codes[code] = value as Category;
    void saveAndReread({ ...settings, codes }, 'codesSaved');
  };

  const firstColumn = read?.firstSheetColumn ?? 0;
  const firstRow = read?.firstSheetRow ?? 1;
  // Without a detected header, the columns are those of the row the user picked (or the closest one).
  const chosenRow = imported?.header.row ?? settings.mapping?.headerRow ?? headerError?.closestRow ?? firstRow;
  const headers = imported?.header.headers ?? (read?.cells[chosenRow - firstRow] ?? []).map(cellText);
  const mappingFor = (field: RegisterField): number | undefined =>
    imported ? imported.header.mapping[field] : settings.mapping?.fields?.[field];
  const unmapped = imported?.codes.filter((c) => c.category === null) ?? [];

  return (
    <section aria-label={t('tabRegister')}>
      <div className={styles.section}>
        {sources.length === 0 ? (
          <MessageBar intent="warning">
            <MessageBarBody>{t('noSources')}</MessageBarBody>
          </MessageBar>
        ) : (
          <div className={styles.row}>
            <Field label={t('sourceLabel')}>
              <Select value={session.sourceId ?? ''} onChange={(_, d) => session.setSourceId(d.value)} data-testid="source">
                {sources.map((s) => (
                  <option key={s.id} value={s.id}>{sourceText(s.id)}</option>
                ))}
              </Select>
            </Field>
            <Button onClick={() => void session.run(false)} disabled={!!busy} data-testid="read-register">
              {busy ? t('reading') : t('readRegister')}
            </Button>
          </div>
        )}
      </div>

      {read && !imported && headerError && (
        <MessageBar intent="warning">
          <MessageBarBody>{t('headerNotFound')}</MessageBarBody>
        </MessageBar>
      )}

      {read && (imported || headerError) && (
        <div className={styles.section}>
          <h2 className={styles.h2}>{t('mappingTitle')}</h2>
          <p className={styles.help}>{t('mappingHelp')}</p>
          <Field label={t('headerRowLabel')}>
            <Select value={settings.mapping?.headerRow === undefined ? '' : String(settings.mapping.headerRow)} onChange={(_, d) => setHeaderRow(d.value)} data-testid="header-row">
              <option value="">
                {t('headerRowAuto')}
                {imported ? ` – ${t('headerRowOption', { row: imported.header.row, preview: rowPreview(read.cells[imported.header.row - firstRow]) })}` : ''}
              </option>
              {read.cells.slice(0, HEADER_ROWS).map((row, i) => (
                <option key={i} value={String(firstRow + i)}>
                  {t('headerRowOption', { row: firstRow + i, preview: rowPreview(row) })}
                </option>
              ))}
            </Select>
          </Field>
          <div className={styles.grid} data-testid="mapping">
            {MAPPABLE_FIELDS.map((field) => {
              const current = mappingFor(field);
              return (
                <Field key={field} label={t(`field.${field}` as MessageKey) + (REQUIRED.includes(field) ? ` (${t('required')})` : '')}>
                  <Select value={current === undefined || current < 0 ? '' : String(current)} onChange={(_, d) => setField(field, d.value)} data-field={field}>
                    <option value="">{t('mappingNone')}</option>
                    {headers.map((h, i) => (
                      <option key={i} value={String(i)}>
                        {t('mappingColumn', { letter: columnLetters(firstColumn + i), header: h || '—' })}
                      </option>
                    ))}
                  </Select>
                </Field>
              );
            })}
          </div>
          {settings.mapping && (
            <Button appearance="subtle" onClick={() => void saveAndReread({ ...settings, mapping: undefined }, 'mappingSaved')}>
              {t('mappingReset')}
            </Button>
          )}
        </div>
      )}

      {imported && (
        <>
          <p>
            {t('headerFound', { row: imported.header.row })}{' '}
            {t('counts', {
              read: imported.counts.rowsRead,
              counted: imported.counts.rowsCounted,
              notCounted: imported.counts.rowsNotCounted,
              students: imported.students.size,
            })}
          </p>
          {imported.dateOrderWarning && (
            <MessageBar intent="warning">
              <MessageBarBody>{lang === 'nl' ? imported.dateOrderWarning.message : imported.dateOrderWarning.messageEn}</MessageBarBody>
            </MessageBar>
          )}

          <div className={styles.section}>
            <h2 className={styles.h2}>{t('codesTitle')}</h2>
            <p className={styles.help}>{t('codesHelp')}</p>
            {unmapped.length > 0 && (
              <MessageBar intent="warning">
                <MessageBarBody>{t('codeUnmappedCount', { count: unmapped.length, codes: unmapped.map((c) => c.code).join(', ') })}</MessageBarBody>
              </MessageBar>
            )}
            <Table size="extra-small" aria-label={t('codesTitle')} data-testid="codes">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{t('codeColumn')}</TableHeaderCell>
                  <TableHeaderCell>{t('codeRows')}</TableHeaderCell>
                  <TableHeaderCell>{t('codeCategory')}</TableHeaderCell>
                  <TableHeaderCell>{t('codeSource')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {orderCodes(imported.codes).map((c) => (
                  <TableRow key={c.code}>
                    <TableCell>{c.code}</TableCell>
                    <TableCell>{c.rows}</TableCell>
                    <TableCell>
                      <Select
                        size="small"
                        className={styles.category}
                        aria-label={`${t('codeCategory')} ${c.code}`}
                        value={c.category ?? ''}
                        onChange={(_, d) => setCode(c.code, d.value)}
                      >
                        {c.category === null && <option value="">{t('codeUnmapped')}</option>}
                        {CATEGORIES.map((cat) => (
                          <option key={cat} value={cat}>{t(codeCategoryKey(cat))}</option>
                        ))}
                      </Select>
                    </TableCell>
                    <TableCell>
                      {c.source === 'school' ? t('codeSourceSchool') : c.source === 'default' ? t('codeSourceDefault') : t('codeSourceUnmapped')}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>

          <div className={styles.section}>
            <h2 className={styles.h2}>{t('problemsTitle', { count: imported.problems.length })}</h2>
            {imported.problems.length === 0 ? (
              <MessageBar intent="success">
                <MessageBarBody>{t('problemsNone')}</MessageBarBody>
              </MessageBar>
            ) : (
              <ul className={styles.problems} data-testid="problems">
                {imported.problems.slice(0, MAX_PROBLEMS).map((p, i) => (
                  <li key={i}>
                    <Button size="small" appearance="subtle" onClick={() => void session.selectProblem(p.row, p.cell)} aria-label={t('problemSelect', { cell: p.cell ?? String(p.row) })}>
                      {p.cell ?? `${p.row}`}
                    </Button>{' '}
                    {lang === 'nl' ? p.message : p.messageEn}
                  </li>
                ))}
                {imported.problems.length > MAX_PROBLEMS && <li>{t('problemsMore', { count: imported.problems.length - MAX_PROBLEMS })}</li>}
              </ul>
            )}
          </div>
        </>
      )}
    </section>
  );
}
