#!/usr/bin/env node
// `npm run test:excel`: builds the test pane (test/harness, into dist/harness) and serves it with
// a results endpoint. The pane runs the WorkbookPort contract, the same describePortContract jest
// runs against the fake, with the Office adapter against the Excel that loads it.
//
//   npm run test:excel            https://localhost:3001 (PORT changes it) for a real Excel: sideload
//                                 dist/harness/manifest.xml; each run's results are printed here.
//   npm run test:excel -- --ci    the same page in headless Chromium with the gated Excel fake as
//                                 the global Excel, at ExcelApi 1.12 and 1.18; closes with
//                                 "N passed, N failed" and exits 0 only when none failed.
//
// office-addin-test-server does the same job over https only, with certificates it installs into
// the system's trust store, and takes results in a query string: a small server of our own
// serves http on 127.0.0.1 for CI and https with locally generated certificates for real hosts.
const fs = require('fs');
const path = require('path');
const os = require('os');
const http = require('http');
const https = require('https');
const { spawnSync } = require('child_process');
const { CHROMIUM_PATH, CHROMIUM_ARGS, ensureChromium } = require('./chromium.js');
const { harnessManifest } = require('./manifest.js');
// The demo server's newest-source check and content types, not a second copy.
const { newestMtime, TYPES } = require('./demo-server.js');

const root = path.resolve(__dirname, '..');
const outDir = path.join(root, 'dist/harness');
const OFFICE_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/';
const officeDist = path.join(root, 'node_modules/@microsoft/office-js/dist');
const SOURCES = ['src', 'test/harness', 'test/adapters', 'test/fakes', 'test/core/reporting', 'assets', 'manifest.xml', 'tools/manifest.js', 'webpack.config.js', 'package-lock.json'];
const API_LEVELS = ['1.12', '1.18'];
/** Outside Office, office.js asks for its telemetry page: refused, and expected, unlike any other. */
const OFFICE_TELEMETRY = /^https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\//;
/** A guard against a page that never reports, not a speed target: each test has its own 60 s. */
const REPORT_TIMEOUT_MS = 15 * 60_000;



function buildIfNeeded() {
  const built = path.join(outDir, 'harness.html');
  const fresh = fs.existsSync(built) && fs.existsSync(path.join(outDir, 'harness.js')) && SOURCES.every((s) => newestMtime(path.join(root, s)) <= fs.statSync(built).mtimeMs);
  if (fresh) return;
  console.log('Building the test pane (dist/harness)…');
  const webpack = path.join(root, 'node_modules/webpack-cli/bin/cli.js');
  const r = spawnSync(process.execPath, [webpack, '--mode', 'development', '--env', 'harness', '--stats', 'errors-warnings'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('webpack build of the test pane failed');
}

/** The report of one run, as the pane posts it (test/harness/page.ts, HarnessReport). */
function printReport(report) {
  console.log(`\n${report.label} (host ${report.host}, ${report.platform}, ExcelApi ${report.excelApi})`);
  for (const r of report.results) {
    console.log(`  ${r.ok ? '✓' : '✗'} ${r.name.split(' › ').pop()} (${r.ms} ms)`);
    if (!r.ok) console.log(`    ${String(r.error).split('\n').slice(0, 8).join('\n    ')}`);
  }
  console.log(`  ${report.summary}`);
}

/** Serves dist/harness; POST /results hands each report to onReport. */
function createHandler(onReport) {
  return (req, res) => {
    const url = new URL(req.url || '/', 'http://localhost');
    if (req.method === 'POST' && url.pathname === '/results') {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        try {
          onReport(JSON.parse(body));
          res.writeHead(204).end();
        } catch (e) {
          res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end(String(e));
        }
      });
      return;
    }
    if (url.pathname === '/ping') {
      res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Verzuimsignaal test pane');
      return;
    }
    const rel = url.pathname === '/' ? '/harness.html' : decodeURIComponent(url.pathname);
    const file = path.normalize(path.join(outDir, rel));
    if (!file.startsWith(outDir + path.sep)) {
      res.writeHead(403).end('Forbidden');
      return;
    }
    fs.readFile(file, (err, data) => {
      if (err) {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
        return;
      }
      res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream', 'Cache-Control': 'no-cache' });
      res.end(data);
    });
  };
}

