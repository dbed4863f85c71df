// Guidance that is about a kind of harm rather than a country, so it applies to every destination.
import type { GuidanceRiskProfile } from './country-profile.model';
import { GANG_VICTIMS_NOTE_2010 } from './guidance-citations.data';

export const THEMATIC_GUIDANCE = [GANG_VICTIMS_NOTE_2010] as const;

export const THEMATIC_RISK_PROFILES: readonly GuidanceRiskProfile[] = [
  {
    tag: 'targeted-by-gangs',
    citationId: GANG_VICTIMS_NOTE_2010.id,
    label: {
      en: 'Victims of organized gangs (including those resisting extortion or recruitment)',
      es: 'Víctimas de pandillas organizadas (incluidas quienes se resisten a la extorsión o al reclutamiento)',
    },
  },
];
