/**
 * Errors shaped like Office.js's OfficeExtension.Error: `code` (an Excel.ErrorCodes value),
 * `message` and `debugInfo`, so add-in code can branch on them as it does in Excel.
 */

export class FakeRichApiError extends Error {
  override name = 'RichApi.Error';
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
  get debugInfo(): { code: string; message: string } {
    return { code: this.code, message: this.message };
  }
}

export function notLoaded(prop: string): FakeRichApiError {
  return new FakeRichApiError(
    'PropertyNotLoaded',
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}
