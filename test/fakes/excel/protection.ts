import type { FakeContext } from './context';
import { gated } from './apiSets';
import { FakeRichApiError } from './errors';
import { Loadable } from './loadable';
import type { SheetState } from './state';

/**
 * Worksheet protection (ExcelApi 1.2) and workbook protection (1.7). protect() "fails if the
 * worksheet has already been protected"; unprotect() of an unprotected sheet does nothing; a
 * password set with protect() must be given to unprotect().
 */

const DEFAULT_OPTIONS = {
  allowAutoFilter: false,
  allowDeleteColumns: false,
  allowDeleteRows: false,
  allowEditObjects: false,
  allowEditScenarios: false,
  allowFormatCells: false,
  allowFormatColumns: false,
  allowFormatRows: false,
  allowInsertColumns: false,
  allowInsertHyperlinks: false,
  allowInsertRows: false,
  allowPivotTables: false,
  allowSort: false,
  selectionMode: 'Normal',
};

function wrongPassword(location: string): FakeRichApiError {
  return new FakeRichApiError('InvalidArgument', 'The password you supplied is not correct.', { errorLocation: location });
}

export class FakeWorksheetProtection extends Loadable {
  constructor(
    context: FakeContext,
    private readonly sheet: () => SheetState,
  ) {
    super(context);
    return gated(this, 'WorksheetProtection', context.host);
  }
  protected scalarProps(): string[] {
    return ['protected', 'options'];
  }
  protected read(prop: string): unknown {
    const s = this.sheet();
    if (prop === 'protected') return s.protection !== undefined;
    if (prop === 'options') return { ...DEFAULT_OPTIONS, ...s.protection?.options };
    if (prop === 'isPasswordProtected') return s.protection?.password !== undefined;
    throw new FakeRichApiError('InvalidArgument', `The fake worksheet protection has no property '${prop}'.`);
  }
  get protected(): boolean {
    return this.value('protected');
  }
  get options(): Record<string, unknown> {
    return this.value('options');
  }
  get isPasswordProtected(): boolean {
    return this.value('isPasswordProtected');
  }
  protect(options?: Record<string, unknown>, password?: string): void {
    this.context.op(() => {
      const s = this.sheet();
      if (this.context.state.readOnly) throw new FakeRichApiError('AccessDenied', 'You cannot perform the requested operation.');
      if (s.protection) throw new FakeRichApiError('InvalidOperation', 'The worksheet is already protected.', { errorLocation: 'WorksheetProtection.protect' });
      s.protection = { password, options: { ...options } };
    });
  }
  unprotect(password?: string): void {
    this.context.op(() => {
      const s = this.sheet();
      if (!s.protection) return;
      if (s.protection.password !== undefined && s.protection.password !== password) throw wrongPassword('WorksheetProtection.unprotect');
      s.protection = undefined;
    });
  }
}

export class FakeWorkbookProtection extends Loadable {
  constructor(context: FakeContext) {
    super(context);
    return gated(this, 'WorkbookProtection', context.host);
  }
  protected scalarProps(): string[] {
    return ['protected'];
  }
  protected read(prop: string): unknown {
    if (prop === 'protected') return this.context.state.protection !== undefined;
    throw new FakeRichApiError('InvalidArgument', `The fake workbook protection has no property '${prop}'.`);
  }
  get protected(): boolean {
    return this.value('protected');
  }
  protect(password?: string): void {
    this.context.op(() => {
      const st = this.context.state;
      if (st.readOnly) throw new FakeRichApiError('AccessDenied', 'You cannot perform the requested operation.');
      if (st.protection) throw new FakeRichApiError('InvalidOperation', 'The workbook is already protected.', { errorLocation: 'WorkbookProtection.protect' });
      st.protection = { password };
    });
  }
  unprotect(password?: string): void {
    this.context.op(() => {
      const st = this.context.state;
      if (!st.protection) return;
      if (st.protection.password !== undefined && st.protection.password !== password) throw wrongPassword('WorkbookProtection.unprotect');
      st.protection = undefined;
    });
  }
}
