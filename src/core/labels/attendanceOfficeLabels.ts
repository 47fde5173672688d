/**
 * The words the attendance office (leerplichtambtenaar, DUO Verzuimloket) reads in a melding: the
 * DUO verzuim types, the pupil's earlier signals, the presumed reason. Dutch only: the office and
 * the melding are Dutch.
 */
import type { DuoType, Flag } from '../analysis/types';

/** The DUO verzuim types as the Verzuimloket names them. */
export const VERZUIM_TYPE_LABELS: Readonly<Record<DuoType, { nl: string; en: string }>> = {
  V3: { nl: 'Ongeoorloofd verzuim 16 uur of meer in 4 lesweken', en: 'Unauthorised absence of 16 hours or more in 4 school weeks' },
  V4: {
    nl: 'Ongeoorloofd verzuim 16 uur of meer in 4 lesweken (18 jaar of ouder)',
    en: 'Unauthorised absence of 16 hours or more in 4 school weeks (aged 18 or over)',
  },
  L: { nl: 'Luxe verzuim', en: 'Luxury absence (holiday without leave)' },
  LRV: { nl: 'Langdurig relatief verzuim', en: 'Long-term relative absence' },
  O: { nl: 'Overig verzuim (te laat komen)', en: 'Other absence (lateness)' },
};

/** Short Dutch name of a signal, for lists of earlier signals and letters. */
export function signalLabel(flag: Pick<Flag, 'category' | 'basis' | 'level'>): string {
  switch (flag.category) {
    case 'sixteen-hours':
      return '16 uur in 4 lesweken';
    case 'early-signal':
      return 'Vroegsignaal ongeoorloofd verzuim';
    case 'luxury':
      return flag.basis === 'sick-near-holiday' ? 'Ziek rond vakantie' : 'Vermoedelijk luxe verzuim';
    case 'long-term':
      return 'Langdurig verzuim';
    case 'lateness':
      return `Te laat, stap ${flag.level ?? '?'}`;
    case 'sick-concern':
      return 'Zorgwekkend ziekteverzuim';
  }
}

/**
 * The presumed reason for a melding. It is derived only from the rule and basis that raised the
 * flag, never from register remarks or sickness, so it cannot disclose anything the office may
 * not see. The school can add to it in the drafts sheet.
 */
export function presumedReason(flag: Pick<Flag, 'category' | 'basis'>): string {
  switch (flag.category) {
    case 'luxury':
      return flag.basis === 'code'
        ? 'Vermoedelijk vakantie buiten de schoolvakanties (als luxe verzuim geregistreerd)'
        : 'Vermoedelijk vakantie: ongeoorloofd afwezig op schooldagen direct voor of na een vakantie';
    case 'lateness':
      return 'Herhaaldelijk te laat gekomen zonder geldige reden';
    case 'long-term':
      return 'Langdurig ongeoorloofd afwezig; reden niet bekend bij school';
    default:
      return 'Ongeoorloofd afwezig zonder geldige reden; reden niet bekend bij school';
  }
}
