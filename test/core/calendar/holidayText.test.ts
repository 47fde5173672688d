import { parseHolidayText, widenToWeekends } from '../../../src/core/calendar/holidayText';
import { dayFromIso, isoFromDay, isoWeekday } from '../../../src/core/dates';

/** name start end, one string per holiday, for compact expectations. */
const holidays = (text: string, schoolYear?: string): string[] =>
  parseHolidayText(text, { schoolYear }).holidays.map((h) => `${h.name} ${h.start} ${h.end}`);
const daysOff = (text: string, schoolYear?: string): string[] =>
  parseHolidayText(text, { schoolYear }).daysOff.map((d) => `${d.name} ${d.date}`);

// Weekdays used below, checked here so the expectations rest on the calendar, not on memory:
// 19-10-2026 is a Monday, 21-12-2026 a Monday, 01-01-2027 a Friday, Easter 2027 is 28 March.
describe('the calendar facts the expectations rest on', () => {
  it('has the weekdays the school guides below state', () => {
    expect(isoWeekday(dayFromIso('2026-10-19') as number)).toBe(1);
    expect(isoWeekday(dayFromIso('2026-10-23') as number)).toBe(5);
    expect(isoWeekday(dayFromIso('2026-12-21') as number)).toBe(1);
    expect(isoWeekday(dayFromIso('2027-01-01') as number)).toBe(5);
    expect(isoWeekday(dayFromIso('2027-02-22') as number)).toBe(1);
    expect(isoWeekday(dayFromIso('2027-04-26') as number)).toBe(1);
    expect(isoWeekday(dayFromIso('2027-07-16') as number)).toBe(5);
  });
});

describe('widenToWeekends', () => {
  const w = (a: string, b: string) => {
    const r = widenToWeekends(dayFromIso(a) as number, dayFromIso(b) as number);
    return [isoFromDay(r.start), isoFromDay(r.end)];
  };
  it('moves a Monday start to the Saturday and a Friday end to the Sunday', () => {
    expect(w('2026-10-19', '2026-10-23')).toEqual(['2026-10-17', '2026-10-25']);
  });
  it('leaves a period that already runs Saturday to Sunday, or starts midweek, alone at that side', () => {
    expect(w('2026-10-17', '2026-10-25')).toEqual(['2026-10-17', '2026-10-25']);
    expect(w('2027-03-26', '2027-03-29')).toEqual(['2027-03-26', '2027-03-29']);
    expect(w('2026-12-23', '2027-01-01')).toEqual(['2026-12-23', '2027-01-03']);
  });
});

