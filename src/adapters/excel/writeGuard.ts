import { isSetSupported, protectedSheetError, protectedWorkbookError, readOnlyWorkbookError } from './errors';

/**
 * Before the add-in writes: a read-only workbook (Workbook.readOnly, ExcelApi 1.8), a protected
 * workbook structure when a sheet must be added (WorkbookProtection.protected, 1.7) and a
 * protected sheet (WorksheetProtection.protected, 1.2) are told in words, before any write is
 * queued, instead of failing halfway with AccessDenied. Each check is queued into the caller's
 * next sync (no request of its own); cell-edit mode cannot be seen in advance and is translated
 * from its error code by runExcel.
 */

export interface WriteCheckTarget {
  /** Will the write add a sheet (when it turns out to be missing)? */
  addsSheet?: boolean;
  /** An existing sheet that will be written. */
  sheet?: { proxy: Excel.Worksheet; name: string };
}

/** Queues the loads; the returned function throws the message once the sync has run. */
export function queueWriteCheck(context: Excel.RequestContext, target: WriteCheckTarget): (sheetWillBeAdded?: boolean) => void {
  const wb = context.workbook;
  const readOnly = isSetSupported('1.8');
  if (readOnly) wb.load('readOnly');
  const structure = target.addsSheet && isSetSupported('1.7') ? wb.protection : undefined;
  structure?.load('protected');
  const sheet = target.sheet?.proxy.protection;
  sheet?.load('protected');
  return (sheetWillBeAdded = false) => {
    if (readOnly && wb.readOnly) throw readOnlyWorkbookError();
    if (sheetWillBeAdded && structure?.protected) throw protectedWorkbookError();
    if (sheet?.protected && target.sheet) throw protectedSheetError(target.sheet.name);
  };
}
