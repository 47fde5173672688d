import type { DraftMelding, DraftWarning, DraftWarningCode } from './types';

function warning(code: DraftWarningCode, pupilId: string): DraftWarning {
  const who = `Leerling ${pupilId}`;
  const whoEn = `Pupil ${pupilId}`;
  switch (code) {
    case 'missing-pgn':
      return {
        code,
        message: `${who}: PGN (BSN of onderwijsnummer) ontbreekt; het register heeft geen kolom BSN/PGN of geen waarde voor deze leerling.`,
        messageEn: `${whoEn}: PGN (BSN or education number) is missing; the register has no BSN/PGN column or no value for this pupil.`,
      };
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
        message: `${who}: geen acties van school vastgelegd (kolom "Acties school" op het blad Verzuimsignalen).`,
        messageEn: `${whoEn}: no actions by the school recorded (column "Acties school" on the Verzuimsignalen sheet).`,
      };
  }
}

/**
 * What the attendance office needs and a draft lacks. Shown before export; a draft with warnings
 * is still exported, because the coordinator completes it in the Verzuimloket.
 */
export function validateDraft(draft: DraftMelding): DraftWarning[] {
  const codes: DraftWarningCode[] = [];
  if (!draft.pgn) codes.push('missing-pgn');
  if (!draft.einddatum) codes.push('missing-end-date');
  // Only the sixteen-hours type depends on age (V3 or V4); other types need no date of birth.
  if (!draft.pupil.dateOfBirth && (draft.duoType === 'V3' || draft.duoType === 'V4')) codes.push('missing-date-of-birth');
  if (!draft.reporter.name.trim()) codes.push('missing-reporter-name');
  if (!draft.reporter.phone.trim()) codes.push('missing-reporter-phone');
  if (!draft.reporter.email.trim()) codes.push('missing-reporter-email');
  const anyAction = draft.actiesSchool.trim() !== '' || draft.earlierSignals.some((s) => s.actions.trim() !== '');
  if (!anyAction) codes.push('missing-school-actions');
  return codes.map((c) => warning(c, draft.pupil.id));
}

/** Every warning of every draft, with the draft it belongs to: what the pane lists before export. */
export function draftWarnings(drafts: readonly DraftMelding[]): { flagId: string; pupilId: string; warning: DraftWarning }[] {
  return drafts.flatMap((d) => d.warnings.map((warning) => ({ flagId: d.flagId, pupilId: d.pupil.id, warning })));
}
