// The words of notifications about a correction of an event's time that would move a case's
// clocks: asked for by a paralegal, confirmed or declined by an attorney. Names no person and
// quotes no note: the case by its reference, the clocks by their rule titles.
import type { Bilingual } from '../deadlines/rule-pack.types';
import type { NoticeText } from './deadline-notices';

export interface CorrectionNoticeInput {
  readonly caseReference: string;
  /** The titles of the clocks the correction moves, reopens or starts. */
  readonly clocks: readonly Bilingual[];
}

function listed(clocks: readonly Bilingual[], language: keyof Bilingual): string {
  return clocks.map((clock) => `"${clock[language]}"`).join(', ');
}

export function correctionRequestedNotice(input: CorrectionNoticeInput): NoticeText {
  return {
    title: {
      en: `Correction to confirm: it moves deadlines (${input.caseReference})`,
      es: `Corrección por confirmar: mueve plazos (${input.caseReference})`,
    },
    body: {
      en: `A correction of an event's time on case ${input.caseReference} waits for an attorney: it would change ${listed(input.clocks, 'en')}. Nothing moves until it is confirmed.`,
      es: `Una corrección de la hora de un hecho del caso ${input.caseReference} espera a un abogado: cambiaría ${listed(input.clocks, 'es')}. Nada cambia hasta que se confirme.`,
    },
  };
}

export function correctionDecidedNotice(
  input: CorrectionNoticeInput & { readonly confirmed: boolean },
): NoticeText {
  return input.confirmed
    ? {
        title: {
          en: `Correction confirmed (${input.caseReference})`,
          es: `Corrección confirmada (${input.caseReference})`,
        },
        body: {
          en: `An attorney confirmed your correction on case ${input.caseReference}: ${listed(input.clocks, 'en')} now follow the corrected time.`,
          es: `Un abogado confirmó su corrección en el caso ${input.caseReference}: ${listed(input.clocks, 'es')} siguen ahora la hora corregida.`,
        },
      }
    : {
        title: {
          en: `Correction declined (${input.caseReference})`,
          es: `Corrección rechazada (${input.caseReference})`,
        },
        body: {
          en: `An attorney declined your correction on case ${input.caseReference}; the event and its deadlines stay as they were. See the timeline for the reason.`,
          es: `Un abogado rechazó su corrección en el caso ${input.caseReference}; el hecho y sus plazos quedan como estaban. Vea el motivo en la cronología.`,
        },
      };
}
