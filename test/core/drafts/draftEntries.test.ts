import { draftPlan } from '../../../src/core/drafts/buildDrafts';
import { draftEntriesFromReportingTable } from '../../../src/core/drafts/draftEntries';
import { letterPlan } from '../../../src/core/drafts/letters';
import type { CellValue } from '../../../src/core/register/types';
import { serialFromIso } from '../../../src/core/reporting/excelDate';
import { buildReportingSheet } from '../../../src/core/reporting/reportingSheet';
import { flags, rows, settings, students } from './fixtures';

const imported = { rows, students };
const TODAY = '2026-10-01';

/** The reporting sheet as the add-in fills it for the fixture flags, header row first. */
function reportingTable(): CellValue[][] {
  const spec = buildReportingSheet({ flags, asOf: '2026-10-01' } as Parameters<typeof buildReportingSheet>[0], undefined).spec;
  return [spec.columns.map((c) => c.header), ...spec.rows.map((r) => [...r])];
}

describe('the reporting sheet’s user columns read by header into the drafts', () => {
  it('reads "Actie gemeente gewenst" (Nee) and its toelichting from a table that has the columns', () => {
    const grid = reportingTable();
    // "Actie gemeente gewenst" is a follow-up column of the sheet (default Ja); the toelichting a column the school adds.
    const actie = grid[0].indexOf('Actie gemeente gewenst');
    expect(actie).toBeGreaterThan(0);
    grid[0].push('Toelichting actie gemeente');
    for (const r of grid.slice(1)) {
      if (r[0] === 'lx2002a') r[actie] = 'nee';
      r.push(r[0] === 'lx2002a' ? 'Gezin al in beeld bij het wijkteam' : null);
    }
    const entries = draftEntriesFromReportingTable(grid);
    expect(entries.get('lx2002a')).toMatchObject({ actieGemeente: 'nee', actieGemeenteToelichting: 'Gezin al in beeld bij het wijkteam' });
    const plan = draftPlan({ flags }, imported, settings, { entries, today: TODAY });
    const byId = new Map(plan.drafts.map((d) => [d.flagId, d]));
    expect([byId.get('lx2002a')?.actieGemeenteGewenst, byId.get('lx2002a')?.actieGemeenteToelichting]).toEqual([false, 'Gezin al in beeld bij het wijkteam']);
    expect([byId.get('v3n2001b')?.actieGemeenteGewenst, byId.get('v3n2001b')?.actieGemeenteToelichting]).toEqual([true, '']);
  });

  it('gives the default Ja on a table written before the column existed, and a Nee on the drafts sheet still counts', () => {
    // A table of the first layout: without the follow-up columns.
    const full = reportingTable();
    const actie = full[0].indexOf('Actie gemeente gewenst');
    const old = full.map((r) => r.filter((_, i) => i !== actie));
    const entries = draftEntriesFromReportingTable(old);
    expect(entries.get('lx2002a')?.actieGemeente).toBe('');
    expect(draftEntriesFromReportingTable(full).get('lx2002a')?.actieGemeente).toBe('Ja');
    const plain = draftPlan({ flags }, imported, settings, { entries, today: TODAY });
    expect(plain.drafts.map((d) => d.actieGemeenteGewenst)).toEqual([true, true]);
    const fromDraftsSheet = draftPlan({ flags }, imported, settings, {
      entries,
      sheetEntries: new Map([['lx2002a', { actieGemeente: 'Nee', actieGemeenteToelichting: 'Op het conceptblad' }]]),
      today: TODAY,
    });
    const lx = fromDraftsSheet.drafts.find((d) => d.flagId === 'lx2002a');
    expect([lx?.actieGemeenteGewenst, lx?.actieGemeenteToelichting]).toEqual([false, 'Op het conceptblad']);
  });

  it('reads "Brief verstuurd op" as a date and names the sheet row of each signal', () => {
    const grid = reportingTable();
    grid[0].push('Brief verstuurd op');
    for (const r of grid.slice(1)) r.push(r[0] === 'es2001a' ? serialFromIso('2026-09-18') : null);
    // The table starts at sheet row 3 (a title above it).
    const entries = draftEntriesFromReportingTable(grid, 3);
    expect(entries.get('es2001a')?.letterSentOn).toBe('2026-09-18');
    expect(entries.get('v3n2001b')?.letterSentOn).toBeNull();
    const bodyIndex = grid.findIndex((r) => r[0] === 'es2001a');
    expect(entries.get('es2001a')?.sheetRow).toBe(3 + bodyIndex);
    const letters = letterPlan(flags, students, settings, TODAY, { entries });
    expect(letters.skipped).toEqual([expect.objectContaining({ flagId: 'es2001a', reason: 'already-sent', on: '2026-09-18' })]);
  });
});
