/**
 * The test pane (npm run test:excel): runs the WorkbookPort contract, the same describePortContract
 * jest runs against the fake, with the Office adapter against the Excel that loaded the page, shows
 * each result in the pane and posts the whole report to the server that served the page. With
 * ?fake=1.12 or ?fake=1.18 (CI, headless Chromium) the requirement-set-gated fake is the Excel.
 */
import { expect } from 'expect';
import { describePortContract } from '../adapters/excel/portContract';
import { fakeHostHarness } from './fakeHostHarness';
import { officeHarness } from './officeHarness';
import { createRunner, summaryLine, type TestResult } from './runner';

export interface HarnessReport {
  label: string;
  host: string;
  platform: string;
  /** The highest ExcelApi requirement set the host supports, as "1.x". */
  excelApi: string;
  /** Whether office.js loaded and Office.onReady answered (in CI: the copy in node_modules). */
  officeJs: boolean;
  results: TestResult[];
  summary: string;
}

declare global {
  interface Window {
    /** Set when the run is over, for the CI runner to read. */
    harnessReport?: HarnessReport;
  }
}

const byId = (id: string): HTMLElement => {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} missing from harness.html`);
  return el;
};

function highestExcelApi(): string {
  let minor = 0;
  // Requirement sets are cumulative: the first unsupported one ends the list.
  for (let m = 1; m <= 40; m++) {
    if (!Office.context.requirements.isSetSupported('ExcelApi', `1.${m}`)) break;
    minor = m;
  }
  return `1.${minor}`;
}

function show(result: TestResult): void {
  const li = document.createElement('li');
  li.className = result.ok ? 'pass' : 'fail';
  li.textContent = `${result.ok ? '✓' : '✗'} ${result.name.split(' › ').pop()} `;
  const ms = document.createElement('span');
  ms.className = 'ms';
  ms.textContent = `(${result.ms} ms)`;
  li.append(ms);
  if (result.error) {
    const pre = document.createElement('pre');
    pre.textContent = result.error;
    li.append(pre);
  }
  byId('results').append(li);
}

/** Resolves with the host Office.js reports ("none" outside Office), or "unloaded" without office.js. */
async function officeHost(): Promise<{ host: string; platform: string }> {
  if (typeof Office === 'undefined') return { host: 'unloaded', platform: 'none' };
  const info = await Office.onReady();
  return { host: String(info.host ?? 'none'), platform: String(info.platform ?? 'none') };
}

/**
 * After the page's load event: office.js does part of its start-up on DOMContentLoaded, reading
 * the global Office, which the fake replaces while a test runs. (This deferred script itself runs
 * just before DOMContentLoaded, so that event is still to come.)
 */
function documentLoaded(): Promise<void> {
  if (document.readyState === 'complete') return Promise.resolve();
  return new Promise((resolve) => window.addEventListener('load', () => resolve(), { once: true }));
}

async function main(): Promise<void> {
  await documentLoaded();
  const runner = createRunner();
  // portContract calls jest's globals; here they are the small runner's and jest's own expect.
  Object.assign(globalThis, runner.api, { expect });
  const fake = new URLSearchParams(location.search).get('fake');
  const office = await officeHost();
  let label: string;
  let host = office.host;
  let platform = office.platform;
  if (fake === '1.12' || fake === '1.18') {
    label = `test pane over the Excel fake (ExcelApi ${fake})`;
    host = 'Excel fake';
    platform = navigator.userAgent.includes('HeadlessChrome') ? 'headless Chromium' : 'browser';
    describePortContract(label, () => fakeHostHarness(fake));
  } else if (office.host === 'Excel') {
    label = `Excel (${office.platform})`;
    describePortContract(label, () => officeHarness());
  } else {
    byId('host').textContent = 'Not inside Excel: sideload dist/harness/manifest.xml (README, "The port contract on a real Excel"), or open this page with ?fake=1.18.';
    byId('status').textContent = '';
    return;
  }
  // Read after the fake is installed, so its requirement sets are the ones reported.
  const excelApi = fake ?? highestExcelApi();
  byId('host').textContent = `${label}: host ${host}, platform ${platform}, ExcelApi ${excelApi}`;
  byId('status').textContent = 'Running…';
  const results = await runner.run(show);
  const summary = summaryLine(results);
  const status = byId('status');
  status.textContent = summary;
  status.className = results.every((r) => r.ok) ? 'passed' : 'failed';
  const report: HarnessReport = { label, host, platform, excelApi, officeJs: office.host !== 'unloaded', results, summary };
  window.harnessReport = report;
  try {
    await fetch('results', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(report) });
  } catch (e) {
    status.textContent += ` (the server did not receive the report: ${e instanceof Error ? e.message : String(e)})`;
  }
}

main().catch((e: unknown) => {
  const status = byId('status');
  status.className = 'failed';
  status.textContent = `The harness could not run: ${e instanceof Error ? e.message : String(e)}`;
});
