import { columnLetters } from '../../core/register/cellAddress';
import { matchHeader } from '../../core/register/headerAliases';
import { terminalSafe } from '../terminalText';
import type { RegisterField, RegisterImport } from '../../core/register/types';
import type { Category } from '../../core/settings/schema';
import type { CliIo } from '../io';
import { holidayNotice } from '../holidayNotice';
import { loadRegister } from '../loadInput';
import type { CommonOptions } from '../main';

/** Problems listed in the text output; --json always has all of them. */
const TEXT_PROBLEM_LIMIT = 500;

const FIELD_NL: Record<RegisterField, string> = {
  studentId: 'leerlingnummer',
  studentName: 'naam',
  firstName: 'voornaam',
  infix: 'tussenvoegsel',
  lastName: 'achternaam',
  className: 'klas',
  mentor: 'mentor',
  dateOfBirth: 'geboortedatum',
  bsn: 'BSN/onderwijsnummer',
  date: 'datum',
  lesson: 'lesuur',
  lessonTo: 'tot lesuur',
  startTime: 'begintijd',
  endTime: 'eindtijd',
  minutes: 'minuten',
  hours: 'uren',
  code: 'code',
  kind: 'soort',
  authorised: 'geoorloofd',
  remark: 'opmerking',
  schoolActions: 'acties school',
};

const CATEGORY_NL: Record<Category, string> = {
  unauthorised: 'ongeoorloofd',
  late: 'te laat',
  sick: 'ziek',
  authorised: 'geoorloofd',
  luxury: 'luxe verzuim',
  ignore: 'telt niet (negeren)',
};

const SOURCE_NL = { school: 'eigen koppeling', default: 'standaard', unmapped: 'niet gekoppeld' } as const;

export interface InspectJson {
  file: string;
  sheet?: string;
  header: { row: number; mapping: Partial<Record<RegisterField, { column: string; header: string }>> };
  codes: RegisterImport['codes'];
  /** Soort and Geoorloofd values, unknown ones first (map them in the settings: kinds / authorisedValues). */
  kinds?: RegisterImport['kinds'];
  authorisedValues?: RegisterImport['authorisedValues'];
  /** Other columns that could be the date, not used (a specific "Absentiedatum" won over "Datum"). */
  otherDateColumns?: { column: string; header: string }[];
  problems: RegisterImport['problems'];
  counts: RegisterImport['counts'];
  dateOrderWarning?: RegisterImport['dateOrderWarning'];
}

const KIND_NL: Record<string, string> = { late: 'te laat', removed: 'verwijderd', sick: 'ziek', absent: 'absent', yes: 'ja', no: 'nee' };

