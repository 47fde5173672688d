/**
 * @jest-environment jsdom
 */
// The Meldingen tab against the in-memory workbook: warnings per draft, the BSN masked, a Word
// document per pupil, letters per pupil, CSV / XLSX / zip, and Excel for Mac (no downloads, the
// drafts sheet instead). Downloads are caught at URL.createObjectURL and the anchor's click.
import './jsdomPolyfills';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryWorkbook } from '../../src/adapters/memory/memoryWorkbook';
import type { CellValue } from '../../src/core/register/types';
import { TaskPane } from '../../src/taskpane/App';
import { flagId } from '../../src/core/analysis/flagId';
import { updateReportingEntry } from '../../src/core/reporting/reportingSheet';
import { isoFromCell } from '../../src/core/reporting/excelDate';
import { draftEntriesFromReportingTable } from '../../src/core/drafts/draftEntries';
import { displayDate } from '../../src/taskpane/dates';
import Papa from 'papaparse';

/**
 * Sanne de Vries (10234, BSN 123456782, born 14-03-2011) skips every lesson Monday 3 to Thursday
 * 6 November 2025 (20 lessons of 50 min = 16,67 uur: an early signal on 4 Nov and a sixteen-hours
 * melding on 6 Nov). Daan Jansen (10388) is late three times (step 1 of the ladder: a letter, no melding).
 */
function register(): CellValue[][] {
  const rows: CellValue[][] = [['Leerlingnummer', 'Naam', 'BSN', 'Geboortedatum', 'Klas', 'Datum', 'Lesuur', 'Code', 'Minuten']];
  for (const date of ['03-11-2025', '04-11-2025', '05-11-2025', '06-11-2025']) {
    for (let lesson = 1; lesson <= 5; lesson++) rows.push(['10234', 'Sanne de Vries', '123456782', '14-03-2011', '2B', date, lesson, 'A', null]);
  }
  for (const date of ['03-11-2025', '04-11-2025', '05-11-2025']) rows.push(['10388', 'Daan Jansen', '', '02-02-2011', '2B', date, 1, 'TL', 10]);
  return rows;
}

interface Caught {
  name: string;
  bytes: Uint8Array;
}
let downloads: Caught[] = [];
let pending: Blob | undefined;
const blobs = new Map<string, Blob>();

function readBlob(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(new Uint8Array(r.result as ArrayBuffer));
    r.onerror = () => reject(r.error);
    r.readAsArrayBuffer(blob);
  });
}

beforeEach(() => {
  downloads = [];
  let n = 0;
  URL.createObjectURL = (blob: Blob) => {
    pending = blob;
    const url = `blob:test/${n++}`;
    blobs.set(url, blob);
    return url;
  };
  URL.revokeObjectURL = () => undefined;
  jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href) ?? pending;
    if (blob) void readBlob(blob).then((bytes) => downloads.push({ name: this.download, bytes }));
  });
});
afterEach(() => {
  cleanup();
  jest.restoreAllMocks();
});

const today = () => new Date().toISOString().slice(0, 10);
const text = (b: Uint8Array) => new TextDecoder().decode(b);

async function setup(canDownload = true) {
  const wb = new MemoryWorkbook({ sheets: [{ name: 'Absenties', cells: register() }] });
  await wb.writeSettings({
    school: { name: 'Het Voorbeeldcollege', brin: '99XX', reporter: { name: 'J. Jansen', function: 'Verzuimcoördinator', phone: '010-1234567' } },
  });
  render(<TaskPane port={wb} lang="nl" canDownload={canDownload} sessionOptions={{ inlineAnalysis: true }} />);
  await waitFor(() => expect(screen.getByTestId('analyse')).toBeTruthy());
  await act(async () => {
    fireEvent.click(screen.getByTestId('analyse'));
  });
  await screen.findByText('Analyse tot en met 06-11-2025: 3 signalen voor 2 leerlingen.', undefined, { timeout: 30000 });
  fireEvent.click(screen.getByRole('tab', { name: 'Meldingen' }));
  return wb;
}

async function click(el: HTMLElement, expectedDownloads: number) {
  await act(async () => {
    fireEvent.click(el);
  });
  await waitFor(() => expect(downloads.length).toBe(expectedDownloads), { timeout: 30000 });
}

