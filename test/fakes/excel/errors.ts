/**
 * Errors shaped like Office.js's OfficeExtension.Error: `code` (an Excel.ErrorCodes value),
 * `message` and `debugInfo`, so add-in code can branch on them as it does in Excel.
 */

export interface FakeErrorDetails {
  /** Where Excel says it failed, e.g. "Worksheet.getRanges". */
  errorLocation?: string;
  httpStatusCode?: number;
}

export class FakeRichApiError extends Error {
  override name = 'RichApi.Error';
  readonly httpStatusCode: number | undefined;
  private readonly errorLocation: string | undefined;
  constructor(
    readonly code: string,
    message: string,
    details: FakeErrorDetails = {},
  ) {
    super(message);
    this.errorLocation = details.errorLocation;
    this.httpStatusCode = details.httpStatusCode;
  }
  get debugInfo(): { code: string; message: string; errorLocation?: string } {
    return this.errorLocation === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, errorLocation: this.errorLocation };
  }
}

export function notLoaded(prop: string): FakeRichApiError {
  return new FakeRichApiError(
    'PropertyNotLoaded',
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}
