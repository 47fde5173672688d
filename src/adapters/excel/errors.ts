import { errorCode } from './payload';

/**
 * Errors the Office adapter shows the user: Dutch text with its English version (the pane picks
 * the one for its language), and Excel's error codes that mean "you cannot write now" turned
 * into such messages.
 */
export class WorkbookError extends Error {
  constructor(
    message: string,
    readonly messageEn: string,
    readonly code?: string,
  ) {
    super(message);
    this.name = 'WorkbookError';
  }
}

export function isSetSupported(version: string): boolean {
  try {
    return typeof Office !== 'undefined' && Office.context.requirements.isSetSupported('ExcelApi', version);
  } catch {
    return false;
  }
}

export function cellEditError(): WorkbookError {
  return new WorkbookError(
    'Excel is bezig met het bewerken van een cel. Druk op Enter of Esc in het werkblad en probeer het opnieuw.',
    'Excel is editing a cell. Press Enter or Esc in the worksheet and try again.',
    'InvalidOperationInCellEditMode',
  );
}

export function readOnlyWorkbookError(): WorkbookError {
  return new WorkbookError(
    'De werkmap is alleen-lezen geopend, dus er kan niets worden geschreven. Open de werkmap om te bewerken (of sla een kopie op) en probeer het opnieuw.',
    'The workbook is open read-only, so nothing can be written. Open the workbook for editing (or save a copy) and try again.',
    'ReadOnly',
  );
}

export function protectedSheetError(sheetName: string): WorkbookError {
  return new WorkbookError(
    `Het blad "${sheetName}" is beveiligd. Hef de bladbeveiliging op (Controleren > Beveiliging blad opheffen) en probeer het opnieuw.`,
    `The sheet "${sheetName}" is protected. Unprotect it (Review > Unprotect Sheet) and try again.`,
    'SheetProtected',
  );
}

export function protectedWorkbookError(): WorkbookError {
  return new WorkbookError(
    'De structuur van de werkmap is beveiligd, dus er kan geen blad bij. Hef de werkmapbeveiliging op (Controleren > Werkmap beveiligen) en probeer het opnieuw.',
    'The workbook structure is protected, so no sheet can be added. Unprotect the workbook (Review > Protect Workbook) and try again.',
    'WorkbookProtected',
  );
}

/**
 * Excel's refusals a user can fix, as messages; anything else is passed on. Cell-edit mode makes
 * every request fail with InvalidOperationInCellEditMode; writing into a protected sheet or a
 * read-only workbook fails with AccessDenied when our own check could not see it coming.
 */
export function friendlyExcelError(e: unknown, sheetName?: string): unknown {
  if (e instanceof WorkbookError) return e;
  const code = errorCode(e);
  if (code === 'InvalidOperationInCellEditMode') return cellEditError();
  if (code === 'AccessDenied') {
    return sheetName
      ? protectedSheetError(sheetName)
      : new WorkbookError(
          'Excel weigert de wijziging: het blad of de werkmap is beveiligd of alleen-lezen.',
          'Excel refused the change: the sheet or workbook is protected or read-only.',
          'AccessDenied',
        );
  }
  return e;
}

/** Runs one Excel batch with Excel's fixable refusals turned into messages. */
export async function runExcel<T>(batch: (context: Excel.RequestContext) => Promise<T>, sheetName?: string): Promise<T> {
  try {
    return await Excel.run(batch);
  } catch (e) {
    throw friendlyExcelError(e, sheetName);
  }
}