describe('parseHolidayText: shapes schools publish', () => {
  it('1. primary-school guide prose: weekdays, "t/m", the year once at the end, the issue\'s two examples', () => {
    const text = [
      'Vakanties en vrije dagen',
      '',
      'Herfstvakantie: maandag 19 oktober t/m vrijdag 23 oktober 2026',
      'Kerstvakantie 21 december 2026 - 1 januari 2027',
      'Voorjaarsvakantie: maandag 22 februari t/m vrijdag 26 februari 2027',
      'Meivakantie: maandag 26 april t/m vrijdag 7 mei 2027',
      'Zomervakantie: maandag 19 juli t/m vrijdag 27 augustus 2027',
    ].join('\n');
    const r = parseHolidayText(text);
    // Each Monday-Friday period widened to Saturday-Sunday; the Christmas year rolls over.
    expect(r.holidays.map((h) => [h.name, h.start, h.end, h.sourceLine])).toEqual([
      ['Herfstvakantie', '2026-10-17', '2026-10-25', 3],
      ['Kerstvakantie', '2026-12-19', '2027-01-03', 4],
      ['Voorjaarsvakantie', '2027-02-20', '2027-02-28', 5],
      ['Meivakantie', '2027-04-24', '2027-05-09', 6],
      ['Zomervakantie', '2027-07-17', '2027-08-29', 7],
    ]);
    expect(r.holidays[0]).toMatchObject({ statedStart: '2026-10-19', statedEnd: '2026-10-23', schoolYear: '2026-2027' });
    expect(r.schoolYear).toBe('2026-2027');
    expect(r.unread).toEqual([]);
    expect(r.warnings).toEqual([]);
  });

  it('2. a table copied from a web page: tab separated, a header row, dd-mm-jjjj, one single day', () => {
    const text = [
      'Schoolvakanties 2026-2027',
      'Vakantie\tVan\tTot en met',
      'Herfstvakantie\t17-10-2026\t25-10-2026',
      'Kerstvakantie\t19-12-2026\t03-01-2027',
      'Voorjaarsvakantie\t20-02-2027\t28-02-2027',
      'Pasen\t26-03-2027\t29-03-2027',
      'Meivakantie\t24-04-2027\t09-05-2027',
      'Pinksteren\t17-05-2027\t',
      'Zomervakantie\t17-07-2027\t29-08-2027',
    ].join('\r\n');
    const r = parseHolidayText(text);
    expect(holidays(text)).toEqual([
      'Herfstvakantie 2026-10-17 2026-10-25',
      'Kerstvakantie 2026-12-19 2027-01-03',
      'Voorjaarsvakantie 2027-02-20 2027-02-28',
      // Friday to Monday: Good Friday to Easter Monday, no weekend to widen to
      'Pasen 2027-03-26 2027-03-29',
      'Meivakantie 2027-04-24 2027-05-09',
      'Zomervakantie 2027-07-17 2027-08-29',
    ]);
    expect(r.daysOff).toEqual([{ name: 'Pinksteren', date: '2027-05-17', sourceLine: 8, schoolYear: '2026-2027' }]);
    // the title and the header row are not holidays, and not "unread" either
    expect(r.unread).toEqual([]);
  });

  it('3. a PDF copied with spaces for columns, abbreviated weekdays and months with dots', () => {
    const text = [
      'Herfstvakantie      za 17 okt. t/m zo 25 okt. 2026',
      'Kerstvakantie       za 19 dec. 2026 t/m zo 3 jan. 2027',
      'Voorjaarsvakantie   za 13 feb. t/m zo 21 feb. 2027',
      'Hemelvaart          do 6 en vr 7 mei 2027',
      'Zomervakantie       za 10 jul. t/m zo 22 aug. 2027',
    ].join('\n');
    expect(holidays(text)).toEqual([
      'Herfstvakantie 2026-10-17 2026-10-25',
      'Kerstvakantie 2026-12-19 2027-01-03',
      'Voorjaarsvakantie 2027-02-13 2027-02-21',
      'Zomervakantie 2027-07-10 2027-08-22',
    ]);
    // "do 6 en vr 7 mei": two named days, not a period
    expect(daysOff(text)).toEqual(['Hemelvaart 2027-05-06', 'Hemelvaart 2027-05-07']);
  });

  it('4. no years at all: the school year from the title, August-December in its first year', () => {
    const text = [
      'Vakantierooster schooljaar 2026/2027',
      'Herfstvakantie 19 t/m 23 oktober',
      'Kerstvakantie 21 december t/m 1 januari',
      'Carnaval 15-19 februari',
      'Meivakantie 26 april - 7 mei',
      'Studiedag 12 november',
    ].join('\n');
    expect(holidays(text)).toEqual([
      'Herfstvakantie 2026-10-17 2026-10-25',
      'Kerstvakantie 2026-12-19 2027-01-03',
      'Carnaval 2027-02-13 2027-02-21',
      'Meivakantie 2027-04-24 2027-05-09',
    ]);
    expect(daysOff(text)).toEqual(['Studiedag 2026-11-12']);
    // The same lines without the title need the school year from the caller.
    const bare = text.split('\n').slice(1).join('\n');
    expect(parseHolidayText(bare).holidays).toEqual([]);
    expect(parseHolidayText(bare).unread).toHaveLength(5);
    expect(parseHolidayText(bare).unread[0]).toMatchObject({ line: 1, text: 'Herfstvakantie 19 t/m 23 oktober' });
    expect(holidays(bare, '2026-2027')).toEqual(holidays(text));
    // One year in the text elsewhere is enough: the other lines take its school year.
    expect(holidays(`${bare}\nZomervakantie 17 juli t/m 29 augustus 2027`)).toEqual([...holidays(text), 'Zomervakantie 2027-07-17 2027-08-29']);
  });

  it('5. an international school in English: month first, commas, "until", half term, named days', () => {
    const text = [
      'Term dates 2026-2027',
      'Autumn half term: Monday 19 October – Friday 23 October 2026',
      'Christmas holiday: Monday, December 21, 2026 until Friday, January 1, 2027',
      'Spring half term: Feb 15 - 19, 2027',
      'Good Friday and Easter Monday',
      'Teacher training day: 12th November 2026',
    ].join('\n');
    expect(holidays(text)).toEqual([
      'Autumn half term 2026-10-17 2026-10-25',
      'Christmas holiday 2026-12-19 2027-01-03',
      'Spring half term 2027-02-13 2027-02-21',
    ]);
    // Easter 2027 is 28 March: Good Friday 26 March, Easter Monday 29 March.
    expect(daysOff(text)).toEqual(['Goede Vrijdag 2027-03-26', 'Tweede paasdag 2027-03-29', 'Teacher training day 2026-11-12']);
  });

  it('6. a web page of cards: the name on one line, first and last day on the lines below', () => {
    const text = [
      'Herfstvakantie',
      'za 17 oktober 2026',
      'zo 25 oktober 2026',
      '',
      'Kerstvakantie',
      'za 19 december 2026',
      'zo 3 januari 2027',
      '',
      'Studiedag',
      'donderdag 12 november 2026',
    ].join('\n');
    const r = parseHolidayText(text);
    expect(r.holidays.map((h) => `${h.name} ${h.start} ${h.end} line ${h.sourceLine}`)).toEqual([
      'Herfstvakantie 2026-10-17 2026-10-25 line 1',
      'Kerstvakantie 2026-12-19 2027-01-03 line 5',
    ]);
    expect(r.daysOff).toEqual([{ name: 'Studiedag', date: '2026-11-12', sourceLine: 9, schoolYear: '2026-2027' }]);
    expect(r.unread).toEqual([]);
  });

  it('7. a paragraph that lost its line breaks in the copy', () => {
    const text =
      'Vakanties Herfstvakantie 19 t/m 23 oktober 2026 Kerstvakantie 21 december 2026 t/m 1 januari 2027 ' +
      'Voorjaarsvakantie 15 t/m 19 februari 2027 Meivakantie 26 april t/m 7 mei 2027 Zomervakantie 19 juli t/m 27 augustus 2027';
    expect(holidays(text)).toEqual([
      'Herfstvakantie 2026-10-17 2026-10-25',
      'Kerstvakantie 2026-12-19 2027-01-03',
      'Voorjaarsvakantie 2027-02-13 2027-02-21',
      'Meivakantie 2027-04-24 2027-05-09',
      'Zomervakantie 2027-07-17 2027-08-29',
    ]);
  });

  it('8. a secondary-school guide: times, week numbers, "tot maandag", lists of study days, named days', () => {
    const text = [
      'Herfstvakantie (week 43): 19-10-2026 t/m 23-10-2026',
      'Kerstvakantie: vrijdag 18 december 2026 vanaf 12.00 uur t/m vrijdag 1 januari 2027',
      'Voorjaarsvakantie: van zaterdag 20 februari tot maandag 1 maart 2027',
      'Studiedagen (leerlingen vrij): dinsdag 10 november, woensdag 3 februari en vrijdag 11 juni',
      'Goede Vrijdag',
      'Koningsdag',
      'Vrijdag na Hemelvaart',
      '2e Pinksterdag',
    ].join('\n');
    const r = parseHolidayText(text, { schoolYear: '2026-2027' });
    expect(r.holidays.map((h) => `${h.name} ${h.start} ${h.end}`)).toEqual([
      // "week 43" is not a date; "12.00 uur" is not 12 December
      'Herfstvakantie 2026-10-17 2026-10-25',
      // starts on the Friday (the last school day is a half day: it is written as the start)
      'Kerstvakantie 2026-12-18 2027-01-03',
      // "tot maandag 1 maart": back at school that Monday
      'Voorjaarsvakantie 2027-02-20 2027-02-28',
    ]);
    expect(r.daysOff.map((d) => `${d.name} ${d.date} line ${d.sourceLine}`)).toEqual([
      'Studiedagen 2026-11-10 line 4',
      'Studiedagen 2027-02-03 line 4',
      'Studiedagen 2027-06-11 line 4',
      'Goede Vrijdag 2027-03-26 line 5',
      'Koningsdag 2027-04-27 line 6',
      // Ascension Day 2027 is 6 May (Easter + 39), the Friday after it 7 May; Whit Monday 17 May
      'Vrijdag na Hemelvaart 2027-05-07 line 7',
      'Tweede pinksterdag 2027-05-17 line 8',
    ]);
    expect(r.unread).toEqual([]);
    expect(r.warnings).toEqual([]);
  });

  it('9. a table with the name in the last column and numeric dates with weekdays', () => {
    const text = ['ma 19-10-2026\tvr 23-10-2026\tHerfstvakantie', 'ma 21-12-2026\tvr 01-01-2027\tKerstvakantie'].join('\n');
    expect(holidays(text)).toEqual(['Herfstvakantie 2026-10-17 2026-10-25', 'Kerstvakantie 2026-12-19 2027-01-03']);
  });

  it('10. a guide that lists two school years under their own titles', () => {
    const text = [
      'Schooljaar 2026-2027',
      'Herfstvakantie 19 t/m 23 oktober',
      'Schooljaar 2027-2028',
      'Herfstvakantie 18 t/m 22 oktober',
    ].join('\n');
    expect(holidays(text)).toEqual(['Herfstvakantie 2026-10-17 2026-10-25', 'Herfstvakantie 2027-10-16 2027-10-24']);
  });
});

