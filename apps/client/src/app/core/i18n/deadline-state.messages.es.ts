import type { deadlineStateEn } from './deadline-state.messages.en';

/** Spanish words for a deadline's status as readDeadline reads it. */
export const deadlineStateEs: Record<keyof typeof deadlineStateEn, string> = {
  'state.running': 'En curso',
  'state.latest-open': 'Venció la lectura más corta',
  'state.missed': 'Vencido',
  'state.watch': 'Plazo de la autoridad',
  'state.watch-latest-open': 'Venció el plazo más corto de la autoridad',
  'state.opening': 'Venció el plazo de la autoridad: oportunidad',
  'state.act-now': 'Presentar de inmediato',
  'state.no-fixed-date': 'Sin fecha fija',
  'state.passed-before-recorded': 'Vencido antes de registrarse',
  'state.met': 'Cumplido',
  'state.waived': 'Dispensado',
  'stateText.running': 'quedan {duration}',
  'stateText.latest-open': 'venció la lectura más corta; quedan {duration} según la más larga',
  'stateText.missed': 'vencido hace {duration}',
  'stateText.watch': 'quedan {duration} del plazo de la autoridad',
  'stateText.watch-latest-open':
    'venció el plazo más corto de la autoridad; quedan {duration} según el más largo',
  'stateText.opening':
    'el plazo de la autoridad venció hace {duration}: la detención puede ser ilegal',
  'stateText.act-now': 'sin plazo: actuar de inmediato',
  'stateText.no-fixed-date': 'sin fecha fija',
  'stateText.passed-before-recorded': 'venció antes de registrarse (historial, sin alarma)',
  'stateText.met': 'cumplido',
  'stateText.waived': 'dispensado',
  'deadline.party.authority': 'Plazo de la autoridad, no de la oficina',
  'stateCount.missed': '{count} vencidos',
  'stateCount.openings': '{count} plazos de la autoridad vencidos',
  'stateCount.actNow': '{count} para presentar de inmediato',
  'stateCount.history': '{count} vencidos antes de registrarse',
};
