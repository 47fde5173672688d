import { gated } from './apiSets';
import { assertSheetEditable } from './guards';
import { FakeRichApiError } from './errors';
import type { FakeRange } from './range';
import { jsonBytes, OP_OVERHEAD } from './request';
import { overlaps } from './state';

/** range.dataValidation: a rule, prompt and error alert per box (a new box replaces overlapping ones). */

export class FakeDataValidation {
  constructor(private readonly range: FakeRange) {
    return gated(this, 'DataValidation', range.context.host);
  }
  clear(): void {
    const r = this.range;
    r.context.op(() => {
      const { sheet, box } = r.where();
      assertSheetEditable(r.context.state, sheet, 'DataValidation');
      sheet.validations = sheet.validations.filter((v) => !overlaps(v.box, box));
    });
  }
  private upsert(field: 'rule' | 'prompt' | 'errorAlert', value: unknown): void {
    const r = this.range;
    const bytes = OP_OVERHEAD + jsonBytes(value);
    r.context.enqueue({
      size: () => bytes,
      apply: () => {
        const { sheet, box } = r.where();
      assertSheetEditable(r.context.state, sheet, 'DataValidation');
        let v = sheet.validations.find((x) => x.box.r0 === box.r0 && x.box.c0 === box.c0 && x.box.rows === box.rows && x.box.cols === box.cols);
        if (!v) {
          sheet.validations = sheet.validations.filter((x) => !overlaps(x.box, box));
          v = { box, rule: undefined };
          sheet.validations.push(v);
        }
        v[field] = value;
      },
    });
  }
  set rule(value: unknown) {
    const list = (value as { list?: { source?: unknown } }).list;
    if (list && typeof list.source === 'string' && list.source.length > 255) {
      throw new FakeRichApiError('InvalidArgument', 'A list source is limited to 255 characters.');
    }
    this.upsert('rule', value);
  }
  set prompt(value: unknown) {
    this.upsert('prompt', value);
  }
  set errorAlert(value: unknown) {
    this.upsert('errorAlert', value);
  }
}
