import { describePortContract } from './portContract';
import { fakeHarness } from './fakeHarness';

describePortContract('Office adapter over the Excel fake (ExcelApi 1.18)', () => fakeHarness());
describePortContract('Office adapter over the Excel fake (ExcelApi 1.12)', () => fakeHarness({ excelApi: '1.12' }));
