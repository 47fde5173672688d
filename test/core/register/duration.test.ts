import { rowDuration } from '../../../src/core/register/duration';
import { importRegister } from '../../../src/core/register/importRegister';
import { parseNumber, roundHalfUp } from '../../../src/core/register/parseNumber';
import { minutesOfDay } from '../../../src/core/register/parseTime';
import { exampleSettings, gridFromLines } from '../../fixtures/helpers/registerFixtures';

const counting = { lessonMinutes: 50, countLessonsAsHours: false, dayHours: 5 };
const asHours = { lessonMinutes: 50, countLessonsAsHours: true, dayHours: 5 };
/** Excel's fraction of a day for hh:mm, as Excel stores a time cell. */
const t = (h: number, m: number): number => (h * 60 + m) / 1440;

describe('numbers and times', () => {
  it('reads Dutch decimal commas and points', () => {
    expect(parseNumber('1,5')).toBe(1.5);
    expect(parseNumber('1.5')).toBe(1.5);
    expect(parseNumber(' 90 ')).toBe(90);
    expect(parseNumber(',5')).toBe(0.5);
    expect(parseNumber('anderhalf')).toBeNaN();
    expect(parseNumber('1.000,5')).toBeNaN();
  });

  it('rounds halves up', () => {
    expect(roundHalfUp(12.5)).toBe(13);
    expect(roundHalfUp(12.49)).toBe(12);
    expect(roundHalfUp(119.99999999)).toBe(120);
  });

  it('reads times as day fractions, text with a colon or a point, and the UTC time of a JS date', () => {
    expect(minutesOfDay(t(8, 30))).toBeCloseTo(510, 9);
    expect(minutesOfDay('8:30')).toBe(510);
    expect(minutesOfDay('08.30')).toBe(510);
    expect(minutesOfDay('08:30:30')).toBe(510.5);
    expect(minutesOfDay(new Date(Date.UTC(1899, 11, 30, 8, 30)))).toBe(510);
    expect(minutesOfDay(46272 + t(9, 15))).toBeCloseTo(555, 6);
    expect(minutesOfDay('25:00')).toBeNaN();
    expect(minutesOfDay('8 uur')).toBeNaN();
    expect(minutesOfDay(830)).toBeNaN();
  });
});