function listen(server, port, host) {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server.address().port));
  });
}

async function runCi() {
  ensureChromium();
  const started = Date.now();
  buildIfNeeded();
  const { chromium } = require('playwright-core');
  const waiting = [];
  const server = http.createServer(
    createHandler((report) => {
      const w = waiting.shift();
      if (w) w(report);
    }),
  );
  const port = await listen(server, 0, '127.0.0.1');
  const base = `http://127.0.0.1:${port}/`;
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'verzuimsignaal-harness-'));
  const context = await chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  const outside = [];
  // The page loads office.js from Microsoft's CDN as in Excel; here the installed copy answers.
  await context.route('**/*', (route) => {
    const u = route.request().url();
    if (u.startsWith(OFFICE_CDN)) {
      const file = path.normalize(path.join(officeDist, new URL(u).pathname.slice('/lib/1/hosted/'.length)));
      if (file.startsWith(officeDist + path.sep) && fs.existsSync(file)) return route.fulfill({ path: file, contentType: 'text/javascript; charset=utf-8' });
      return route.fulfill({ status: 404, body: '' });
    }
    const { hostname, protocol } = new URL(u);
    if (hostname === '127.0.0.1' || protocol === 'data:' || protocol === 'blob:') return route.continue();
    if (!OFFICE_TELEMETRY.test(u)) outside.push(u);
    return route.abort();
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  let passed = 0;
  let failed = 0;
  try {
    for (const api of API_LEVELS) {
      const report = new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no report from the test pane at ExcelApi ${api} within ${REPORT_TIMEOUT_MS / 60_000} min`)), REPORT_TIMEOUT_MS);
        waiting.push((r) => {
          clearTimeout(timer);
          resolve(r);
        });
      });
      await page.goto(`${base}harness.html?fake=${api}`);
      const r = await report;
      printReport(r);
      const ok = r.results.filter((x) => x.ok).length;
      passed += ok;
      failed += r.results.length - ok;
      if (!r.officeJs) {
        console.log(`  office.js did not load at ExcelApi ${api} (node_modules/@microsoft/office-js)`);
        failed += 1;
      }
      if (r.results.length === 0) {
        console.log(`  no test ran at ExcelApi ${api}`);
        failed += 1;
      }
    }
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    failed += 1;
  } finally {
    await context.close();
    server.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
  if (outside.length > 0) {
    console.log(`Requests outside 127.0.0.1 were refused: ${outside.join(', ')}`);
    failed += 1;
  }
  if (pageErrors.length > 0) {
    console.log(`Page errors: ${pageErrors.join(' | ')}`);
    failed += 1;
  }
  console.log(`\ntest:excel (Chromium, ExcelApi ${API_LEVELS.join(' and ')}) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}

async function serveForExcel() {
  buildIfNeeded();
  const port = process.env.PORT === undefined ? 3001 : Number(process.env.PORT);
  const origin = `https://localhost:${port}`;
  fs.writeFileSync(path.join(outDir, 'manifest.xml'), await harnessManifest(fs.readFileSync(path.join(root, 'manifest.xml'), 'utf8'), origin));
  const { httpsOptions } = require('./dev-certs.js');
  const server = https.createServer(await httpsOptions(), createHandler(printReport));
  await listen(server, port, 'localhost');
  console.log(`Test pane: ${origin}/harness.html`);
  console.log(`Sideload ${path.relative(root, path.join(outDir, 'manifest.xml'))} into Excel (README, "The port contract on a real Excel"), open it from the`);
  console.log('Home tab in a new blank workbook; each run\'s results are printed here. Ctrl+C stops.');
}

const main = process.argv.includes('--ci') ? runCi : serveForExcel;
main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
