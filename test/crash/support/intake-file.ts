// CSV intake files of fictional people, as an office would upload them.
const HEADER =
  'given_names,family_names,birth_date,nationalities,jurisdiction,procedure,custody_status,lead_attorney_email,event_type,event_occurred_at';

/** The family name that marks one file's people (and finds them again). */
export const familyOf = (tag: string) => `Prueba ${tag} (ficticia)`;

/**
 * People who entered Mexico five days ago, led by Tijuana's demo attorney: one COMAR deadline
 * each, weeks away, so no reminder or missed mark is due while a test runs.
 */
export function tijuanaIntake(rows: number, tag: string): string {
  const entered = new Date(Date.now() - 5 * 86_400_000).toISOString().slice(0, 10);
  return csv(rows, tag, () => [
    'HN',
    'MX',
    'comar-refugee-claim',
    'at_liberty',
    'attorney@tijuana.example',
    'entry-into-country',
    `${entered} 10:00`,
  ]);
}

/**
 * People retained by the police in Peru at `retainedAt` (a PASEE): the police report falls due
 * 12 hours later and the decision 24 hours later, with reminders 12, 6 and 2 hours before each.
 */
export function peruRetentions(
  rows: number,
  tag: string,
  leadAttorney: string,
  retainedAt: Date,
): string {
  // The forum's clock: Lima is UTC-5 all year.
  const lima = new Date(retainedAt.getTime() - 5 * 3_600_000).toISOString().slice(0, 19);
  return csv(rows, tag, () => [
    'VE',
    'PE',
    'pasee-expulsion',
    'detained',
    leadAttorney,
    'police-retention',
    `${lima}-05:00`,
  ]);
}

function csv(rows: number, tag: string, rest: () => string[]): string {
  const lines = Array.from({ length: rows }, (_, i) =>
    [
      `Persona ${i + 1}`,
      familyOf(tag),
      `19${70 + (i % 30)}-0${(i % 9) + 1}-${10 + (i % 18)}`,
      ...rest(),
    ].join(','),
  );
  return [HEADER, ...lines].join('\n');
}
