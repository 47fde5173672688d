import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tools/chromium';
import { serve } from '../tools/demo-server';
import { median, round } from './stats';

/**
 * The pane's weight and speed: the production build into bench/tmp/web (not dist/web, which other
 * tools may be serving), the gzipped JavaScript its pages load before any user action, and the
 * time from navigation start to the pane's first visible heading in the demo, in Chromium.
 */

const ROOT = resolve(__dirname, '..');
const WEB = join(ROOT, 'bench/tmp/web');
/** Text only these libraries carry: finding it in an initial file means the library is not lazy. */
const LIBRARY_MARKERS: Record<string, RegExp> = {
  exceljs: /xl\/sharedStrings\.xml|xl\/workbook\.xml/,
  docx: /word\/document\.xml/,
};

export interface PageWeight {
  page: string;
  /** Local scripts the HTML loads (external ones, e.g. office.js from Microsoft's CDN, listed apart). */
  files: { file: string; bytes: number; gzBytes: number }[];
  external: string[];
  gzKb: number;
  /** Libraries whose code is in those initial files (should be none of exceljs/docx). */
  eagerLibraries: string[];
}

export interface PaneFigures {
  buildMs: number;
  pages: PageWeight[];
  /** The larger of the pages' initial JavaScript, gzipped, in KB. */
  initialGzKb: number;
  /** Chunks holding exceljs / docx code (must be lazy chunks). */
  libraryChunks: Record<string, string[]>;
  firstRender: {
    runs: number;
    /** Median ms from navigation start to the first visible heading, painted. */
    ms: number;
    allMs: number[];
    heading: string;
    /** Scripts the demo fetched before that moment, gzipped KB (catches an eager dynamic import). */
    loadedBeforeRenderGzKb: number;
  } | null;
  firstRenderError?: string;
}

export function buildPane(): number {
  rmSync(WEB, { recursive: true, force: true });
  const t0 = performance.now();
  const webpack = join(ROOT, 'node_modules/webpack-cli/bin/cli.js');
  const r = spawnSync(process.execPath, [webpack, '--mode', 'production', '--output-path', WEB], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) {
    const errors = `${r.stdout}\n${r.stderr}`.split('\n').filter((l) => /ERROR|error TS|Module not found|doesn't exist/.test(l)).slice(0, 4);
    throw new Error(`production build failed: ${errors.join(' | ').replace(/\s+/g, ' ').slice(0, 400)}`);
  }
  return performance.now() - t0;
}

function gzBytes(file: string): { bytes: number; gzBytes: number } {
  const data = readFileSync(file);
  return { bytes: data.length, gzBytes: gzipSync(data, { level: 9 }).length };
}

function pageWeight(page: string): PageWeight {
  const html = readFileSync(join(WEB, page), 'utf8');
  const files: PageWeight['files'] = [];
  const external: string[] = [];
  const eager = new Set<string>();
  // The production HTML is minified: attribute quotes may be gone (src=demo.1234abcd.js).
  for (const m of html.matchAll(/<script\b[^>]*?\bsrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)) {
    const src = m[1] ?? m[2] ?? m[3];
    if (/^(https?:)?\/\//.test(src)) {
      external.push(src);
      continue;
    }
    const path = join(WEB, src.replace(/^\.?\//, ''));
    const text = readFileSync(path, 'utf8');
    for (const [lib, re] of Object.entries(LIBRARY_MARKERS)) if (re.test(text)) eager.add(lib);
    files.push({ file: src, ...gzBytes(path) });
  }
  const gz = files.reduce((s, f) => s + f.gzBytes, 0);
  return { page, files, external, gzKb: round(gz / 1024, 1), eagerLibraries: [...eager] };
}

function libraryChunks(): Record<string, string[]> {
  const out: Record<string, string[]> = { exceljs: [], docx: [] };
  for (const f of readdirSync(WEB).filter((x) => x.endsWith('.js'))) {
    const text = readFileSync(join(WEB, f), 'utf8');
    for (const [lib, re] of Object.entries(LIBRARY_MARKERS)) if (re.test(text)) out[lib].push(f);
  }
  return out;
}

/** The pane's own headings inside the demo (not the demo page's title bar). */
const PANE_HEADING = '[data-testid="pane"] h1, [data-testid="pane"] h2, [data-testid="pane"] [role="heading"]';

/**
 * Installed before any page script: records performance.now() (ms since navigation start) once a
 * heading is visible and the frame holding it has been painted (a task after the next frame).
 */
const WATCH_FIRST_HEADING = `(() => {
  let seen = false;
  const visible = (el) => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden'; };
  const check = () => {
    if (seen) return;
    const h = [...document.querySelectorAll(${JSON.stringify(PANE_HEADING)})].find(visible);
    if (!h) return;
    seen = true;
    window.__benchHeading = (h.textContent || '').trim().slice(0, 60);
    requestAnimationFrame(() => setTimeout(() => { window.__benchFirstRender = performance.now(); }, 0));
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  document.addEventListener('DOMContentLoaded', check);
})();`;

async function measureFirstRender(runs: number): Promise<NonNullable<PaneFigures['firstRender']>> {
  const { server, url } = await serve(0, WEB);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const times: number[] = [];
    let heading = '';
    let loadedGz = 0;
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const scripts: string[] = [];
      page.on('request', (r) => {
        if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
      });
      await page.addInitScript({ content: WATCH_FIRST_HEADING });
      await page.goto(url, { waitUntil: 'commit' });
      await page.waitForFunction(() => (window as unknown as { __benchFirstRender?: number }).__benchFirstRender !== undefined, undefined, { timeout: 20_000 });
      const r = await page.evaluate(() => {
        const w = window as unknown as { __benchFirstRender: number; __benchHeading: string };
        return { ms: w.__benchFirstRender, heading: w.__benchHeading };
      });
      times.push(r.ms);
      heading = r.heading;
      if (i === 0) {
        loadedGz = scripts.reduce((s, p) => {
          const f = join(WEB, p.replace(/^\//, ''));
          return s + (existsSync(f) ? gzBytes(f).gzBytes : 0);
        }, 0);
      }
      await context.close();
    }
    return { runs, ms: round(median(times)), allMs: times.map((t) => round(t)), heading, loadedBeforeRenderGzKb: round(loadedGz / 1024, 1) };
  } finally {
    await browser.close();
    server.close();
  }
}

export async function benchPane(): Promise<PaneFigures> {
  const buildMs = buildPane();
  const pages = ['index.html', 'taskpane.html'].filter((p) => existsSync(join(WEB, p))).map(pageWeight);
  if (pages.length === 0) throw new Error('the build wrote no index.html or taskpane.html');
  const figures: PaneFigures = {
    buildMs: round(buildMs),
    pages,
    initialGzKb: Math.max(...pages.map((p) => p.gzKb)),
    libraryChunks: libraryChunks(),
    firstRender: null,
  };
  try {
    figures.firstRender = await measureFirstRender(5);
  } catch (e) {
    figures.firstRenderError = e instanceof Error ? e.message.split('\n')[0] : String(e);
  }
  return figures;
}
