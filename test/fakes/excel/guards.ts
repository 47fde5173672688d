import { FakeRichApiError } from './errors';
import type { SheetState, WorkbookState } from './state';

/**
 * What Excel refuses before it changes anything: a write to a protected sheet or a read-only workbook
 * (AccessDenied, as the WorksheetProtection / AllowEditRange reference says of protected sheets), a
 * structure change of a protected workbook, and any request while the user edits a cell
 * (InvalidOperationInCellEditMode, with Office.js's own message for it).
 */

const ACCESS_DENIED = 'You cannot perform the requested operation.';

export const CELL_EDIT_MODE_MESSAGE =
  'Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.';

export function assertNotInCellEditMode(state: WorkbookState): void {
  if (state.cellEditMode) throw new FakeRichApiError('InvalidOperationInCellEditMode', CELL_EDIT_MODE_MESSAGE);
}

/** Before changing cells, formats, tables, notes or validation on `sheet`. */
export function assertSheetEditable(state: WorkbookState, sheet: SheetState, location: string): void {
  if (state.readOnly) throw new FakeRichApiError('AccessDenied', ACCESS_DENIED, { errorLocation: location });
  if (sheet.protection) throw new FakeRichApiError('AccessDenied', ACCESS_DENIED, { errorLocation: location });
}

/** Before adding, deleting, renaming, moving or hiding sheets. */
export function assertStructureEditable(state: WorkbookState, location: string): void {
  if (state.readOnly || state.protection) throw new FakeRichApiError('AccessDenied', ACCESS_DENIED, { errorLocation: location });
}
