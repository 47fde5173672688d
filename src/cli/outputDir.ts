import { lstat, mkdir, mkdtemp, readFile, realpath, rename, rm, stat, statfs, unlink, writeFile, copyFile } from 'node:fs/promises';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { CliError } from './io';
import { say, type CliLang } from './lang';

/**
 * The output folder of `report`: written per run as a whole. Every file of a run is first written
 * into a fresh folder beside --out (same parent, so the same file system), and only when all of
 * them were written are they moved into --out, each by a rename; a write error leaves --out as it
 * was. The run's own documents are listed in a manifest, so a later run removes those of an
 * earlier run that no longer apply (a melding for a pupil reported meanwhile). Files the user put
 * there, and the letters (made once per signal, recorded in the letter log), are never removed.
 */

/** The list of documents the last run wrote, kept in the folder (a dot file: hidden in listings). */
export const RUN_MANIFEST_NAME = '.verzuimsignaal-uitvoer.json';

/** Paths under which no output is written: kernel file systems, where a write fails or blocks. */
const SYSTEM_ROOTS = ['/proc', '/sys', '/dev'];
/** statfs types of the same file systems (procfs, sysfs, devtmpfs, devpts, cgroup, cgroup2, debugfs). */
const SYSTEM_FS_TYPES = new Set([0x9fa0, 0x62656572, 0x1373, 0x1cd1, 0x27e0eb, 0x63677270, 0x64626720]);

function reason(e: unknown, lang: CliLang | undefined): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return say(lang, 'geen schrijfrechten', 'no permission to write');
    case 'EROFS':
      return say(lang, 'alleen-lezen schijf', 'read-only disk');
    case 'ENOSPC':
      return say(lang, 'schijf vol', 'disk full');
    case 'EDQUOT':
      return say(lang, 'schijfquotum bereikt', 'disk quota reached');
    case 'ENOTDIR':
      return say(lang, 'een deel van het pad is een bestand, geen map', 'part of the path is a file, not a folder');
    case 'EISDIR':
      return say(lang, 'daar staat een map met dezelfde naam', 'a folder of the same name is in the way');
    case 'ENAMETOOLONG':
      return say(lang, 'pad te lang', 'path too long');
    case 'ENOENT':
      return say(lang, 'map bestaat niet (meer)', 'the folder does not exist (any more)');
    default:
      return e instanceof Error ? e.message : String(e);
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch {
    return false;
  }
}

/** The nearest existing ancestor of a path (itself when it exists), resolved through links. */
async function existingAncestor(path: string): Promise<string> {
  let p = path;
  for (;;) {
    if (await exists(p)) return realpath(p);
    const up = dirname(p);
    if (up === p) return p;
    p = up;
  }
}

function underSystemRoot(path: string): string | undefined {
  return SYSTEM_ROOTS.find((root) => path === root || path.startsWith(root + sep));
}

/**
 * Checks --out and makes it when missing: refused, with one line, when it is a file, lies on a
 * kernel file system (/proc, /sys, /dev), or cannot be made. Returns the absolute path.
 */
export async function prepareOutDir(out: string, lang?: CliLang): Promise<string> {
  const dir = resolve(out);
  const root = underSystemRoot(dir) ?? underSystemRoot(await existingAncestor(dir));
  if (root) {
    throw new CliError(say(lang, `--out: ${out} ligt in ${root}, een systeemmap; kies een gewone map`, `--out: ${out} lies in ${root}, a system folder; choose an ordinary folder`));
  }
  try {
    const fs = await statfs(await existingAncestor(dir));
    if (SYSTEM_FS_TYPES.has(Number(fs.type))) {
      throw new CliError(say(lang, `--out: ${out} ligt op een systeembestandssysteem; kies een gewone map`, `--out: ${out} lies on a system file system; choose an ordinary folder`));
    }
  } catch (e) {
    if (e instanceof CliError) throw e;
  }
  try {
    const s = await stat(dir);
    if (!s.isDirectory()) throw new CliError(say(lang, `--out: ${out} is een bestand, geen map`, `--out: ${out} is a file, not a folder`));
    return dir;
  } catch (e) {
    if (e instanceof CliError) throw e;
  }
  try {
    await mkdir(dir, { recursive: true });
  } catch (e) {
    throw new CliError(say(lang, `--out: map ${out} kan niet worden gemaakt (${reason(e, lang)})`, `--out: cannot make the folder ${out} (${reason(e, lang)})`));
  }
  return dir;
}

/**
 * A file in --out as text, or undefined when it is absent. Only a regular file is read: a FIFO or
 * device under that name would block the read for ever.
 */
