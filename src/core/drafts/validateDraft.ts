import { longDutchDate } from './dutchText';
import { isValidPgn, pgnDigits } from './pgn';
import type { DraftMelding, DraftWarning, DraftWarningCode } from './types';

function warning(code: DraftWarningCode, pupilId: string, draft: DraftMelding): DraftWarning {
  const who = `Leerling ${pupilId}`;
  const whoEn = `Pupil ${pupilId}`;
  switch (code) {
    case 'missing-pgn':
      return {
        code,
        message: `${who}: PGN (BSN of onderwijsnummer) ontbreekt; het register heeft geen kolom BSN/PGN of geen waarde voor deze leerling.`,
        messageEn: `${whoEn}: PGN (BSN or education number) is missing; the register has no BSN/PGN column or no value for this pupil.`,
      };
    case 'invalid-pgn': {
      const digits = pgnDigits(draft.pgn ?? '');
      if (/^\d{9}$/.test(digits)) {
        return {
          code,
          message: `${who}: PGN is geen geldig BSN of onderwijsnummer: het doorstaat de elfproef niet. Controleer het nummer.`,
          messageEn: `${whoEn}: PGN is not a valid BSN or education number: it fails the 11-check. Check the number.`,
        };
      }
      return {
        code,
        message: `${who}: PGN is geen geldig BSN of onderwijsnummer: het heeft ${digits.length} tekens in plaats van 9 cijfers. Controleer het nummer; viel er een voorloopnul weg?`,
        messageEn: `${whoEn}: PGN is not a valid BSN or education number: it has ${digits.length} characters instead of 9 digits. Check the number; was a leading zero lost?`,
      };
    }
    case 'missing-school-name':
      return {
        code,
        message: `${who}: naam van de school ontbreekt (instelling school.name).`,
        messageEn: `${whoEn}: the school's name is missing (setting school.name).`,
      };
    case 'missing-brin':
      return {
        code,
        message: `${who}: BRIN-nummer van de school ontbreekt (instelling school.brin).`,
        messageEn: `${whoEn}: the school's BRIN number is missing (setting school.brin).`,
      };
    case 'missing-location':
      return {
        code,
        message: `${who}: vestiging van de school ontbreekt (instelling school.location).`,
        messageEn: `${whoEn}: the school's location is missing (setting school.location).`,
      };
    case 'missing-reporter-function':
      return {
        code,
        message: `${who}: functie van de contactpersoon ontbreekt (instelling school.reporter.function).`,
        messageEn: `${whoEn}: the contact person's function is missing (setting school.reporter.function).`,
      };
    case 'report-by-passed': {
      const by = draft.reportBy ?? '';
      return {
        code,
        message: `${who}: TE LAAT: de meldtermijn is verstreken. Melden moest uiterlijk op ${longDutchDate(by)}; meld zo snel mogelijk.`,
        messageEn: `${whoEn}: OVERDUE: the reporting deadline has passed. It was due by ${by}; report as soon as possible.`,
      };
    }
    case 'missing-end-date':
      return {
        code,
        message: `${who}: einddatum van het verzuim ontbreekt.`,
        messageEn: `${whoEn}: the end date of the absence is missing.`,
      };
    case 'missing-date-of-birth':
      return {
        code,
        message: `${who}: geboortedatum ontbreekt; daarom is V3 aangenomen (V4 geldt vanaf 18 jaar).`,
        messageEn: `${whoEn}: date of birth is missing; V3 was assumed (V4 applies from age 18).`,
      };
    case 'missing-reporter-name':
      return {
        code,
        message: `${who}: naam van de contactpersoon ontbreekt (instelling school.reporter.name).`,
        messageEn: `${whoEn}: the contact person's name is missing (setting school.reporter.name).`,
      };
    case 'missing-reporter-phone':
      return {
        code,
        message: `${who}: telefoonnummer van de contactpersoon ontbreekt (instelling school.reporter.phone).`,
        messageEn: `${whoEn}: the contact person's phone number is missing (setting school.reporter.phone).`,
      };
    case 'missing-reporter-email':
      return {
        code,
        message: `${who}: e-mailadres van de contactpersoon ontbreekt (instelling school.reporter.email).`,
        messageEn: `${whoEn}: the contact person's e-mail address is missing (setting school.reporter.email).`,
      };
    case 'missing-school-actions':
      return {
        code,
        message: `${who}: geen acties van school vastgelegd (kolom "Acties school" op het blad Verzuimsignalen of in het register).`,
        messageEn: `${whoEn}: no actions by the school recorded (column "Acties school" on the Verzuimsignalen sheet or in the register).`,
      };
  }
}

/**
 * What the attendance office needs and a draft lacks. Shown before export; a draft with warnings
 * is still exported, because the coordinator completes it in the Verzuimloket.
 */
export function validateDraft(draft: DraftMelding): DraftWarning[] {
  const codes: DraftWarningCode[] = [];
  // Overdue first: it is the one a coordinator must not overlook.
  if (draft.reportByPassed) codes.push('report-by-passed');
  if (!draft.pgn) codes.push('missing-pgn');
  else if (!isValidPgn(draft.pgn)) codes.push('invalid-pgn');
  if (!draft.school.name.trim()) codes.push('missing-school-name');
  if (!draft.school.brin.trim()) codes.push('missing-brin');
  if (!draft.school.location.trim()) codes.push('missing-location');
  if (!draft.einddatum) codes.push('missing-end-date');
  // Only the sixteen-hours type depends on age (V3 or V4); other types need no date of birth.
  if (!draft.pupil.dateOfBirth && (draft.duoType === 'V3' || draft.duoType === 'V4')) codes.push('missing-date-of-birth');
  if (!draft.reporter.name.trim()) codes.push('missing-reporter-name');
  if (!draft.reporter.function.trim()) codes.push('missing-reporter-function');
  if (!draft.reporter.phone.trim()) codes.push('missing-reporter-phone');
  if (!draft.reporter.email.trim()) codes.push('missing-reporter-email');
  const anyAction = draft.actiesSchool.trim() !== '' || draft.earlierSignals.some((s) => s.actions.trim() !== '');
  if (!anyAction) codes.push('missing-school-actions');
  return codes.map((c) => warning(c, draft.pupil.id, draft));
}

/** Every warning of every draft, with the draft it belongs to: what the pane lists before export. */
export function draftWarnings(drafts: readonly DraftMelding[]): { flagId: string; pupilId: string; warning: DraftWarning }[] {
  return drafts.flatMap((d) => d.warnings.map((warning) => ({ flagId: d.flagId, pupilId: d.pupil.id, warning })));
}
