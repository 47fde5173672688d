import { flagId } from '../../../src/core/analysis/flagId';
import { draftPlan } from '../../../src/core/drafts/buildDrafts';
import { buildDraftsSheet, readDraftsSheetEntries } from '../../../src/core/drafts/draftsSheet';
import { isValidPgn } from '../../../src/core/drafts/pgn';
import type { DraftReportingEntry, DraftSheetEntry } from '../../../src/core/drafts/types';
import type { CellValue } from '../../../src/core/register/types';
import { flags, rows, settings, students } from './fixtures';

const imported = { rows, students };
const TODAY = '2026-10-01';

describe('draftPlan: what is due now', () => {
  it('gives a Gemeld flag no draft and lists it as reported, with its date and DUO number', () => {
    const entries = new Map<string, DraftReportingEntry>([
      ['v3n2001b', { status: 'Gemeld', reportedOn: '2026-09-30', duoNumber: '81234' }],
    ]);
    const plan = draftPlan({ flags }, imported, settings, { entries, today: TODAY });
    expect(plan.drafts.map((d) => d.flagId)).toEqual(['lx2002a']);
    expect(plan.reported.map((d) => [d.flagId, d.alreadyReported])).toEqual([
      ['v3n2001b', { status: 'Gemeld', on: '2026-09-30', duoNumber: '81234' }],
    ]);
    // A reported flag has nothing left to complete.
    expect(plan.reported[0].warnings).toEqual([]);
  });

  it('counts Afgesloten, a "Gemeld op" date alone, and "Ingediend bij DUO op" on the drafts sheet as reported', () => {
    const afgesloten = draftPlan({ flags }, imported, settings, {
      entries: new Map([['lx2002a', { status: 'afgesloten' }]]),
      today: TODAY,
    });
    expect(afgesloten.reported.map((d) => d.flagId)).toEqual(['lx2002a']);
    const dateOnly = draftPlan({ flags }, imported, settings, {
      entries: new Map([['lx2002a', { status: 'Nieuw', reportedOn: '2026-10-20' }]]),
      today: TODAY,
    });
    expect(dateOnly.reported.map((d) => [d.flagId, d.alreadyReported?.status, d.alreadyReported?.on])).toEqual([['lx2002a', 'Nieuw', '2026-10-20']]);
    const submitted = draftPlan({ flags }, imported, settings, {
      sheetEntries: new Map<string, DraftSheetEntry>([['lx2002a', { submittedOn: '2026-10-21' }]]),
      today: TODAY,
    });
    expect(submitted.reported.map((d) => d.flagId)).toEqual(['lx2002a']);
    expect(submitted.drafts.map((d) => d.flagId)).toEqual(['v3n2001b']);
  });

  it('refuses "Niet melden" without a reason as the pane does: the draft stays and the sheet row is named', () => {
    const entries = new Map<string, DraftReportingEntry>([['lx2002a', { status: 'Niet melden', reason: '  ', sheetRow: 7 }]]);
    const plan = draftPlan({ flags }, imported, settings, { entries, today: TODAY });
    expect(plan.drafts.map((d) => d.flagId)).toEqual(['v3n2001b', 'lx2002a']);
    expect(plan.notReported).toEqual([]);
    expect(plan.refused).toHaveLength(1);
    expect(plan.refused[0]).toMatchObject({ flagId: 'lx2002a', pupilId: '2002', sheetRow: 7 });
    expect(plan.refused[0].message).toBe(
      'Verzuimsignalen rij 7 (leerling 2002): status Niet melden geweigerd. Pas toe of leg uit: geef een reden waarom dit signaal niet gemeld wordt. Het concept blijft staan.',
    );
  });

  it('keeps "Niet melden" with a reason out of the drafts, with its reason', () => {
    const entries = new Map<string, DraftReportingEntry>([['lx2002a', { status: 'Niet melden', reason: 'Verlof achteraf verleend' }]]);
    const plan = draftPlan({ flags }, imported, settings, { entries, today: TODAY });
    expect(plan.notReported).toEqual([{ flagId: 'lx2002a', pupilId: '2002', reason: 'Verlof achteraf verleend' }]);
    expect(plan.drafts.map((d) => d.flagId)).toEqual(['v3n2001b']);
  });

  it('matches entries a workbook holds under the old ids (before the VS- prefix)', () => {
    const prefixed = flags.map((f) => ({ ...f, id: flagId(f.studentId, f.category, f.basis, f.level, f.start) }));
    const old = prefixed.find((f) => f.studentId === '2002' && f.category === 'luxury')!.id.slice(3);
    expect(old).toMatch(/^[0-9a-f]{12}$/);
    const plan = draftPlan({ flags: prefixed }, imported, settings, {
      entries: new Map([[old.toUpperCase(), { status: 'Gemeld', reportedOn: '2026-10-20' }]]),
      today: TODAY,
    });
    expect(plan.reported.map((d) => d.pupil.id)).toEqual(['2002']);
  });

  it('dates a draft the day it is made and says so when the report-by date has passed', () => {
    const late = draftPlan({ flags }, imported, settings, { today: '2026-10-06' });
    const v3 = late.drafts.find((d) => d.flagId === 'v3n2001b')!;
    expect(v3.createdOn).toBe('2026-10-06');
    expect(v3.reportByPassed).toBe(true); // report by 5 October
    expect(v3.warnings[0].code).toBe('report-by-passed');
    expect(v3.warnings[0].message).toBe(
      'Leerling 2001: TE LAAT: de meldtermijn is verstreken. Melden moest uiterlijk op 5 oktober 2026; meld zo snel mogelijk.',
    );
    // On the report-by day itself it is still on time.
    expect(draftPlan({ flags }, imported, settings, { today: '2026-10-05' }).drafts[0].reportByPassed).toBe(false);
  });

  it('takes "Actie gemeente gewenst" (default Ja) and its toelichting from the drafts sheet', () => {
    const plan = draftPlan({ flags }, imported, settings, { today: TODAY });
    expect(plan.drafts.map((d) => d.actieGemeenteGewenst)).toEqual([true, true]);
    const sheet = buildDraftsSheet(plan.drafts, undefined).spec;
    const grid: CellValue[][] = [sheet.columns.map((c) => c.header), ...sheet.rows.map((r) => [...r])];
    const h = grid[0];
    expect(grid.slice(1).map((r) => r[h.indexOf('Actie gemeente gewenst')])).toEqual(['Ja', 'Ja']);
    const row = grid.findIndex((r) => r[0] === 'lx2002a');
    grid[row][h.indexOf('Actie gemeente gewenst')] = 'Nee';
    grid[row][h.indexOf('Toelichting actie gemeente')] = 'Gezin is al in beeld bij het wijkteam';
    const again = draftPlan({ flags }, imported, settings, { sheetEntries: readDraftsSheetEntries(grid), today: TODAY });
    const lx = again.drafts.find((d) => d.flagId === 'lx2002a')!;
    expect([lx.actieGemeenteGewenst, lx.actieGemeenteToelichting]).toEqual([false, 'Gezin is al in beeld bij het wijkteam']);
    // The refill keeps what the coordinator chose.
    const refilled = buildDraftsSheet(again.drafts, grid).spec;
    const r2 = refilled.rows.find((r) => r[0] === 'lx2002a')!;
    expect(r2[refilled.columns.findIndex((c) => c.header === 'Actie gemeente gewenst')]).toBe('Nee');
  });

  it('lists reported flags on the drafts sheet with their date and DUO number', () => {
    const entries = new Map<string, DraftReportingEntry>([['v3n2001b', { status: 'Gemeld', reportedOn: '2026-09-30', duoNumber: '81234' }]]);
    const plan = draftPlan({ flags }, imported, settings, { entries, today: TODAY });
    const sheet = buildDraftsSheet(plan.drafts, undefined, plan.reported).spec;
    const col = (h: string) => sheet.columns.findIndex((c) => c.header === h);
    const v3 = sheet.rows.find((r) => r[0] === 'v3n2001b')!;
    // 30 September 2026 as an Excel serial: 46295.
    expect([v3[col('Status signaal')], v3[col('Al gemeld op')], v3[col('DUO-meldingsnummer')]]).toEqual(['Gemeld', 46295, '81234']);
    expect(sheet.rowFills?.[sheet.rows.indexOf(v3)]).toBe('#DFF6DD');
  });
});

