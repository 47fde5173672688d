// The test pane's harness (Office.js calls for set-up and inspection) against the gated fake, in
// jest: the same contract the page runs in Chromium (npm run test:excel -- --ci).
import { describePortContract } from '../adapters/excel/portContract';
import { fakeHostHarness } from './fakeHostHarness';

describePortContract('test-pane harness over the Excel fake (ExcelApi 1.18)', () => fakeHostHarness('1.18'));
describePortContract('test-pane harness over the Excel fake (ExcelApi 1.12)', () => fakeHostHarness('1.12'));
