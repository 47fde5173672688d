/**
 * Excel's serial dates, in one place: the 1900 date system counts days from 1899-12-30 (with its
 * Lotus 1-2-3 leap day 1900-02-29 at serial 60), the 1904 system from 1904-01-01. Every module that
 * turns a serial into a day or back takes its numbers from here.
 */
import { MS_PER_DAY, type DayNumber } from './dates';

export { MS_PER_DAY };

/** Serial of 1970-01-01 (day number 0) in the 1900 date system; valid for serials from 61 (1900-03-01) on. */
export const SERIAL_OF_EPOCH_1900 = 25569;
/** Days between serial 0 of the 1900 system and serial 0 of the 1904 system. */
export const DATE1904_SHIFT = 1462;

/** 1900-system serial of a day (1900-03-01 or later). */
export function serialFromDay(day: DayNumber): number {
  return day + SERIAL_OF_EPOCH_1900;
}

/** Day of a 1900-system serial (61 or more); the time of day is dropped. */
export function dayFromSerial1900(serial: number): DayNumber {
  return Math.floor(serial) - SERIAL_OF_EPOCH_1900;
}

/** A serial as a UTC Date, as exceljs's utils.excelToDate gives it (time of day kept). */
export function dateFromSerial(serial: number, date1904 = false): Date {
  return new Date(Math.round((serial - SERIAL_OF_EPOCH_1900 + (date1904 ? DATE1904_SHIFT : 0)) * MS_PER_DAY));
}
