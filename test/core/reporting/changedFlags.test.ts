import { changedFlags, compareFacts, formatChanges, parseChanges, type FlagChange } from '../../../src/core/reporting/changedFlags';
import { buildReportingSheet, H, readReportingRows, REPORTING_LAYOUT, updateReportingEntry } from '../../../src/core/reporting/reportingSheet';
import type { CellValue } from '../../../src/core/register/types';
import { analysis, daanLate, sanneEarly, sanneSixteen } from './flagFixtures';

const COLUMNS = { id: H.id, hours: H.hours, end: H.end, reportBy: H.reportBy, changed: H.changed, userColumns: REPORTING_LAYOUT.userColumns };

function asGrid(build: ReturnType<typeof buildReportingSheet>): CellValue[][] {
  return [build.spec.columns.map((c) => c.header), ...build.spec.rows.map((r) => [...r])];
}

/** The sheet after a first analysis, with the coordinator's work in it. */
function workedOn(): CellValue[][] {
  const grid = asGrid(buildReportingSheet(analysis([sanneSixteen, sanneEarly, daanLate]), undefined));
  const col = (h: string) => grid[0].indexOf(h);
  grid[1][col(H.status)] = 'In behandeling';
  grid[1][col(H.actions)] = 'Gesprek met ouders op 18-11';
  // Daan: only the default status, nothing written: not the user's work.
  grid[3][col(H.status)] = 'Nieuw';
  return grid;
}

const changedOf = (grid: CellValue[][], id: string): CellValue => grid[grid.findIndex((r) => r[0] === id)][grid[0].indexOf(H.changed)];

describe('the text of a change in the sheet', () => {
  it('says what moved in Dutch, dates dd-mm-jjjj, hours with a comma, and reads back what it wrote', () => {
    const changes: FlagChange[] = [
      { field: 'reportBy', from: '2026-11-19', to: null },
      { field: 'hours', from: 16, to: 18.5 },
      { field: 'end', from: '2026-11-12', to: '2026-11-19' },
    ];
    const text = formatChanges(changes);
    expect(text).toBe('uren 16 → 18,5; einddatum 12-11-2026 → 19-11-2026; melden vóór 19-11-2026 → geen');
    expect(parseChanges(text)).toEqual([changes[1], changes[2], changes[0]]);
  });

  it('ignores what it did not write: blanks, numbers, a note the user typed over it', () => {
    expect(parseChanges(null)).toEqual([]);
    expect(parseChanges(42)).toEqual([]);
    expect(parseChanges('gezien, klopt')).toEqual([]);
    expect(parseChanges('uren veel → meer; einddatum 31-11-2026 → 01-12-2026; uren 8 -> 9')).toEqual([{ field: 'hours', from: 8, to: 9 }]);
  });

  it('compares hours to two decimals and dates exactly; an unknown "before" is not compared', () => {
    expect(compareFacts({ hours: 16.671, end: '2026-11-12', reportBy: null }, { hours: 16.67, end: '2026-11-12', reportBy: null })).toEqual([]);
    expect(compareFacts({ hours: 16.67 }, { hours: 17.5, end: '2026-11-19', reportBy: '2026-11-26' })).toEqual([{ field: 'hours', from: 16.67, to: 17.5 }]);
    expect(compareFacts({ reportBy: null }, { hours: 1, end: '2026-11-19', reportBy: '2026-11-26' })).toEqual([{ field: 'reportBy', from: null, to: '2026-11-26' }]);
  });
});

