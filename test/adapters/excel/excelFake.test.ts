import { createExcelFake, type ExcelFake } from '../../fakes/excel';

/** The fake must behave like Excel where the adapter could go wrong, or the adapter tests prove little. */
type Ctx = {
  sync(): Promise<void>;
  workbook: {
    worksheets: {
      getItem(n: string): { getRange(a?: string): RangeLike; name: string; load(p?: string): unknown };
      getItemOrNullObject(n: string): { isNullObject: boolean; load(p?: string): unknown };
    };
  };
};
type RangeLike = { values: unknown[][]; load(p?: string): unknown; address: string; getCell(r: number, c: number): RangeLike };
const run = <T>(fn: (ctx: Ctx) => Promise<T>): Promise<T> => (globalThis as unknown as { Excel: { run(f: (c: Ctx) => Promise<T>): Promise<T> } }).Excel.run(fn);

describe('the Excel fake', () => {
  let fake: ExcelFake;
  beforeEach(() => {
    fake = createExcelFake({ payloadLimitBytes: 10_000 });
    fake.install();
    fake.addSheet('Absenties', [['Leerlingnummer', 'Datum'], ['10234', 46300]]);
  });
  afterEach(() => fake.uninstall());

  it('throws PropertyNotLoaded before load + sync, and gives the values after', async () => {
    await run(async (context) => {
      const r = context.workbook.worksheets.getItem('Absenties').getRange('A1:B2');
      // The test reads too early on purpose: the fake must refuse it as Excel does.
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
      expect(() => r.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      r.load('values,address');
      // eslint-disable-next-line office-addins/call-sync-before-read
      expect(() => r.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(r.values).toEqual([['Leerlingnummer', 'Datum'], ['10234', 46300]]);
      expect(r.address).toBe('Absenties!A1:B2');
    });
    expect(fake.stats.syncs).toBe(1);
  });

  it('refuses a write whose dimensions do not match the range (InvalidArgument)', async () => {
    await expect(
      run(async (context) => {
        context.workbook.worksheets.getItem('Absenties').getRange('C1:D2').values = [['x', 'y', 'z']];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
    expect(fake.valuesOf('Absenties', 'C1:D1')).toEqual([['', '']]);
  });

  it('throws ItemNotFound for a missing sheet, and a null object from getItemOrNullObject', async () => {
    await expect(
      run(async (context) => {
        context.workbook.worksheets.getItem('Bestaat niet').load('name');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemNotFound' });
    await run(async (context) => {
      const s = context.workbook.worksheets.getItemOrNullObject('Bestaat niet');
      s.load('name');
      await context.sync();
      expect(s.isNullObject).toBe(true);
    });
  });

  it('refuses a request past the payload limit and applies none of it', async () => {
    const big = Array.from({ length: 1000 }, (_, i) => [`regel ${i}`, i]);
    await expect(
      run(async (context) => {
        context.workbook.worksheets.getItem('Absenties').getRange('D1:E1000').values = big;
        await context.sync();
      }),
    ).rejects.toMatchObject({ name: 'RichApi.Error', code: 'RequestPayloadSizeLimitExceeded' });
    expect(fake.valuesOf('Absenties', 'D1:E1')).toEqual([['', '']]);
    expect(fake.stats.maxRequestBytes).toBeGreaterThan(10_000);
  });

  it('turns number-like text into numbers unless the cell is text-formatted, like Excel', async () => {
    await run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Absenties');
      ws.getRange('F1').values = [['00417']];
      const g = ws.getRange('G1') as RangeLike & { numberFormat: unknown[][] };
      g.numberFormat = [['@']];
      g.values = [['00417']];
      await context.sync();
    });
    expect(fake.valuesOf('Absenties', 'F1:G1')).toEqual([[417, '00417']]);
  });
});
