#!/usr/bin/env node
// Browser tests (npm run test:browser): the production demo in real Chromium (Debian's package,
// never downloaded), driven with playwright-core. Each file in test/browser/flows/ is one flow on a
// fresh page ("main" first, then the others by name), so a flow starts from the demo as a user opens
// it and one failing flow does not hide the others. Every request must stay on 127.0.0.1 and any
// page or console error fails the run. A screenshot of each screen goes to test-artifacts/;
// docs/screenshot-pane.png and docs/screenshot-demo.png are only overwritten with
// UPDATE_SCREENSHOTS=1, so ordinary runs (CI, developers) leave the tree clean.
// `node test/browser/run.js NAME…` runs only the named flows.
const fs = require('fs');
const path = require('path');
const os = require('os');

const { CHROMIUM_PATH, CHROMIUM_ARGS, ensureChromium } = require('../../tools/chromium.js');

// Screenshots here are records, not comparisons, and the pane uses the system's fonts only:
// Playwright's wait for document.fonts.ready before each one sometimes never ends in headless
// Chromium on a busy machine (microsoft/playwright#35200), failing a step that had passed.
process.env.PW_TEST_SCREENSHOT_NO_FONTS_READY = '1';

const root = path.resolve(__dirname, '../..');
const artifacts = path.join(root, 'test-artifacts');
const flowsDir = path.join(__dirname, 'flows');

function check(condition, message) {
  if (!condition) throw new Error(message);
}

const results = [];
async function step(name, fn) {
  const t0 = Date.now();
  try {
    await fn();
    results.push({ name, ok: true, ms: Date.now() - t0 });
    console.log(`  ✓ ${name} (${Date.now() - t0} ms)`);
  } catch (err) {
    results.push({ name, ok: false, ms: Date.now() - t0, err });
    console.log(`  ✗ ${name}\n    ${err && err.stack ? err.stack.split('\n').slice(0, 4).join('\n    ') : err}`);
    throw err;
  }
}

function loadFlows(only) {
  const files = fs.readdirSync(flowsDir).filter((f) => f.endsWith('.js'));
  const flows = files.map((f) => require(path.join(flowsDir, f)));
  flows.sort((a, b) => (a.name === 'main' ? -1 : b.name === 'main' ? 1 : a.name.localeCompare(b.name)));
  return only.length > 0 ? flows.filter((f) => only.includes(f.name)) : flows;
}

async function main() {
  ensureChromium();
  const started = Date.now();
  const flows = loadFlows(process.argv.slice(2));
  const { buildIfNeeded, serve } = require('../../tools/demo-server.js');
  buildIfNeeded();
  const { chromium } = require('playwright-core');
  fs.mkdirSync(artifacts, { recursive: true });
  const { server, url } = await serve(0);
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'verzuimsignaal-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1400, height: 900 },
  });
  const outside = [];
  const pageErrors = [];
  const consoleErrors = [];
  context.on('request', (req) => {
    const u = new URL(req.url());
    if (!(u.protocol === 'data:' || u.protocol === 'blob:' || u.hostname === '127.0.0.1')) outside.push(req.url());
  });
  const failedFlows = [];

  try {
    for (const flow of flows) {
      console.log(`${flow.name}:`);
      const page = context.pages().find((p) => !p.isClosed() && p.url() === 'about:blank') ?? (await context.newPage());
      page.on('pageerror', (e) => pageErrors.push(`${flow.name}: ${e.message}`));
      // Any console error fails the run (a CSP refusal, a missing favicon, a React warning).
      page.on('console', (m) => {
        if (m.type() === 'error') consoleErrors.push(`${flow.name}: ${m.text()} (${m.location().url || 'page'})`);
      });
      // Generous: the box is a loaded 2-core machine; a real hang still fails the run.
      page.setDefaultTimeout(60000);
      const shot = (name) => page.screenshot({ path: path.join(artifacts, `${name}.png`) });
      const t = { page, context, url, step, check, shot, root, artifacts, pane: page.getByTestId('pane'), grid: page.getByTestId('grid') };
      try {
        await flow.run(t);
      } catch {
        failedFlows.push(flow.name);
        await shot(`failure-${flow.name}`).catch(() => undefined);
      } finally {
        await page.close().catch(() => undefined);
      }
    }
    await step('no request left 127.0.0.1 and the pages raised no errors, not even on the console', async () => {
      check(outside.length === 0, `requests outside 127.0.0.1: ${outside.join(', ')}`);
      check(pageErrors.length === 0, `page errors: ${pageErrors.join(' | ')}`);
      check(consoleErrors.length === 0, `console errors: ${consoleErrors.join(' | ')}`);
    }).catch(() => failedFlows.push('errors'));
  } finally {
    await context.close();
    server.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }

  const failed = failedFlows.length > 0;
  if (!failed && process.env.UPDATE_SCREENSHOTS === '1' && fs.existsSync(path.join(artifacts, 'pane.png'))) {
    fs.mkdirSync(path.join(root, 'docs'), { recursive: true });
    fs.copyFileSync(path.join(artifacts, 'pane.png'), path.join(root, 'docs/screenshot-pane.png'));
    fs.copyFileSync(path.join(artifacts, 'demo.png'), path.join(root, 'docs/screenshot-demo.png'));
    console.log('Updated docs/screenshot-pane.png and docs/screenshot-demo.png (UPDATE_SCREENSHOTS=1).');
  }
  const passed = results.filter((r) => r.ok).length;
  console.log(`Browser tests: ${passed} passed, ${results.length - passed} failed${failed ? ` (flows: ${failedFlows.join(', ')})` : ''}, in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  process.exit(failed ? 1 : 0);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