/** What inspect reports, as data: the JSON output, and the source of the text output. */
export function inspectSummary(imp: RegisterImport, file: string, sheet?: string): InspectJson {
  const mapping: InspectJson['header']['mapping'] = {};
  for (const [field, col] of Object.entries(imp.header.mapping) as [RegisterField, number | undefined][]) {
    if (col === undefined || col < 0) continue;
    mapping[field] = { column: columnLetters(col), header: imp.header.headers[col] ?? '' };
  }
  const out: InspectJson = { file, header: { row: imp.header.row, mapping }, codes: imp.codes, problems: imp.problems, counts: imp.counts };
  if (sheet !== undefined) out.sheet = sheet;
  if (imp.kinds) out.kinds = imp.kinds;
  if (imp.authorisedValues) out.authorisedValues = imp.authorisedValues;
  const dateCol = imp.header.mapping.date;
  const others = imp.header.headers.flatMap((h, c) => (c !== dateCol && h && matchHeader(h)?.field === 'date' ? [{ column: columnLetters(c), header: h }] : []));
  if (others.length > 0) out.otherDateColumns = others;
  if (imp.dateOrderWarning) out.dateOrderWarning = imp.dateOrderWarning;
  return out;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function formatInspectText(s: InspectJson): string {
  const lines: string[] = [];
  lines.push(`Register: ${s.file}${s.sheet !== undefined ? ` (werkblad "${s.sheet}")` : ''}`);
  lines.push(`Kopregel: rij ${s.header.row}`);
  lines.push('');
  lines.push('Kolommen:');
  const fields = Object.entries(s.header.mapping) as [RegisterField, { column: string; header: string }][];
  const width = Math.max(...fields.map(([f]) => FIELD_NL[f].length));
  for (const [f, m] of fields) lines.push(`  ${FIELD_NL[f].padEnd(width)}  kolom ${m.column.padEnd(2)}  "${m.header}"`);
  if (s.otherDateColumns) {
    const list = s.otherDateColumns.map((o) => `"${o.header}" (kolom ${o.column})`).join(', ');
    lines.push(`  (datum: gekozen is de kolom hierboven; ook gevonden en niet gebruikt: ${list}; kies anders met een kolomindeling in de instellingen)`);
  }
  lines.push('');
  lines.push(`Codes (${s.codes.length}):`);
  const codeWidth = Math.max(4, ...s.codes.map((c) => c.code.length));
  for (const c of s.codes) {
    const cat = c.category === null ? 'NIET GEKOPPELD' : CATEGORY_NL[c.category];
    const source = c.source === 'unmapped' ? ' — koppel deze code in de instellingen (codes)' : ` (${SOURCE_NL[c.source]})`;
    const rows = `${String(c.rows).padStart(7)} ${c.rows === 1 ? 'rij  ' : 'rijen'}`;
    lines.push(`  ${c.code.padEnd(codeWidth)}  ${cat.padEnd(19)} ${rows}${source}`);
  }
  for (const [title, values, key] of [
    ['Soort', s.kinds, 'kinds'],
    ['Geoorloofd', s.authorisedValues, 'authorisedValues'],
  ] as const) {
    if (!values) continue;
    lines.push('');
    lines.push(`${title}-waarden (${values.length}):`);
    const w = Math.max(4, ...values.map((v) => v.value.length));
    for (const v of values) {
      const meaning = v.meaning === null ? 'ONBEKEND' : (KIND_NL[v.meaning] ?? v.meaning);
      const source = v.meaning === null ? ` — zeg in de instellingen (${key}) wat "${v.value}" betekent` : ` (${SOURCE_NL[v.source]})`;
      lines.push(`  ${v.value.padEnd(w)}  ${meaning.padEnd(10)} ${String(v.rows).padStart(7)} ${v.rows === 1 ? 'rij  ' : 'rijen'}${source}`);
    }
  }
  lines.push('');
  const n = s.counts;
  lines.push(
    `Rijen: ${n.rowsRead} gelezen, ${n.rowsCounted} tellen mee, ${n.rowsNotCounted} tellen niet mee` +
      (n.blankRows > 0 ? ` (${plural(n.blankRows, 'lege rij', 'lege rijen')} overgeslagen)` : ''),
  );
  if (n.rowsMissing) lines.push(`Let op: ${plural(n.rowsMissing, 'rij', 'rijen')} in het bestand niet gelezen (zie de problemen van soort row-account).`);
  if (s.dateOrderWarning) {
    lines.push('');
    lines.push(`Let op: ${s.dateOrderWarning.message}`);
  }
  lines.push('');
  if (s.problems.length === 0) lines.push('Problemen: geen');
  else {
    lines.push(`Problemen (${s.problems.length}):`);
    for (const p of s.problems.slice(0, TEXT_PROBLEM_LIMIT)) lines.push(`  [${p.kind}${p.warning ? ', telt mee' : ''}] ${p.message}`);
    if (s.problems.length > TEXT_PROBLEM_LIMIT) {
      lines.push(`  … en nog ${s.problems.length - TEXT_PROBLEM_LIMIT} (alle problemen staan in de uitvoer van --json)`);
    }
  }
  return lines.join('\n') + '\n';
}

/** `verzuimsignaal inspect FILE`: header, columns, codes, problems and row counts of a register. */
export async function runInspect(file: string, opts: CommonOptions, io: CliIo): Promise<number> {
  const loaded = await loadRegister(file, { sheet: opts.sheet, config: opts.config, lang: opts.lang });
  const summary = inspectSummary(loaded.import, file, loaded.sheetName);
  // First, before anything else; on stderr with --json so stdout stays one JSON document.
  for (const line of holidayNotice(loaded.import, loaded.settings, { file, config: opts.config, lang: opts.lang })) (opts.json ? io.err : io.out)(`${line}\n`);
  // Cell texts reach the terminal: control characters and escape sequences are shown, never run.
  io.out(opts.json ? `${JSON.stringify(summary, null, 2)}\n` : terminalSafe(formatInspectText(summary)));
  return 0;
}
