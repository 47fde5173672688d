import { draftPlan, draftsFromAnalysis } from '../../../src/core/drafts/buildDrafts';
import { buildDraftsSheet, DRAFTS_SHEET_NAME, readDraftsSheetEntries } from '../../../src/core/drafts/draftsSheet';
import type { DraftReportingEntry } from '../../../src/core/drafts/types';
import type { CellValue } from '../../../src/core/register/types';
import { flags, rows, settings, students } from './fixtures';

/** Drafts made on 1 October 2026: before the report-by dates of the fixtures. */
const TODAY = '2026-10-01';

const imported = { rows, students };

function grid(spec: { columns: readonly { header: string }[]; rows: readonly (readonly CellValue[])[] }): CellValue[][] {
  return [spec.columns.map((c) => c.header), ...spec.rows.map((r) => [...r])];
}

describe('the sheet "Meldingen (concept)"', () => {
  const drafts = draftsFromAnalysis({ flags }, imported, settings, undefined, undefined, TODAY);
  const first = buildDraftsSheet(drafts, undefined);
  const header = first.spec.columns.map((c) => c.header);
  const col = (h: string): number => header.indexOf(h);

  it('has one row per draft, the DUO fields in the order of the melding form', () => {
    expect(first.spec.sheetName).toBe(DRAFTS_SHEET_NAME);
    expect(DRAFTS_SHEET_NAME).toBe('Meldingen (concept)');
    expect(header.slice(0, 11)).toEqual([
      'Signaal-id', 'PGN (BSN/onderwijsnummer)', 'Leerlingnummer', 'Naam', 'Geboortedatum', 'Klas', 'BRIN', 'School', 'Vestiging',
      'Soort verzuim (DUO)', 'Omschrijving verzuim',
    ]);
    expect(header.slice(-6)).toEqual([
      'Vervallen', 'Gecontroleerd', 'Ingediend bij DUO op', 'Aanvulling voor leerplicht', 'Actie gemeente gewenst', 'Toelichting actie gemeente',
    ]);
    expect(first.spec.rows.map((r) => r[0])).toEqual(['v3n2001b', 'lx2002a']);
    const r = first.spec.rows[0];
    expect(r[col('PGN (BSN/onderwijsnummer)')]).toBe('123456782');
    // Dates as Excel serials: 2026-09-07 is 46272, 2026-09-28 is 46293.
    expect(r[col('Begindatum')]).toBe(46272);
    expect(r[col('Einddatum')]).toBe(46293);
    expect(r[col('Verzuimuren')]).toBe(17.5);
    expect(r[col('Alle lessen verzuimd')]).toBe('Nee');
    expect(r[col('Actie gemeente gewenst')]).toBe('Ja');
    expect(r[col('Specificatie verzuim')]).toBe(
      [
        '07-09-2026 lesuur 3-5 (150 min, S)',
        '09-09-2026 lesuur 3-5 (150 min, S)',
        '14-09-2026 lesuur 3-5 (150 min, S)',
        '16-09-2026 lesuur 3-5 (150 min, S)',
        '21-09-2026 lesuur 3-5 (150 min, S)',
        '23-09-2026 lesuur 3-5 (150 min, S)',
        '28-09-2026 10:20-12:50 (150 min, S)',
      ].join('\n'),
    );
    expect(first.spec.rows[1][col('PGN (BSN/onderwijsnummer)')]).toBeNull();
    expect(first.counts).toEqual({ new: 2, kept: 0, lapsed: 0, dropped: 0 });
    // Both drafts miss something: the "Ontbreekt" cell is marked.
    expect(first.spec.cellFills?.map((f) => [f.row, f.column])).toEqual([
      [0, col('Ontbreekt')],
      [1, col('Ontbreekt')],
    ]);
  });

  it('keeps what the coordinator typed when it is filled again, and updates the engine columns', () => {
    const typed = grid(first.spec);
    typed[1][col('Gecontroleerd')] = 'Ja';
    typed[1][col('Aanvulling voor leerplicht')] = 'Vader is bereikbaar na 17 uur';
    typed[2][col('Ingediend bij DUO op')] = 46300;
    // The user swaps two of their columns and adds one of their own.
    for (const row of typed) {
      const a = col('Gecontroleerd');
      const b = col('Aanvulling voor leerplicht');
      [row[a], row[b]] = [row[b], row[a]];
    }
    typed[0].push('Notitie coördinator');
    typed[1].push('bellen vrijdag');
    typed[2].push(null);

    const entries = new Map<string, DraftReportingEntry>([['v3n2001b', { actions: 'Huisbezoek 01-10-2026' }]]);
    const again = buildDraftsSheet(draftsFromAnalysis({ flags }, imported, settings, entries, undefined, TODAY), typed);
    const h = again.spec.columns.map((c) => c.header);
    const r0 = again.spec.rows[0];
    expect(r0[h.indexOf('Acties school')]).toBe('Huisbezoek 01-10-2026');
    expect(r0[h.indexOf('Gecontroleerd')]).toBe('Ja');
    expect(r0[h.indexOf('Aanvulling voor leerplicht')]).toBe('Vader is bereikbaar na 17 uur');
    expect(r0[h.indexOf('Notitie coördinator')]).toBe('bellen vrijdag');
    expect(again.spec.rows[1][h.indexOf('Ingediend bij DUO op')]).toBe(46300);
    expect(again.counts).toEqual({ new: 0, kept: 2, lapsed: 0, dropped: 0 });
  });

  it('keeps a draft that no longer arises when it has user content, marked Vervallen; drops it otherwise', () => {
    const typed = grid(first.spec);
    typed[2][col('Aanvulling voor leerplicht')] = 'Ouders hadden verlof aangevraagd';
    const notReported = new Map<string, DraftReportingEntry>([
      ['lx2002a', { status: 'Niet melden', reason: 'Verlof achteraf verleend' }],
      ['v3n2001b', { status: 'Niet melden', reason: 'Leerling is verhuisd' }],
    ]);
    const again = buildDraftsSheet(draftsFromAnalysis({ flags }, imported, settings, notReported, undefined, TODAY), typed);
    expect(again.spec.rows.map((r) => [r[0], r[col('Vervallen')], r[col('Aanvulling voor leerplicht')]])).toEqual([
      ['lx2002a', 'ja', 'Ouders hadden verlof aangevraagd'],
    ]);
    expect(again.rowInfo).toEqual([{ id: 'lx2002a', state: 'lapsed' }]);
    expect(again.spec.rowFills).toEqual(['#EDEBE9']);
    expect(again.counts).toEqual({ new: 0, kept: 0, lapsed: 1, dropped: 1 });
  });

  it('reads back what the coordinator typed, so the addition reaches the drafts', () => {
    const typed = grid(first.spec);
    typed[1][col('Gecontroleerd')] = 'Ja';
    typed[1][col('Ingediend bij DUO op')] = 46300;
    typed[1][col('Aanvulling voor leerplicht')] = '  Vader is bereikbaar na 17 uur ';
    const sheetEntries = readDraftsSheetEntries(typed);
    expect(sheetEntries.get('v3n2001b')).toEqual({
      checked: 'Ja', submittedOn: '2026-10-05', addition: 'Vader is bereikbaar na 17 uur', actieGemeente: 'Ja', actieGemeenteToelichting: '',
    });
    expect(sheetEntries.get('lx2002a')).toEqual({ checked: '', submittedOn: null, addition: '', actieGemeente: 'Ja', actieGemeenteToelichting: '' });
    // Submitted to DUO on 5 October: reported, no longer due, and still carrying its addition.
    const plan = draftPlan({ flags }, imported, settings, { sheetEntries, today: TODAY });
    expect(plan.drafts.map((d) => [d.flagId, d.aanvulling])).toEqual([['lx2002a', '']]);
    expect(plan.reported.map((d) => [d.flagId, d.aanvulling, d.alreadyReported?.on])).toEqual([
      ['v3n2001b', 'Vader is bereikbaar na 17 uur', '2026-10-05'],
    ]);
    expect(readDraftsSheetEntries(undefined).size).toBe(0);
    expect(readDraftsSheetEntries([['iets anders']]).size).toBe(0);
  });

  it('neutralises text that Excel would run as a formula', () => {
    const entries = new Map<string, DraftReportingEntry>([['v3n2001b', { actions: '=HYPERLINK("http://x.example","klik")' }]]);
    const spec = buildDraftsSheet(draftsFromAnalysis({ flags }, imported, settings, entries, undefined, TODAY), undefined).spec;
    expect(spec.rows[0][col('Acties school')]).toBe('\'=HYPERLINK("http://x.example","klik")');
  });
});
