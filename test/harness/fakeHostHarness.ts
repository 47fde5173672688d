import type { PortHarness } from '../adapters/excel/portContract';
import { fakeHarness } from '../adapters/excel/fakeHarness';
import { officeHarness } from './officeHarness';

/**
 * The Office.js harness with the requirement-set-gated fake installed as the global Excel: what
 * the test pane runs in CI (Chromium) and jest runs in Node. Sheets are set up and inspected
 * through Excel.run as on a real host; only what the fake cannot answer through Office.js yet
 * (reading data validation, the freeze panes' location, a note by its cell) is read from the
 * fake's state instead.
 */
export async function fakeHostHarness(excelApi: '1.12' | '1.18'): Promise<PortHarness> {
  const fake = fakeHarness({ excelApi });
  const office = await officeHarness();
  const minor = Number(excelApi.split('.')[1]);
  return {
    ...office,
    list: fake.list,
    frozenRows: fake.frozenRows,
    // Without notes (ExcelApi 1.18) the adapter leaves the message as a one-cell validation prompt.
    note:
      minor >= 18
        ? fake.note
        : (s, r, c) => {
            const v = fake.fake.sheet(s)?.validations.find((x) => x.box.r0 === r && x.box.c0 === c && x.box.rows === 1 && x.box.cols === 1);
            return (v?.prompt as { message?: string } | undefined)?.message;
          },
    async dispose() {
      try {
        await office.dispose();
      } finally {
        fake.dispose();
      }
    },
  };
}
