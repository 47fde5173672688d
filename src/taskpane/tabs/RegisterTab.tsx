import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { columnLetters } from '../../core/register/cellAddress';
import { maskBsn } from '../../core/drafts/privacy';
import type { CellValue, CodeSummary, RegisterField, ValueSummary } from '../../core/register/types';
import { CATEGORIES, MAPPABLE_FIELDS, type Category, type Settings } from '../../core/settings/schema';
import { codeCategoryKey, useLang, useT, type MessageKey } from '../i18n';
import type { Session } from '../state/useSession';
import { VALUE_MEANINGS, unknownValues, withValueMeaning, type ValueColumn } from './registerValues';

const REQUIRED: readonly RegisterField[] = ['studentId', 'date', 'code'];
const HEADER_ROWS = 20;

function cellText(v: CellValue): string {
  if (v === null || v === undefined) return '';
  return v instanceof Date ? v.toISOString().slice(0, 10) : String(v).trim();
}

/** A row's first texts, for choosing the header row. */
export function rowPreview(row: readonly CellValue[] | undefined, max = 60): string {
  // The rows offered as header may be data rows: a BSN or onderwijsnummer (9 digits) shows masked.
  const texts = (row ?? [])
    .map(cellText)
    .filter((x) => x !== '')
    .map((x) => (/^\d{9}$/.test(x.replace(/\s+/g, '')) ? maskBsn(x) : x));
  const joined = texts.slice(0, 4).join(' | ');
  return joined.length > max ? `${joined.slice(0, max - 1)}…` : joined || '—';
}
const MAX_PROBLEMS = 200;
/** A row's preview in the header-row drop-down: what a 320 px pane shows whole (the hint below has it all). */
const OPTION_PREVIEW = 24;

