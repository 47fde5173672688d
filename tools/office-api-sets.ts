/**
 * Generates test/fakes/excel/apiSets.generated.ts: the requirement set of every class and class member
 * of the `Excel` namespace, read from the `[Api set: ExcelApi 1.x]` annotations of @types/office-js.
 * The Excel fake gates its API with it, so it is never typed by hand (and a test checks it has not
 * drifted from the installed typings). Run: `npm run gen:api-sets`.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

interface Requirement {
  /** e.g. "ExcelApi 1.9"; "ExcelApi BETA" style text is kept as it stands. */
  get: string;
  /** Only when setting needs a later set ("1.1 for get, 1.8 for set"). */
  set?: string;
}

interface ClassEntry {
  set: string;
  properties: Map<string, Requirement>;
  methods: Map<string, Requirement>;
}

const ANNOTATION = /\[Api set:\s*([^\]]*)\]/;
const SET_AND_VERSION = /([A-Za-z]+)\s+(\d+\.\d+)/;

/** Parses the text inside `[Api set: …]`; undefined when there is none. */
export function parseApiSet(text: string): Requirement | undefined {
  const m = ANNOTATION.exec(text);
  if (!m) return undefined;
  const body = m[1].trim();
  const first = SET_AND_VERSION.exec(body);
  if (!first) return { get: body };
  const get = `${first[1]} ${first[2]}`;
  // "ExcelApi 1.1 for get, 1.8 for set" / "1.1 for getting the name; 1.4 for setting it" /
  // "1.1 for reading visibility; 1.2 for setting it"
  const setter = /(\d+\.\d+) for set/.exec(body);
  return setter && setter[1] !== first[2] ? { get, set: `${first[1]} ${setter[1]}` } : { get };
}

function minor(set: string): number {
  const m = /\d+\.(\d+)$/.exec(set);
  return m ? Number(m[1]) : Number.POSITIVE_INFINITY;
}

/** Of two overloads' requirements, the one that makes the member exist first. */
function earlier(a: Requirement, b: Requirement): Requirement {
  return minor(b.get) < minor(a.get) ? b : a;
}

function leadingDoc(node: ts.Node, source: ts.SourceFile): string {
  const text = source.getFullText();
  return (ts.getLeadingCommentRanges(text, node.getFullStart()) ?? []).map((r) => text.slice(r.pos, r.end)).join('\n');
}

function memberName(member: ts.ClassElement, source: ts.SourceFile): string | undefined {
  if (!member.name) return undefined;
  if (ts.isIdentifier(member.name) || ts.isStringLiteral(member.name)) return member.name.text;
  return member.name.getText(source);
}

export function collectExcelApiSets(dts: string): Map<string, ClassEntry> {
  const source = ts.createSourceFile('index.d.ts', dts, ts.ScriptTarget.Latest, true);
  const classes = new Map<string, ClassEntry>();
  for (const statement of source.statements) {
    if (!ts.isModuleDeclaration(statement) || statement.name.getText(source) !== 'Excel') continue;
    const body = statement.body;
    if (!body || !ts.isModuleBlock(body)) continue;
    for (const node of body.statements) {
      if (!ts.isClassDeclaration(node) || !node.name) continue;
      // RequestContext alone carries no annotation: it exists wherever Excel.run does (ExcelApi 1.1).
      const classSet = parseApiSet(leadingDoc(node, source))?.get ?? 'ExcelApi 1.1';
      const entry: ClassEntry = classes.get(node.name.text) ?? { set: classSet, properties: new Map(), methods: new Map() };
      for (const member of node.members) {
        const name = memberName(member, source);
        if (!name || ts.isConstructorDeclaration(member)) continue;
        const own = parseApiSet(leadingDoc(member, source)) ?? { get: classSet };
        const isMethod = ts.isMethodDeclaration(member);
        const bucket = isMethod ? entry.methods : entry.properties;
        const before = bucket.get(name);
        bucket.set(name, before ? earlier(before, own) : own);
      }
      classes.set(node.name.text, entry);
    }
  }
  return classes;
}

function groupBySet(members: Map<string, Requirement>, pick: (r: Requirement) => string | undefined): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const [name, req] of members) {
    const set = pick(req);
    if (!set) continue;
    groups.set(set, [...(groups.get(set) ?? []), name]);
  }
  return new Map([...groups].sort((a, b) => minor(a[0]) - minor(b[0]) || a[0].localeCompare(b[0])));
}

function wrapNames(names: string[], indent: string): string {
  const lines: string[] = [];
  let line = '';
  for (const n of [...names].sort()) {
    const item = `'${n}',`;
    if (line && indent.length + line.length + 1 + item.length > 110) {
      lines.push(indent + line);
      line = item;
    } else line = line ? `${line} ${item}` : item;
  }
  if (line) lines.push(indent + line);
  return lines.join('\n');
}

function emitGroups(label: string, groups: Map<string, string[]>): string[] {
  if (groups.size === 0) return [];
  const out = [`    ${label}: {`];
  for (const [set, names] of groups) out.push(`      '${set}': [\n${wrapNames(names, '        ')}\n      ],`);
  out.push('    },');
  return out;
}

export function generateApiSetsSource(dts: string, typesVersion: string): string {
  const classes = collectExcelApiSets(dts);
  const out: string[] = [
    `// Generated by tools/office-api-sets.ts from @types/office-js ${typesVersion}. Do not edit: run \`npm run gen:api-sets\`.`,
    '// Every class of the Excel namespace with its requirement set, and its members grouped by the set',
    "// they need (a member without its own annotation needs its class's set). `setters` lists properties",
    '// whose setting needs a later set than their reading.',
    '',
    'export interface ExcelClassApiSets {',
    '  set: string;',
    '  properties?: Readonly<Record<string, readonly string[]>>;',
    '  methods?: Readonly<Record<string, readonly string[]>>;',
    '  setters?: Readonly<Record<string, readonly string[]>>;',
    '}',
    '',
    `export const OFFICE_JS_TYPES_VERSION = '${typesVersion}';`,
    '',
    'export const EXCEL_API_SETS: Readonly<Record<string, ExcelClassApiSets>> = {',
  ];
  for (const name of [...classes.keys()].sort()) {
    const c = classes.get(name)!;
    out.push(`  ${name}: {`, `    set: '${c.set}',`);
    out.push(...emitGroups('properties', groupBySet(c.properties, (r) => r.get)));
    out.push(...emitGroups('methods', groupBySet(c.methods, (r) => r.get)));
    out.push(...emitGroups('setters', groupBySet(c.properties, (r) => r.set)));
    out.push('  },');
  }
  out.push('};', '');
  return out.join('\n');
}

export const TYPES_DIR = path.join(__dirname, '..', 'node_modules', '@types', 'office-js');
export const OUTPUT = path.join(__dirname, '..', 'test', 'fakes', 'excel', 'apiSets.generated.ts');

export function generateFromInstalledTypes(): string {
  const dts = fs.readFileSync(path.join(TYPES_DIR, 'index.d.ts'), 'utf8');
  const { version } = JSON.parse(fs.readFileSync(path.join(TYPES_DIR, 'package.json'), 'utf8')) as { version: string };
  return generateApiSetsSource(dts, version);
}

if (require.main === module) {
  const text = generateFromInstalledTypes();
  fs.writeFileSync(OUTPUT, text);
  const count = (text.match(/^ {2}[A-Za-z]+: \{$/gm) ?? []).length;
  console.log(`${path.relative(process.cwd(), OUTPUT)}: ${count} Excel classes`);
}
