// Dominican Republic: the refugee claim before the ONR (Santo Domingo).
import { DAYS_ROLL_FORWARD } from '../counting.conventions';
import { RulePack } from '../rule-pack.types';

const CLAIM = 'refugee-claim';
const SOURCE = 'Decreto 2330 (1984) art. 7; UNHCR help page';

export const DO_RULE_PACK: RulePack = {
  jurisdiction: 'DO',
  version: '1.0.0',
  name: { en: 'Dominican Republic', es: 'República Dominicana' },
  defaultTimeZone: 'America/Santo_Domingo',
  procedures: [
    { id: CLAIM, title: { en: 'Refugee claim (ONR)', es: 'Solicitud de refugio (ONR)' } },
  ],
  eventTypes: [
    {
      id: 'entry-into-country',
      label: { en: 'Entry into the Dominican Republic', es: 'Ingreso a la República Dominicana' },
    },
    {
      id: 'refugee-application-filed',
      label: {
        en: 'Refugee application filed (constancia issued)',
        es: 'Solicitud de refugio presentada (constancia emitida)',
      },
    },
    {
      id: 'constancia-renewed',
      label: { en: 'Applicant constancia renewed', es: 'Constancia de solicitante renovada' },
    },
  ],
  rules: [
    {
      id: 'do.refugee.application',
      title: { en: 'Refugee application (ONR)', es: 'Solicitud de refugio (ONR)' },
      procedures: [CLAIM],
      triggers: ['entry-into-country'],
      party: 'defense',
      period: { amount: 15, unit: 'calendarDays' },
      counting: DAYS_ROLL_FORWARD,
      calendar: { country: 'DO' },
      citation: 'Decreto 2330 (1984) art. 7',
      source: SOURCE,
      status: 'secondary',
      notes: {
        en: 'Filed with the ONR in Santo Domingo.',
        es: 'Se presenta ante la ONR en Santo Domingo.',
      },
      completionRecords: 'refugee-application-filed',
    },
    {
      id: 'do.refugee.constancia-renewal',
      title: {
        en: 'Renewal of the applicant constancia',
        es: 'Renovación de la constancia de solicitante',
      },
      procedures: [CLAIM],
      triggers: ['refugee-application-filed', 'constancia-renewed'],
      party: 'defense',
      period: { amount: 30, unit: 'calendarDays' },
      counting: DAYS_ROLL_FORWARD,
      calendar: { country: 'DO' },
      citation: 'Decreto 2330 (1984); UNHCR help page',
      source: SOURCE,
      status: 'secondary',
      notes: {
        en: 'Renewed every 30 days; each renewal starts the next clock.',
        es: 'Se renueva cada 30 días; cada renovación inicia el siguiente plazo.',
      },
      completionRecords: 'constancia-renewed',
    },
  ],
  gaps: [],
  protections: [],
};