describe('Meldingen tab: what is due now', () => {
  test('shows a flag reported already with its date and DUO number, and says how many were skipped', async () => {
    const wb = await setup();
    // The coordinator reported the sixteen-hours melding of 10234 (start 3 Nov 2025) on 10 Nov 2025,
    // in the sheet Verzuimsignalen; the next analysis reads it back.
    const id = flagId('10234', 'sixteen-hours', null, null, '2025-11-03');
    const grid = await wb.readTable('Verzuimsignalen', 'Verzuimsignalen');
    if (!grid) throw new Error('no Verzuimsignalen table');
    await wb.writeTable(updateReportingEntry(grid, id, { status: 'Gemeld', reportedOn: '2025-11-10', duoNumber: '20251110-77' }, '2025-11-10').spec);
    fireEvent.click(screen.getByRole('tab', { name: 'Signalen' }));
    await act(async () => {
      fireEvent.click(screen.getByTestId('analyse'));
    });
    await screen.findByText('Analyse tot en met 06-11-2025: 3 signalen voor 2 leerlingen.', undefined, { timeout: 30000 });
    fireEvent.click(screen.getByRole('tab', { name: 'Meldingen' }));
    await waitFor(() => expect(screen.getByTestId('drafts-reported')).toBeTruthy());
    expect(screen.getByTestId('drafts-count').textContent).toBe('0 conceptmeldingen voor leerplicht (signalen met status anders dan "Niet melden").');
    expect(screen.getByTestId('drafts-skipped').textContent).toBe('Geen nieuw concept: 1 al gemeld, 0 met status "Niet melden" (met reden).');
    expect(screen.getByTestId('drafts-reported').textContent).toBe(
      'Sanne de Vries (2B), V3 03-11-2025 – 06-11-2025: gemeld op 10-11-2025, DUO-meldingsnummer 20251110-77',
    );
    // The 16-hours letter is not made again; the early signal ended before the melding and the lateness letter are.
    expect(screen.getByTestId('letters-skipped').textContent).toBe(
      'Brieven overgeslagen: 1 signaal al gemeld, 0 eerder verstuurd, 0 "Niet melden", 0 vroegsignaal na een melding.',
    );
  });
});

