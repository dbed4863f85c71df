// Panama: the refugee application under Executive Decree 5 (2018).
import { RulePack } from '../rule-pack.types';

export const PA_RULE_PACK: RulePack = {
  jurisdiction: 'PA',
  version: '1.0.0',
  name: { en: 'Panama', es: 'Panamá' },
  defaultTimeZone: 'America/Panama',
  procedures: [{ id: 'refugee-claim', title: { en: 'Refugee claim', es: 'Solicitud de refugio' } }],
  eventTypes: [
    { id: 'entry-into-country', label: { en: 'Entry into Panama', es: 'Ingreso a Panamá' } },
    {
      id: 'refugee-application-filed',
      label: { en: 'Refugee application filed', es: 'Solicitud de refugio presentada' },
    },
  ],
  rules: [
    {
      id: 'pa.refugee.application',
      title: { en: 'Refugee application', es: 'Solicitud de la condición de refugiado' },
      procedures: ['refugee-claim'],
      triggers: ['entry-into-country'],
      party: 'defense',
      period: { amount: 6, unit: 'months' },
      // "six months from the business day after entry": counting starts on that working day and
      // ends on the same date six months later, rolled forward if that is not a working day.
      counting: {
        excludeTriggerDay: true,
        rollForward: true,
        countFrom: 'nextWorkingDay',
        mailingDays: 0,
      },
      calendar: { country: 'PA' },
      citation: 'Decreto Ejecutivo 5 (2018) art. 30',
      source: 'Decreto Ejecutivo 5 (2018) art. 30',
      status: 'verified',
      notes: {
        en: 'Six months counted from the business day after entry.',
        es: 'Seis meses contados a partir del día hábil siguiente al ingreso.',
      },
      completionRecords: 'refugee-application-filed',
    },
  ],
  gaps: [],
  protections: [],
};