const useStyles = makeStyles({
  section: { marginBottom: tokens.spacingVerticalL },
  h2: { fontSize: tokens.fontSizeBase400, margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalS}` },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-end', flexWrap: 'wrap', '& > .fui-Field': { flexGrow: 1, minWidth: 0 } },
  // A native select is as wide as its longest option unless told otherwise: in a narrow pane the
  // field takes the pane's width and its options are kept short.
  full: { minWidth: 0, '& .fui-Select': { minWidth: 0, width: '100%' } },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))',
    gap: tokens.spacingHorizontalS,
    '& > *': { minWidth: 0 },
    '& .fui-Select': { minWidth: 0, width: '100%' },
  },
  problems: { listStyle: 'none', padding: 0, margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  help: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, margin: `0 0 ${tokens.spacingVerticalS}` },
  h3: { fontSize: tokens.fontSizeBase300, margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXS}` },
  values: { marginBottom: tokens.spacingVerticalM },
  // Codes and values as a list, one per item: a table of four columns does not fit 320 px.
  list: { listStyle: 'none', padding: 0, margin: 0, display: 'flex', flexDirection: 'column' },
  item: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  itemHead: { display: 'flex', flexDirection: 'column', minWidth: 0, flex: '1 1 80px' },
  meta: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  fill: { flex: '0 1 200px', minWidth: 0, '& select': { minWidth: 0 } },
  wrap: { overflowWrap: 'anywhere' },
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
  const setValue = (column: ValueColumn, value: string, meaning: string) =>
    void saveAndReread(withValueMeaning(settings, column, value, meaning), 'valuesSaved');

  return (
    <section aria-label={t('tabRegister')}>
      <div className={styles.section}>
        {sources.length === 0 ? (
          <MessageBar intent="warning">
            <MessageBarBody>{t('noSources')}</MessageBarBody>
          </MessageBar>
        ) : (
          <div className={styles.row}>
            <Field label={t('sourceLabel')} className={styles.full}>
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
          <Field
            label={t('headerRowLabel')}
            className={styles.full}
            hint={imported ? t('headerRowOption', { row: imported.header.row, preview: rowPreview(read.cells[imported.header.row - firstRow]) }) : undefined}
          >
            <Select value={settings.mapping?.headerRow === undefined ? '' : String(settings.mapping.headerRow)} onChange={(_, d) => setHeaderRow(d.value)} data-testid="header-row">
              <option value="">
                {t('headerRowAuto')}
                {imported ? ` – ${t('headerRowAutoRow', { row: imported.header.row })}` : ''}
              </option>
              {read.cells.slice(0, HEADER_ROWS).map((row, i) => (
                <option key={i} value={String(firstRow + i)}>
                  {t('headerRowOption', { row: firstRow + i, preview: rowPreview(row, OPTION_PREVIEW) })}
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
            <ul className={styles.list} aria-label={t('codesTitle')} data-testid="codes">
              {orderCodes(imported.codes).map((c) => (
                <li key={c.code} className={styles.item} data-code={c.code}>
                  <div className={styles.itemHead}>
                    <strong className={styles.wrap}>{c.code}</strong>
                    <span className={styles.meta} data-testid="code-meta">
                      {t('valueRows', { rows: c.rows })}
                      {c.source === 'school' ? ` · ${t('codeSourceSchool')}` : c.source === 'default' ? ` · ${t('codeSourceDefault')}` : ''}
                    </span>
                  </div>
                  <Select
                    size="small"
                    className={styles.fill}
                    aria-label={`${t('codeCategory')} ${c.code}`}
                    value={c.category ?? ''}
                    onChange={(_, d) => setCode(c.code, d.value)}
                  >
                    {c.category === null && <option value="">{t('codeUnmapped')}</option>}
                    {CATEGORIES.map((cat) => (
                      <option key={cat} value={cat}>{t(codeCategoryKey(cat))}</option>
                    ))}
                  </Select>
                </li>
              ))}
            </ul>
          </div>

          {(imported.kinds || imported.authorisedValues) && (
            <div className={styles.section} data-testid="register-values">
              <h2 className={styles.h2}>{t('valuesTitle')}</h2>
              <p className={styles.help}>{t('valuesHelp')}</p>
              {imported.kinds && <ValueList column="kinds" values={imported.kinds} onChange={setValue} />}
              {imported.authorisedValues && <ValueList column="authorisedValues" values={imported.authorisedValues} onChange={setValue} />}
            </div>
          )}

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

const COLUMN_FIELD: Record<ValueColumn, RegisterField> = { kinds: 'kind', authorisedValues: 'authorised' };
const meaningKey = (column: ValueColumn, meaning: string): MessageKey =>
  (column === 'kinds' ? `kind.${meaning}` : `authorised.${meaning}`) as MessageKey;

/**
 * The Soort or Geoorloofd texts of the register, unknown ones first: the school says what "x" or
 * "ja (brief)" means, as it does for codes. Texts the defaults know show their meaning; the
 * school's own meaning can be changed.
 */
function ValueList({ column, values, onChange }: { column: ValueColumn; values: readonly ValueSummary[]; onChange: (column: ValueColumn, value: string, meaning: string) => void }) {
  const t = useT();
  const styles = useStyles();
  const name = t(`field.${COLUMN_FIELD[column]}` as MessageKey);
  const unknown = unknownValues(values);
  return (
    <div className={styles.values}>
      <h3 className={styles.h3}>{name}</h3>
      {unknown.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody className={styles.wrap}>{t('valuesUnknownCount', { count: unknown.length, column: name, values: unknown.map((v) => `“${v.value}”`).join(', ') })}</MessageBarBody>
        </MessageBar>
      )}
      <ul className={styles.list} data-testid={`values-${column}`}>
        {values.map((v) => (
          <li key={v.value} className={styles.item} data-value={v.value}>
            <div className={styles.itemHead}>
              <strong className={styles.wrap}>{v.value}</strong>
              <span className={styles.meta}>
                {t('valueRows', { rows: v.rows })} · {v.source === 'school' ? t('codeSourceSchool') : v.source === 'default' ? t('codeSourceDefault') : t('valueUnknown')}
              </span>
            </div>
            {v.source === 'default' && v.meaning !== null ? (
              <span data-testid="value-meaning">{t(meaningKey(column, v.meaning))}</span>
            ) : (
              <Select
                size="small"
                className={styles.fill}
                aria-label={t('valueMeaning', { value: v.value, column: name })}
                value={v.meaning ?? ''}
                onChange={(_, d) => onChange(column, v.value, d.value)}
              >
                {v.meaning === null && <option value="">{t('valueUnknown')}</option>}
                {VALUE_MEANINGS[column].map((m) => (
                  <option key={m} value={m}>{t(meaningKey(column, m))}</option>
                ))}
              </Select>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
