import { friendlyExcelError, WorkbookError } from './errors';
import { REQUEST_BUDGET_BYTES } from './payload';

/**
 * Putting a sheet table back as it was when a refill that needed several requests fails in a later
 * one. Excel keeps what the earlier requests did (there is no transaction over several syncs), so
 * the refill hands over how to undo each write it sent: changed cells get their previous values
 * back, changed row fills their previous fill. Rows and columns it appended are found by counting
 * (TableRowCollection.count, TableColumnCollection.count: ExcelApi 1.1), which also covers a failed
 * request that Excel applied in part, and are deleted from the end (TableRow.delete,
 * TableColumn.delete, ExcelApi 1.1). The add-in's conditional formats, sent last, are put back only
 * when the failed request changed them.
 */

export interface Undo {
  /** Bytes the reverse writes send. */
  size: number;
  queue: () => void;
}

export interface RollbackTarget {
  sheetName: string;
  tableName: string;
  /** Body rows before the refill (Excel's placeholder row of an empty table counts). */
  bodyRows: number;
  columns: number;
  /** The table was empty (one placeholder row) and rows were appended: the first went into it. */
  placeholder: boolean;
  /** Some request of the refill went through before the one that failed. */
  applied: boolean;
  /** The reverse of every write Excel applied, in the order they were sent. */
  undo: Undo[];
  /**
   * The add-in's rules as they were, when the failed request was the one replacing them: `now`
   * reads them back (one sync), `restore` queues them again over the old body.
   */
  rules?: { before: readonly string[]; now: () => Promise<readonly string[]>; restore: () => void };
}

/** Per row or column deleted: the request stays far below the budget however many there are. */
const DELETE_BYTES = 150;

export async function rollBackRefill(context: Excel.RequestContext, target: RollbackTarget, cause: unknown): Promise<never> {
  try {
    // A fresh proxy each time: the refill's own may belong to the request that failed.
    const table = (): Excel.Table => context.workbook.tables.getItem(target.tableName);
    const rows = table().rows.load('count');
    const columns = table().columns.load('count');
    await context.sync();
    const rulesNow = target.rules ? await target.rules.now() : undefined;

    const queued: Undo[] = [];
    // Appended rows and columns go first, from the end, so the indices of the rest stay put.
    for (let i = rows.count - 1; i >= target.bodyRows; i--) queued.push({ size: DELETE_BYTES, queue: () => table().rows.getItemAt(i).delete() });
    for (let c = columns.count - 1; c >= target.columns; c--) queued.push({ size: DELETE_BYTES, queue: () => table().columns.getItemAt(c).delete() });
    if (target.placeholder) {
      queued.push({
        size: 20 * target.columns,
        queue: () => (table().getDataBodyRange().getRow(0).values = [Array.from({ length: target.columns }, () => '')]),
      });
    }
    queued.push(...[...target.undo].reverse());
    const rulesChanged = rulesNow !== undefined && target.rules !== undefined && rulesNow.join('\n') !== target.rules.before.join('\n');
    if (rulesChanged && target.rules) queued.push({ size: 600 * target.rules.before.length, queue: target.rules.restore });

    await sendInBudget(context, queued);
  } catch {
    // Nothing known to be written (the first request failed, and Excel answers no more): as it was.
    throw target.applied ? incomplete(cause, target.sheetName) : cause;
  }
  throw cause;
}

/** Queues the writes in requests of at most the budget, one sync each. */
async function sendInBudget(context: Excel.RequestContext, writes: readonly Undo[]): Promise<void> {
  const packs: Undo[][] = [];
  let size = 0;
  for (const w of writes) {
    const last = packs[packs.length - 1];
    if (!last || size + w.size > REQUEST_BUDGET_BYTES) {
      packs.push([w]);
      size = w.size;
    } else {
      last.push(w);
      size += w.size;
    }
  }
  const send = async (rest: Undo[][]): Promise<void> => {
    const [pack, ...more] = rest;
    if (!pack) return;
    for (const w of pack) w.queue();
    await context.sync();
    return send(more);
  };
  await send(packs);
}

/**
 * The refill stopped halfway and could not be undone (Excel answers no request: the connection is
 * gone, or the user is editing a cell). What was written is a part of the same refill, so the next
 * analysis finishes it; the user's own entries were never touched.
 */
function incomplete(error: unknown, sheetName: string): WorkbookError {
  const cause = friendlyExcelError(error, sheetName);
  const nl = cause instanceof Error ? `${cause.message} ` : '';
  const en = cause instanceof WorkbookError ? `${cause.messageEn} ` : nl;
  return new WorkbookError(
    `${nl}Het blad "${sheetName}" is maar voor een deel bijgewerkt en kon niet worden teruggezet. Klik opnieuw op Analyseer om het af te maken; wat u zelf invulde, blijft staan.`,
    `${en}The sheet "${sheetName}" was only partly updated and could not be put back. Click Analyse again to finish it; what you entered yourself is kept.`,
    'RefillIncomplete',
  );
}