export async function readOutFile(dir: string, name: string, lang?: CliLang): Promise<string | undefined> {
  const path = join(dir, name);
  let s;
  try {
    s = await lstat(path);
  } catch {
    return undefined;
  }
  if (!s.isFile()) {
    throw new CliError(say(lang, `--out: ${path} is geen gewoon bestand; verwijder of hernoem het`, `--out: ${path} is not an ordinary file; remove or rename it`));
  }
  try {
    return await readFile(path, 'utf8');
  } catch (e) {
    throw new CliError(say(lang, `--out: ${path} kan niet worden gelezen (${reason(e, lang)})`, `--out: cannot read ${path} (${reason(e, lang)})`));
  }
}

async function previousRun(dir: string): Promise<string[]> {
  let text: string | undefined;
  try {
    text = await readOutFile(dir, RUN_MANIFEST_NAME);
  } catch {
    return [];
  }
  if (text === undefined) return [];
  try {
    const doc = JSON.parse(text) as { files?: unknown };
    return Array.isArray(doc.files) ? doc.files.filter((f): f is string => typeof f === 'string' && f === basename(f)) : [];
  } catch {
    return [];
  }
}

export interface OutFile {
  name: string;
  data: Uint8Array;
  /** Replaced by every run, and removed by a later run that no longer makes it (drafts, not letters). */
  perRun: boolean;
}

export interface RunWritten {
  written: string[];
  /** Documents of an earlier run that no longer apply, removed from --out. */
  removed: string[];
}

async function moveInto(from: string, to: string): Promise<void> {
  try {
    await rename(from, to);
  } catch (e) {
    // A folder mounted on its own file system: copy, then remove the temporary file.
    if ((e as NodeJS.ErrnoException).code !== 'EXDEV') throw e;
    await copyFile(from, to);
    await unlink(from);
  }
}

/** A write that failed before anything in --out was touched. */
function unchanged(dir: string, e: unknown, lang: CliLang | undefined): string {
  return say(lang, `--out: kan niet schrijven in ${dir} (${reason(e, lang)}); er is niets veranderd`, `--out: cannot write in ${dir} (${reason(e, lang)}); nothing was changed`);
}

/** Writes one run's files into --out (see the module comment). Any write error is one CliError line. */
export async function writeRun(dir: string, files: readonly OutFile[], lang?: CliLang): Promise<RunWritten> {
  const before = await previousRun(dir);
  for (const f of files) {
    // Something other than a regular file in the way (a folder, a FIFO): say so before writing anything.
    try {
      const s = await lstat(join(dir, f.name));
      if (!s.isFile()) {
        const path = join(dir, f.name);
        throw new CliError(
          say(lang, `--out: ${path} staat in de weg (geen gewoon bestand); verwijder of hernoem het`, `--out: ${path} is in the way (not an ordinary file); remove or rename it`),
        );
      }
    } catch (e) {
      if (e instanceof CliError) throw e;
    }
  }
  let staging: string;
  try {
    staging = await mkdtemp(join(dirname(dir), `.${basename(dir)}.schrijven-`));
  } catch {
    // The parent is not ours to write in: stage inside --out instead (the same file system too).
    try {
      staging = await mkdtemp(join(dir, '.schrijven-'));
    } catch (e) {
      throw new CliError(unchanged(dir, e, lang));
    }
  }
  const perRun = files.filter((f) => f.perRun).map((f) => f.name);
  try {
    for (const f of files) await writeFile(join(staging, f.name), f.data);
    await writeFile(join(staging, RUN_MANIFEST_NAME), JSON.stringify({ version: 1, files: perRun }, null, 2) + '\n');
  } catch (e) {
    await rm(staging, { recursive: true, force: true });
    throw new CliError(unchanged(dir, e, lang));
  }
  try {
    for (const f of files) await moveInto(join(staging, f.name), join(dir, f.name));
    await moveInto(join(staging, RUN_MANIFEST_NAME), join(dir, RUN_MANIFEST_NAME));
  } catch (e) {
    throw new CliError(say(lang, `--out: kan niet schrijven in ${dir} (${reason(e, lang)})`, `--out: cannot write in ${dir} (${reason(e, lang)})`));
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  const now = new Set(files.map((f) => f.name));
  const removed: string[] = [];
  for (const name of before) {
    if (now.has(name)) continue;
    const path = join(dir, name);
    try {
      if ((await lstat(path)).isFile()) {
        await unlink(path);
        removed.push(name);
      }
    } catch {
      // Gone already, or not ours to remove: nothing to do.
    }
  }
  return { written: files.map((f) => f.name), removed };
}
