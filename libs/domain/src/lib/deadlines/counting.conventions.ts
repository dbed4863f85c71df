// The counting conventions the packs share, named so that each rule states its own explicitly.
import { CountingConvention } from './rule-pack.types';

/** Hours run on the clock from the trigger instant: no day is excluded, nothing rolls. */
export const ON_THE_CLOCK: CountingConvention = {
  excludeTriggerDay: true,
  rollForward: false,
  countFrom: 'event',
  mailingDays: 0,
};

/** The reference's default for day periods: trigger day excluded, last day rolls forward. */
export const DAYS_ROLL_FORWARD: CountingConvention = {
  excludeTriggerDay: true,
  rollForward: true,
  countFrom: 'event',
  mailingDays: 0,
};

/** A cap that the text says may not be exceeded ("in no case later than"): no rolling. */
export const DAYS_NO_ROLL: CountingConvention = {
  excludeTriggerDay: true,
  rollForward: false,
  countFrom: 'event',
  mailingDays: 0,
};
