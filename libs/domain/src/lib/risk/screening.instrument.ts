// The published non-refoulement screening: the ten sections of the legal reference, in order.
import { ARRIVAL_SECTION } from './instrument/s01-arrival.section';
import { PROFILES_SECTION } from './instrument/s02-profiles.section';
import { PAST_HARM_SECTION } from './instrument/s03-past-harm.section';
import { CONVENTION_GROUND_SECTION } from './instrument/s04-convention-ground.section';
import { STATE_PROTECTION_SECTION } from './instrument/s05-state-protection.section';
import { COMPLEMENTARY_SECTION } from './instrument/s06-complementary.section';
import { CARTAGENA_SECTION } from './instrument/s07-cartagena.section';
import { EXCLUSION_SECTION } from './instrument/s08-exclusion.section';
import { VULNERABILITIES_SECTION } from './instrument/s09-vulnerabilities.section';
import { IMMINENCE_SECTION } from './instrument/s10-imminence.section';
import type { ScreeningInstrument, ScreeningQuestion } from './screening-question.model';

/** Bump on any change to a question, option or requirement; assessments keep the version they used. */
export const SCREENING_INSTRUMENT_VERSION = 'amparo-nrs-2026.11.1';

export const SCREENING_INSTRUMENT: ScreeningInstrument = {
  version: SCREENING_INSTRUMENT_VERSION,
  publishedOn: '2026-11-23',
  sections: [
    ARRIVAL_SECTION,
    PROFILES_SECTION,
    PAST_HARM_SECTION,
    CONVENTION_GROUND_SECTION,
    STATE_PROTECTION_SECTION,
    COMPLEMENTARY_SECTION,
    CARTAGENA_SECTION,
    EXCLUSION_SECTION,
    VULNERABILITIES_SECTION,
    IMMINENCE_SECTION,
  ],
};

/** Questions of an instrument by id, in section order. */
export function questionsById(
  instrument: ScreeningInstrument,
): ReadonlyMap<string, ScreeningQuestion> {
  return new Map(instrument.sections.flatMap((s) => s.questions.map((q) => [q.id, q] as const)));
}
