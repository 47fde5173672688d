import { FakeRichApiError } from './errors';
import type { SheetState } from './state';

/**
 * Excel's rules for a sheet name (Microsoft Support, "Rename a worksheet"): not blank, at most 31
 * characters, none of / \ ? * : [ ], not beginning or ending with an apostrophe, not the reserved
 * "History", and unique among the workbook's sheets ignoring case.
 */

export const MAX_SHEET_NAME_LENGTH = 31;
const FORBIDDEN = /[/\\?*:[\]]/;

export function checkSheetName(name: string, sheets: readonly SheetState[], renaming?: SheetState): void {
  const bad = (why: string): never => {
    throw new FakeRichApiError('InvalidArgument', `The argument is invalid or missing or has an incorrect format. (sheet name '${name}': ${why})`);
  };
  if (typeof name !== 'string' || name.trim() === '') bad('blank');
  if (name.length > MAX_SHEET_NAME_LENGTH) bad(`longer than ${MAX_SHEET_NAME_LENGTH} characters`);
  if (FORBIDDEN.test(name)) bad('contains one of / \\ ? * : [ ]');
  if (name.startsWith("'") || name.endsWith("'")) bad('begins or ends with an apostrophe');
  if (name.toLowerCase() === 'history') bad('History is reserved');
  if (sheets.some((s) => s !== renaming && !s.deleted && s.name.toLowerCase() === name.toLowerCase())) {
    throw new FakeRichApiError('ItemAlreadyExists', `The resource already exists: a worksheet named '${name}'.`);
  }
}
