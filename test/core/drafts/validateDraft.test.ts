import { draftsFromAnalysis } from '../../../src/core/drafts/buildDrafts';
import type { DraftMelding, DraftReportingEntry } from '../../../src/core/drafts/types';
import { draftWarnings, validateDraft } from '../../../src/core/drafts/validateDraft';
import { parseSettings } from '../../../src/core/settings/validateSettings';
import { flags, rows, settings, students } from './fixtures';

/** Drafts made on 1 October 2026: before the report-by dates of the fixtures. */
const TODAY = '2026-10-01';

const entries = new Map<string, DraftReportingEntry>([['v3n2001b', { actions: 'Gesprek met leerling en ouders, 30-09-2026' }]]);

/** The complete sixteen-hours draft of 2001: no warnings. */
function complete(): DraftMelding {
  return draftsFromAnalysis({ flags }, { rows, students }, settings, entries, undefined, TODAY)[0];
}

describe('validateDraft', () => {
  it('finds nothing missing in a complete draft', () => {
    expect(validateDraft(complete())).toEqual([]);
  });

  it('names a missing PGN', () => {
    const w = validateDraft({ ...complete(), pgn: null });
    expect(w).toEqual([
      {
        code: 'missing-pgn',
        message: 'Leerling 2001: PGN (BSN of onderwijsnummer) ontbreekt; het register heeft geen kolom BSN/PGN of geen waarde voor deze leerling.',
        messageEn: 'Pupil 2001: PGN (BSN or education number) is missing; the register has no BSN/PGN column or no value for this pupil.',
      },
    ]);
  });

  it('names a missing end date, also when the flag carries none', () => {
    expect(validateDraft({ ...complete(), einddatum: null }).map((w) => [w.code, w.message])).toEqual([
      ['missing-end-date', 'Leerling 2001: einddatum van het verzuim ontbreekt.'],
    ]);
    const noEnd = { ...flags[1], end: '' };
    const d = draftsFromAnalysis({ flags: [noEnd] }, { rows, students }, settings, entries, undefined, TODAY)[0];
    expect(d.einddatum).toBeNull();
    expect(d.warnings.map((w) => w.code)).toEqual(['missing-end-date']);
  });

  it('names a missing date of birth for the sixteen-hours type only (V3 or V4 depends on age)', () => {
    const d = complete();
    const noDob = { ...d, pupil: { ...d.pupil, dateOfBirth: null } };
    expect(validateDraft(noDob).map((w) => [w.code, w.message, w.messageEn])).toEqual([
      [
        'missing-date-of-birth',
        'Leerling 2001: geboortedatum ontbreekt; daarom is V3 aangenomen (V4 geldt vanaf 18 jaar).',
        'Pupil 2001: date of birth is missing; V3 was assumed (V4 applies from age 18).',
      ],
    ]);
    expect(validateDraft({ ...noDob, duoType: 'L' })).toEqual([]);
  });

  it('lists all warnings of all drafts with their draft for the pane', () => {
    const drafts = draftsFromAnalysis({ flags }, { rows, students }, settings, undefined, undefined, TODAY);
    expect(draftWarnings(drafts).map((w) => [w.flagId, w.pupilId, w.warning.code])).toEqual([
      ['v3n2001b', '2001', 'missing-school-actions'],
      ['lx2002a', '2002', 'missing-pgn'],
      ['lx2002a', '2002', 'missing-school-actions'],
    ]);
  });

  it.each([
    ['name', 'missing-reporter-name', 'Leerling 2001: naam van de contactpersoon ontbreekt (instelling school.reporter.name).'],
    ['phone', 'missing-reporter-phone', 'Leerling 2001: telefoonnummer van de contactpersoon ontbreekt (instelling school.reporter.phone).'],
    ['email', 'missing-reporter-email', 'Leerling 2001: e-mailadres van de contactpersoon ontbreekt (instelling school.reporter.email).'],
  ] as const)('names a missing reporter %s', (field, code, message) => {
    const d = complete();
    const w = validateDraft({ ...d, reporter: { ...d.reporter, [field]: '  ' } });
    expect(w.map((x) => [x.code, x.message])).toEqual([[code, message]]);
    expect(w[0].messageEn).toMatch(/^Pupil 2001: /);
  });

  it('names missing school actions, and accepts actions recorded on an earlier signal', () => {
    const d = complete();
    expect(validateDraft({ ...d, actiesSchool: '' }).map((w) => [w.code, w.message])).toEqual([
      ['missing-school-actions', 'Leerling 2001: geen acties van school vastgelegd (kolom "Acties school" op het blad Verzuimsignalen of in het register).'],
    ]);
    const earlier = d.earlierSignals.map((s) => ({ ...s, actions: 'Brief vroegsignaal verstuurd' }));
    expect(validateDraft({ ...d, actiesSchool: '', earlierSignals: earlier })).toEqual([]);
  });

  it('lists every warning of a school that filled in nothing, in a fixed order', () => {
    const empty = parseSettings({});
    const d = draftsFromAnalysis({ flags }, { rows, students }, empty, undefined, undefined, TODAY)[1];
    expect(d.warnings.map((w) => w.code)).toEqual([
      'missing-pgn',
      'missing-school-name',
      'missing-brin',
      'missing-location',
      'missing-reporter-name',
      'missing-reporter-function',
      'missing-reporter-phone',
      'missing-reporter-email',
      'missing-school-actions',
    ]);
  });
});
