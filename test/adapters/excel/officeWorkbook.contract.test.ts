import { describePortContract } from './portContract';
import { fakeHarness } from './fakeHarness';

describePortContract('Office adapter over the Excel fake (ExcelApi 1.18)', () => fakeHarness());
describePortContract('Office adapter over the Excel fake (ExcelApi 1.12: no notes, prompt instead)', () => {
  const h = fakeHarness({ excelApi: '1.12' });
  // Without notes (ExcelApi 1.18) the adapter leaves the message as a validation prompt.
  const note = (s: string, r: number, c: number) => {
    const v = h.fake.sheet(s)?.validations.find((x) => x.box.r0 === r && x.box.c0 === c && x.box.rows === 1 && x.box.cols === 1);
    return (v?.prompt as { message?: string } | undefined)?.message;
  };
  return { ...h, note };
});