describe('PGN check', () => {
  it('accepts 9 digits passing the BSN 11-proef, leading zero included', () => {
    // 0×9 + 1×8 + 2×7 + 3×6 + 4×5 + 5×4 + 6×3 + 7×2 − 2 = 110 = 10 × 11.
    expect(isValidPgn('012345672')).toBe(true);
    expect(isValidPgn('1234 56 782')).toBe(true);
  });

  it('refuses 12345, a lost leading zero and a wrong check digit', () => {
    expect(isValidPgn('12345')).toBe(false);
    expect(isValidPgn('12345672')).toBe(false);
    expect(isValidPgn('012345673')).toBe(false);
    expect(isValidPgn('000000000')).toBe(false);
  });

  it('warns on a PGN that is not 9 digits passing the 11-proef, without printing the number', () => {
    const s12345 = new Map(students);
    s12345.set('2001', { ...students.get('2001')!, bsn: '12345' });
    const [d] = draftPlan({ flags }, { rows, students: s12345 }, settings, { today: TODAY }).drafts;
    const w = d.warnings.find((x) => x.code === 'invalid-pgn');
    expect(w?.message).toBe(
      'Leerling 2001: PGN is geen geldig BSN of onderwijsnummer: het heeft 5 tekens in plaats van 9 cijfers. Controleer het nummer; viel er een voorloopnul weg?',
    );
    const s0 = new Map(students);
    s0.set('2001', { ...students.get('2001')!, bsn: '012345672' });
    const [ok] = draftPlan({ flags }, { rows, students: s0 }, settings, { today: TODAY }).drafts;
    expect(ok.pgn).toBe('012345672');
    expect(ok.warnings.map((x) => x.code)).not.toContain('invalid-pgn');
  });
});

describe('school fields', () => {
  it('warns for a missing school name, BRIN, location and reporter function', () => {
    const bare = {
      ...settings,
      school: { ...settings.school, name: '', brin: ' ', location: '', reporter: { ...settings.school.reporter, function: '' } },
    };
    const [d] = draftPlan({ flags }, imported, bare, { today: TODAY }).drafts;
    expect(d.warnings.map((w) => w.code)).toEqual([
      'missing-school-name', 'missing-brin', 'missing-location', 'missing-reporter-function', 'missing-school-actions',
    ]);
  });
});