describe('parseHolidayText: what it does not guess', () => {
  it('lists lines it cannot read, with the reason, and keeps reading the rest', () => {
    const text = [
      'Herfstvakantie 19 t/m 23 oktober 2026',
      'Studiedag 31 november 2026',
      'Zomervakantie vanaf 17 juli 2027',
      'Kerstvakantie 4 januari 2027 t/m 21 december 2026',
      'Let op: wijzigingen voorbehouden',
      'Sportdag: nog niet bekend',
    ].join('\n');
    const r = parseHolidayText(text);
    expect(r.holidays.map((h) => h.name)).toEqual(['Herfstvakantie']);
    expect(r.daysOff).toEqual([]);
    expect(r.unread.map((u) => [u.line, u.reason])).toEqual([
      [2, '31-11-2026 bestaat niet'],
      [3, 'één datum bij een vakantie: geef de eerste en de laatste dag'],
      [4, 'de einddatum 21-12-2026 ligt vóór de begindatum 04-01-2027'],
      [5, 'geen datum gevonden'],
      [6, 'geen datum gevonden'],
    ]);
    expect(r.unread[0].text).toBe('Studiedag 31 november 2026');
    expect(r.unread.every((u) => u.reasonEn.length > 0)).toBe(true);
  });

  it('warns when a stated weekday does not match the date, and still reads the date', () => {
    // 27 April 2027 is a Tuesday (King's Day)
    const r = parseHolidayText('Meivakantie: maandag 27 april t/m vrijdag 7 mei 2027');
    expect(r.holidays.map((h) => `${h.start} ${h.end}`)).toEqual(['2027-04-27 2027-05-09']);
    expect(r.warnings).toEqual([
      {
        line: 1,
        message: '27-04-2027 is een dinsdag, geen maandag: controleer de datum',
        messageEn: '2027-04-27 is a Tuesday, not a Monday: check the date',
      },
    ]);
  });

  it('reads nothing from an empty paste and names no school year it was not given', () => {
    expect(parseHolidayText('')).toEqual({ holidays: [], daysOff: [], unread: [], warnings: [] });
    expect(parseHolidayText('\n  \n').holidays).toEqual([]);
  });

  it('refuses a period longer than any holiday (a misread year)', () => {
    const r = parseHolidayText('Zomervakantie 17 juli 2027 t/m 29 augustus 2028');
    expect(r.holidays).toEqual([]);
    expect(r.unread[0].reason).toMatch(/te lang/);
  });
});
