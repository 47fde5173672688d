import type { CellGrid, CellValue } from '../register/types';
import { isoFromCell } from '../reporting/excelDate';
import { headerKey, idKey } from '../reporting/refillTable';
import { H, readReportingRows } from '../reporting/reportingSheet';
import { ACTIE_GEMEENTE_HEADER, ACTIE_GEMEENTE_TOELICHTING_HEADER, LETTER_SENT_HEADER } from './draftColumns';
import type { DraftReportingEntry } from './types';

function text(value: CellValue): string {
  return value === null || value === undefined ? '' : String(value).trim();
}

/**
 * What the drafts and letters read from the reporting sheet "Verzuimsignalen" (its table, header
 * row first), by signal id: status, reason, actions, "Gemeld op" and DUO number as the sheet
 * model reads them, and, by header wherever the columns are, "Actie gemeente gewenst" with its
 * toelichting and "Brief verstuurd op". A column the table lacks reads as blank, so this works on
 * tables written before the column existed. `firstSheetRow` is the sheet row of the header, for
 * messages that name a row.
 */
export function draftEntriesFromReportingTable(table: CellGrid | undefined, firstSheetRow = 1): Map<string, DraftReportingEntry> {
  const out = new Map<string, DraftReportingEntry>();
  if (!table || table.length === 0) return out;
  const header = table[0];
  const col = (h: string): number => header.findIndex((c) => headerKey(c) === headerKey(h));
  const cId = col(H.id);
  const cSent = col(LETTER_SENT_HEADER);
  const cActie = col(ACTIE_GEMEENTE_HEADER);
  const cToelichting = col(ACTIE_GEMEENTE_TOELICHTING_HEADER);
  const extras = new Map<string, { sent: string | null; actie: string; toelichting: string }>();
  if (cId >= 0) {
    for (const row of table.slice(1)) {
      const id = idKey(row[cId]);
      if (id === '' || extras.has(id)) continue;
      extras.set(id, {
        sent: cSent < 0 ? null : (isoFromCell(row[cSent]) ?? null),
        actie: cActie < 0 ? '' : text(row[cActie]),
        toelichting: cToelichting < 0 ? '' : text(row[cToelichting]),
      });
    }
  }
  for (const [id, e] of readReportingRows(table)) {
    const x = extras.get(id);
    out.set(id, {
      status: e.statusText || e.status,
      reason: e.reason,
      actions: e.actions,
      reportedOn: e.reportedOn,
      duoNumber: e.duoNumber,
      letterSentOn: x?.sent ?? null,
      actieGemeente: x?.actie ?? '',
      actieGemeenteToelichting: x?.toelichting ?? '',
      // The body starts under the header.
      sheetRow: firstSheetRow + 1 + e.bodyRow,
    });
  }
  return out;
}