describe('Meldingen tab: letters made once', () => {
  test('a downloaded letter is recorded as "Brief verstuurd op" today in Verzuimsignalen and not made again', async () => {
    const wb = await setup();
    const id = flagId('10234', 'sixteen-hours', null, null, '2025-11-03');
    await click(screen.getByRole('button', { name: 'Brief 16 uur in 4 lesweken over Sanne de Vries downloaden (.docx)' }), 1);
    expect(downloads[0].name).toBe('brief-16-uur-10234-2025-11-06.docx');
    await screen.findByText(
      `brief-16-uur-10234-2025-11-06.docx is klaar om te downloaden. In het blad Verzuimsignalen staat nu "Brief verstuurd op" ${displayDate(today())} bij 1 signaal/signalen: die brieven worden niet opnieuw gemaakt.`,
    );
    // In the workbook: a date column "Brief verstuurd op", today in that signal's row only.
    const grid = await wb.readTable('Verzuimsignalen', 'Verzuimsignalen');
    if (!grid) throw new Error('no Verzuimsignalen table');
    const col = grid[0].indexOf('Brief verstuurd op');
    expect(col).toBeGreaterThan(0);
    const sent = grid.slice(1).filter((r) => isoFromCell(r[col]) !== undefined).map((r) => [r[0], isoFromCell(r[col])]);
    expect(sent).toEqual([[id, today()]]);
    // The command line reads the same column the same way.
    expect(draftEntriesFromReportingTable(grid).get(id)?.letterSentOn).toBe(today());
    // The pane no longer offers it, and says why.
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Brief 16 uur in 4 lesweken over Sanne de Vries downloaden (.docx)' })).toBeNull());
    expect(screen.getByTestId('letters-skipped').textContent).toBe(
      'Brieven overgeslagen: 0 signaal al gemeld, 1 eerder verstuurd, 0 "Niet melden", 0 vroegsignaal na een melding.',
    );
    // A later run (a new analysis refills the sheet) keeps the date and still does not make the letter.
    fireEvent.click(screen.getByRole('tab', { name: 'Signalen' }));
    await act(async () => {
      fireEvent.click(screen.getByTestId('analyse'));
    });
    await screen.findByText('Analyse tot en met 06-11-2025: 3 signalen voor 2 leerlingen.', undefined, { timeout: 30000 });
    fireEvent.click(screen.getByRole('tab', { name: 'Meldingen' }));
    await waitFor(() => expect(screen.getByTestId('letters-skipped').textContent).toContain('1 eerder verstuurd'));
    const names = within(screen.getByTestId('letters')).getAllByRole('button').map((b) => b.textContent);
    expect(names).toEqual(['Vroegsignaal', 'Te laat']);
    const after = await wb.readTable('Verzuimsignalen', 'Verzuimsignalen');
    expect(after?.slice(1).filter((r) => r[0] === id).map((r) => isoFromCell(r[after[0].indexOf('Brief verstuurd op')]))).toEqual([today()]);
  });

  test('reads "Actie gemeente gewenst" and its toelichting from Verzuimsignalen into the drafts', async () => {
    const wb = await setup();
    const id = flagId('10234', 'sixteen-hours', null, null, '2025-11-03');
    const grid = (await wb.readTable('Verzuimsignalen', 'Verzuimsignalen'))!.map((r) => [...r]);
    // The coordinator says Nee in the follow-up column and adds a toelichting column of their own.
    const actie = grid[0].indexOf('Actie gemeente gewenst');
    expect(actie).toBeGreaterThan(0);
    grid[0].push('Toelichting actie gemeente');
    for (const r of grid.slice(1)) {
      if (r[0] === id) r[actie] = 'Nee';
      r.push(r[0] === id ? 'Zorgteam van school begeleidt' : null);
    }
    const spec = updateReportingEntry(grid, id, {}, '2025-11-06').spec;
    const newer = (spec.layoutVersion ?? 1) + 1;
    await wb.writeTable({
      ...spec,
      columns: spec.columns.map((c) => (c.header === 'Toelichting actie gemeente' ? { ...c, since: newer } : c)),
    });
    fireEvent.click(screen.getByRole('tab', { name: 'Signalen' }));
    await act(async () => {
      fireEvent.click(screen.getByTestId('analyse'));
    });
    await screen.findByText('Analyse tot en met 06-11-2025: 3 signalen voor 2 leerlingen.', undefined, { timeout: 30000 });
    fireEvent.click(screen.getByRole('tab', { name: 'Meldingen' }));
    await click(screen.getByTestId('download-csv'), 1);
    const [header, row] = Papa.parse<string[]>(text(downloads[0].bytes).replace(/^\uFEFF/, ''), { delimiter: ';' }).data;
    expect([row[header.indexOf('Actie gemeente gewenst')], row[header.indexOf('Toelichting actie gemeente')]]).toEqual(['Nee', 'Zorgteam van school begeleidt']);
  });
});