describe('rowDuration: the first rule of register.md that applies', () => {
  it('1. minutes, or hours × 60 with a decimal comma', () => {
    expect(rowDuration({ minutes: '45', lesson: '3' }, counting, false)).toMatchObject({ ok: true, minutes: 45, rule: 'minutes', lesson: 3 });
    expect(rowDuration({ hours: '1,5' }, counting, false)).toMatchObject({ ok: true, minutes: 90, rule: 'hours' });
    expect(rowDuration({ hours: 0.75 }, counting, false)).toMatchObject({ ok: true, minutes: 45, rule: 'hours' });
    expect(rowDuration({ minutes: '12,5' }, counting, false)).toMatchObject({ ok: true, minutes: 13 });
  });

  it('2. end − start, as fractions (11:00 − 09:00 is 119.999… minutes in binary, rounds to 120) and as text', () => {
    expect(rowDuration({ startTime: t(9, 0), endTime: t(11, 0) }, counting, false)).toEqual({
      ok: true,
      minutes: 120,
      rule: 'times',
      lesson: undefined,
      lessonTo: undefined,
      startTime: '09:00',
      endTime: '11:00',
    });
    expect(rowDuration({ startTime: '8:30', endTime: '10.10' }, counting, false)).toMatchObject({ minutes: 100, startTime: '08:30', endTime: '10:10' });
    // Half a minute rounds up.
    expect(rowDuration({ startTime: '8:30:00', endTime: '8:42:30' }, counting, false)).toMatchObject({ minutes: 13 });
  });

  it('3. lessons: lesuur 3 tot 5 is three lessons of 50 minutes, one lesson without a "tot"', () => {
    expect(rowDuration({ lesson: '3', lessonTo: '5' }, counting, false)).toMatchObject({ ok: true, minutes: 150, rule: 'lessons', lesson: 3, lessonTo: 5 });
    expect(rowDuration({ lesson: 4 }, counting, false)).toMatchObject({ minutes: 50, lesson: 4 });
    expect(rowDuration({ lesson: '3-5' }, counting, false)).toMatchObject({ minutes: 150, lesson: 3, lessonTo: 5 });
    expect(rowDuration({ lesson: '2 t/m 3' }, counting, false)).toMatchObject({ minutes: 100, lesson: 2, lessonTo: 3 });
  });

  it('3. lessons count 60 minutes when the school counts lesson hours', () => {
    expect(rowDuration({ lesson: '3', lessonTo: '5' }, asHours, false)).toMatchObject({ minutes: 180 });
  });

  it('4. a whole day: dayHours × 60', () => {
    expect(rowDuration({}, counting, false)).toEqual({ ok: true, minutes: 300, rule: 'day' });
    expect(rowDuration({}, { ...counting, dayHours: 6.5 }, false)).toMatchObject({ minutes: 390 });
  });

  it('a late row takes minutes only from rules 1 and 2, else 0 whatever its lesson', () => {
    expect(rowDuration({ minutes: '10', lesson: '1' }, counting, true)).toMatchObject({ minutes: 10, rule: 'minutes' });
    expect(rowDuration({ startTime: '8:30', endTime: '8:47' }, counting, true)).toMatchObject({ minutes: 17, rule: 'times' });
    expect(rowDuration({ lesson: '1' }, counting, true)).toEqual({ ok: true, minutes: 0, rule: 'late-without-minutes', lesson: 1, lessonTo: undefined });
    expect(rowDuration({}, counting, true)).toMatchObject({ minutes: 0 });
  });

  it('refuses negative, over 24 hours and unreadable durations, naming the field', () => {
    expect(rowDuration({ minutes: '-10' }, counting, false)).toEqual({ ok: false, field: 'minutes', reason: 'negatieve duur', reasonEn: 'negative duration' });
    expect(rowDuration({ hours: '25' }, counting, false)).toEqual({ ok: false, field: 'hours', reason: 'duur langer dan 24 uur', reasonEn: 'duration over 24 hours' });
    expect(rowDuration({ minutes: 'veel' }, counting, false)).toMatchObject({ ok: false, field: 'minutes', reason: 'geen getal' });
    expect(rowDuration({ startTime: '11:00', endTime: '9:00' }, counting, false)).toMatchObject({ ok: false, field: 'endTime' });
    expect(rowDuration({ startTime: 'ochtend', endTime: '9:00' }, counting, false)).toMatchObject({ ok: false, field: 'startTime' });
    expect(rowDuration({ lesson: '5', lessonTo: '3' }, counting, false)).toMatchObject({ ok: false, field: 'lessonTo' });
    expect(rowDuration({ lesson: 'derde' }, counting, false)).toMatchObject({ ok: false, field: 'lesson' });
    expect(rowDuration({ minutes: '1440' }, counting, false)).toMatchObject({ ok: true, minutes: 1440 });
  });
});

describe('durations in a register', () => {
  it('gives each row its minutes and reports a bad duration with its cell', () => {
    const grid = gridFromLines([
      'Leerlingnummer;Datum;Lesuur;Tot lesuur;Van;Tot;Minuten;Uren;Code',
      '1001;07-09-2026;3;5;;;;;S', // 150
      '1001;08-09-2026;;;;;;1,5;S', // 90
      '1001;09-09-2026;;;08:30;10.10;;;S', // 100
      '1001;10-09-2026;2;;;;;;te laat', // late without minutes: 0
      '1001;11-09-2026;;;;;;;Z', // whole day: 300
      '1001;14-09-2026;;;10:00;09:00;;;S', // end before start
    ]);
    const imp = importRegister(grid, exampleSettings());
    expect(imp.rows.map((r) => [r.sheetRow, r.minutes])).toEqual([
      [2, 150],
      [3, 90],
      [4, 100],
      [5, 0],
      [6, 300],
    ]);
    expect(imp.problems).toEqual([
      {
        row: 7,
        column: 'Tot',
        cell: 'F7',
        kind: 'bad-duration',
        message: 'Rij 7, cel F7 (Tot): duur niet te bepalen uit "09:00" (eindtijd ligt vóór begintijd); de rij telt niet mee.',
        messageEn: 'Row 7, cell F7 (Tot): duration cannot be determined from "09:00" (end time is before start time); the row is not counted.',
      },
    ]);
  });

  it('counts lessons as hours when the settings say so', () => {
    const grid = gridFromLines(['Leerlingnummer;Datum;Lesuur;Tot lesuur;Code', '1001;07-09-2026;3;5;S']);
    expect(importRegister(grid, exampleSettings({ counting: { countLessonsAsHours: true } })).rows[0].minutes).toBe(180);
    expect(importRegister(grid, exampleSettings({ counting: { lessonMinutes: 45 } })).rows[0].minutes).toBe(135);
  });
});