describe('changedFlags', () => {
  it('marks a flag with user content whose hours, end and report-by date moved; not the untouched ones', () => {
    const grid = workedOn();
    // Two more weeks of absence: Sanne's window now ends a week later, with more hours.
    const sanne = { ...sanneSixteen, hours: 18, end: '2026-11-19', reportBy: '2026-11-26' };
    const daan = { ...daanLate, hours: daanLate.hours + 2 };
    const early = { ...sanneEarly, hours: 9 };
    const map = changedFlags(grid, [sanne, early, daan], COLUMNS);
    expect([...map.keys()]).toEqual([sanneSixteen.id]);
    expect(map.get(sanneSixteen.id)).toEqual([
      { field: 'hours', from: 16.67, to: 18 },
      { field: 'end', from: '2026-11-12', to: '2026-11-19' },
      { field: 'reportBy', from: '2026-11-19', to: '2026-11-26' },
    ]);
    // Nothing to compare with: no previous table, or a flag that was not in it.
    expect(changedFlags(undefined, [sanne], COLUMNS).size).toBe(0);
    expect(changedFlags(grid, [{ ...sanne, id: 'VS-000000000000' }], COLUMNS).size).toBe(0);
  });

  it('finds a row written before the VS- prefix (the same signal)', () => {
    const grid = workedOn();
    const map = changedFlags(grid, [{ ...sanneSixteen, id: `VS-${sanneSixteen.id}`, hours: 20 }], COLUMNS);
    expect(map.get(`VS-${sanneSixteen.id}`)).toEqual([{ field: 'hours', from: 16.67, to: 20 }]);
  });
});

describe('the Gewijzigd column of Verzuimsignalen', () => {
  it('keeps the "from" of the facts the user last saw over several analyses, and clears when they return', () => {
    const first = workedOn();
    const second = asGrid(buildReportingSheet(analysis([{ ...sanneSixteen, hours: 18 }, sanneEarly, daanLate]), first));
    expect(changedOf(second, sanneSixteen.id)).toBe('uren 16,67 → 18');
    expect(changedOf(second, sanneEarly.id)).toBeNull();
    // A third analysis: still measured from 16,67, not from 18.
    const third = asGrid(buildReportingSheet(analysis([{ ...sanneSixteen, hours: 19.5, end: '2026-11-13' }, sanneEarly, daanLate]), second));
    expect(changedOf(third, sanneSixteen.id)).toBe('uren 16,67 → 19,5; einddatum 12-11-2026 → 13-11-2026');
    expect(readReportingRows(third).get(sanneSixteen.id)?.changes).toEqual([
      { field: 'hours', from: 16.67, to: 19.5 },
      { field: 'end', from: '2026-11-12', to: '2026-11-13' },
    ]);
    // Back to the facts the user worked on: nothing to say.
    const fourth = asGrid(buildReportingSheet(analysis([sanneSixteen, sanneEarly, daanLate]), third));
    expect(changedOf(fourth, sanneSixteen.id)).toBeNull();
  });

  it('goes when the user saves the flag (they have seen it as it is now); other rows keep theirs', () => {
    const first = workedOn();
    const col = (h: string) => first[0].indexOf(h);
    first[2][col(H.reason)] = 'Mentor belt ouders';
    const second = asGrid(buildReportingSheet(analysis([{ ...sanneSixteen, hours: 18 }, { ...sanneEarly, hours: 9 }, daanLate]), first));
    expect(changedOf(second, sanneEarly.id)).toBe('uren 8,33 → 9');
    const saved = asGrid(updateReportingEntry(second, sanneSixteen.id, { status: 'Gemeld', reportedOn: '2026-11-20' }, '2026-11-27'));
    expect(changedOf(saved, sanneSixteen.id)).toBeNull();
    expect(changedOf(saved, sanneEarly.id)).toBe('uren 8,33 → 9');
    // The next analysis compares with the 18 hours the user saw when saving.
    const next = asGrid(buildReportingSheet(analysis([{ ...sanneSixteen, hours: 18 }, { ...sanneEarly, hours: 9 }, daanLate]), saved));
    expect(changedOf(next, sanneSixteen.id)).toBeNull();
  });

  it('a table written before the column (layout 1 or 2) gets it appended, marked from the next refill', () => {
    const grid = workedOn();
    const without = grid.map((r) => r.filter((_, c) => c !== grid[0].indexOf(H.changed)));
    const b = buildReportingSheet(analysis([{ ...sanneSixteen, hours: 18 }, sanneEarly, daanLate]), without);
    expect(b.spec.layoutVersion).toBeGreaterThanOrEqual(3);
    expect(b.spec.columns.find((c) => c.header === H.changed)).toMatchObject({ since: 3, numberFormat: '@' });
    expect(changedOf(asGrid(b), sanneSixteen.id)).toBe('uren 16,67 → 18');
  });
});