describe('Meldingen tab', () => {
  test('lists the warnings per draft and shows the BSN only masked', async () => {
    await setup();
    expect(screen.getByTestId('drafts-count').textContent).toBe(
      '1 conceptmeldingen voor leerplicht (signalen met status anders dan "Niet melden").',
    );
    const row = screen.getByTestId('drafts').querySelector(':scope > li') as HTMLElement;
    expect(row.getAttribute('data-pupil-id')).toBe('10234');
    expect(within(row).getByTestId('pgn').textContent).toBe('PGN *****6782');
    // The drafts are made today, a year after the register: the report-by date (13 November 2025) has passed.
    expect(within(row).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Leerling 10234: TE LAAT: de meldtermijn is verstreken. Melden moest uiterlijk op 13 november 2025; meld zo snel mogelijk.',
      'Leerling 10234: vestiging van de school ontbreekt (instelling school.location).',
      'Leerling 10234: e-mailadres van de contactpersoon ontbreekt (instelling school.reporter.email).',
      'Leerling 10234: geen acties van school vastgelegd (kolom "Acties school" op het blad Verzuimsignalen of in het register).',
    ]);
    expect(screen.getByTestId('drafts-incomplete').textContent).toBe('1 concept(en) missen nog verplichte gegevens; vul ze aan vóór u meldt.');
    expect(document.body.textContent).not.toContain('123456782');
  });

  test("downloads one pupil's melding and letters as .docx, named without name or BSN", async () => {
    await setup();
    await click(screen.getByRole('button', { name: 'Melding van Sanne de Vries downloaden (.docx)' }), 1);
    expect(downloads[0].name).toBe(`melding-10234-${today()}.docx`);
    expect(text(downloads[0].bytes.subarray(0, 2))).toBe('PK');

    // Letters per pupil: Sanne's early signal and sixteen hours, Daan's lateness.
    const letters = screen.getByTestId('letters');
    const byPupil = within(letters)
      .getAllByRole('listitem')
      .map((r) => [r.getAttribute('data-pupil-id'), within(r).getAllByRole('button').map((b) => b.textContent)]);
    expect(byPupil).toEqual([
      ['10234', ['Vroegsignaal', '16 uur in 4 lesweken']],
      ['10388', ['Te laat']],
    ]);
    expect(screen.getByText('Brieven aan ouders (3)')).toBeTruthy();
    await click(screen.getByRole('button', { name: 'Brief 16 uur in 4 lesweken over Sanne de Vries downloaden (.docx)' }), 2);
    expect(downloads[1].name).toBe('brief-16-uur-10234-2025-11-06.docx');
    await click(screen.getByRole('button', { name: 'Brief Te laat over Daan Jansen downloaden (.docx)' }), 3);
    expect(downloads[2].name).toBe('brief-te-laat-10388-2025-11-05.docx');
    expect(text(downloads[2].bytes.subarray(0, 2))).toBe('PK');
    for (const d of downloads) expect(d.name).not.toMatch(/Sanne|Vries|Daan|Jansen|123456782/);
  });

  test('exports the drafts as CSV and XLSX, and everything as a zip', async () => {
    await setup();
    await click(screen.getByTestId('download-csv'), 1);
    expect(downloads[0].name).toBe('meldingen.csv');
    const csv = text(downloads[0].bytes);
    expect(csv).toContain('10234');
    expect(csv).toContain('Sanne de Vries');
    await click(screen.getByTestId('download-xlsx'), 2);
    expect(downloads[1].name).toBe('meldingen.xlsx');
    expect(text(downloads[1].bytes.subarray(0, 2))).toBe('PK');
    await click(screen.getByTestId('download-documents'), 3);
    expect(downloads[2].name).toBe(`verzuimsignaal-documenten-${today()}.zip`);
    expect(text(downloads[2].bytes.subarray(0, 2))).toBe('PK');
    await screen.findByText(
      `verzuimsignaal-documenten-${today()}.zip is klaar om te downloaden. In het blad Verzuimsignalen staat nu "Brief verstuurd op" ${displayDate(today())} bij 3 signaal/signalen: die brieven worden niet opnieuw gemaakt.`,
    );
    // Every letter in the zip is recorded: none is offered again.
    await waitFor(() => expect(screen.queryByTestId('letters')).toBeNull());
  });

  test('on Excel for Mac there are no download buttons; the note points to the drafts sheet, which fills', async () => {
    const wb = await setup(false);
    expect(screen.getByTestId('mac-note').textContent).toContain(
      'Excel voor Mac kan vanuit dit deelvenster geen bestanden downloaden. Klik op "Blad Meldingen (concept) vullen"',
    );
    for (const id of ['download-documents', 'download-csv', 'download-xlsx', 'download-melding', 'download-letter']) {
      expect(screen.queryAllByTestId(id)).toEqual([]);
    }
    await act(async () => {
      fireEvent.click(screen.getByTestId('fill-drafts-sheet'));
    });
    await screen.findByText('Het blad "Meldingen (concept)" is gevuld met 1 concepten.');
    const sheet = await wb.readTable('Meldingen (concept)', 'MeldingenConcept');
    expect(sheet).toBeDefined();
    expect(sheet!.length).toBe(2);
    expect(downloads).toEqual([]);
  });
});
