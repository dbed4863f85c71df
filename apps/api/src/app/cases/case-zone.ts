// The zone a new case keeps: its court's or office's (chosen from the shipped lists), else one
// given outright. In a country with several zones nothing else is honest: New York's clock can
// move a Los Angeles deadline by a day, so the pack's default is never taken silently.
import type { CreateCaseDto } from '@amparo/contracts';
import { type Forum, forumById, forumsOf, isValidTimeZone, type RulePack } from '@amparo/domain';
import { invalidField } from './cases.errors';

export interface CaseZone {
  readonly timeZone: string;
  readonly forum: Forum | undefined;
}

/**
 * `requireForum`: true for a person opening a case; internal callers that cannot yet name the
 * forum (the CSV import) keep the pack's default.
 */
export function caseZone(
  pack: RulePack,
  input: Pick<CreateCaseDto, 'forumId' | 'timeZone'>,
  requireForum: boolean,
): CaseZone {
  const forum = input.forumId ? forumById(input.forumId, pack.jurisdiction) : undefined;
  if (input.forumId && !forum) {
    const known = forumsOf(pack.jurisdiction).length > 0;
    throw invalidField(
      'CASE_UNKNOWN_FORUM',
      'forumId',
      known
        ? `${input.forumId} is not a court or office of ${pack.jurisdiction}; pick one from the list or give timeZone`
        : `${pack.jurisdiction} has no list of courts or offices; give timeZone instead`,
    );
  }
  if (forum && input.timeZone && input.timeZone !== forum.timeZone) {
    throw invalidField(
      'CASE_FORUM_ZONE_MISMATCH',
      'timeZone',
      `${forum.name} keeps ${forum.timeZone}, not ${input.timeZone}`,
    );
  }
  const timeZone = forum?.timeZone ?? input.timeZone;
  if (timeZone === undefined) {
    if (requireForum && !pack.singleTimeZone) {
      throw invalidField(
        'CASE_FORUM_REQUIRED',
        'forumId',
        `${pack.jurisdiction} has several time zones: choose the immigration court or office (forumId), or give its timeZone`,
      );
    }
    return { timeZone: pack.defaultTimeZone, forum: undefined };
  }
  if (!isValidTimeZone(timeZone)) {
    throw invalidField(
      'CASE_INVALID_TIME_ZONE',
      'timeZone',
      `${timeZone} is not an IANA time zone such as America/Lima`,
    );
  }
  return { timeZone, forum };
}
