// The shipped forums, checked once when first read: a forum with a zone the clock library does
// not know, or an id used twice, stops start-up like an invalid rule pack.
import { JurisdictionCode } from '../deadlines/rule-pack.types';
import { isValidTimeZone } from '../time/forum-clock';
import { Forum, ForumList } from './forum.types';
import { MX_OFFICES } from './mx-offices.forum-list';
import { PE_OFFICES } from './pe-offices.forum-list';
import { US_EOIR_COURTS } from './us-eoir-courts.forum-list';

export const SHIPPED_FORUM_LISTS: readonly ForumList[] = [US_EOIR_COURTS, MX_OFFICES, PE_OFFICES];

const SLUG = /^[a-z]{2}-[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Throws a RangeError naming the forum at fault; returns the forums by id when all are sound. */
export function checkForumLists(lists: readonly ForumList[]): ReadonlyMap<string, Forum> {
  const byId = new Map<string, Forum>();
  for (const list of lists) {
    for (const forum of list.forums) {
      const prefix = `${list.jurisdiction.toLowerCase()}-`;
      if (!SLUG.test(forum.id) || !forum.id.startsWith(prefix))
        throw new RangeError(`Forum ${forum.id}: id must be a slug starting with "${prefix}"`);
      if (forum.jurisdiction !== list.jurisdiction)
        throw new RangeError(`Forum ${forum.id}: listed under ${list.jurisdiction}`);
      if (!isValidTimeZone(forum.timeZone))
        throw new RangeError(`Forum ${forum.id}: unknown time zone ${forum.timeZone}`);
      if (byId.has(forum.id)) throw new RangeError(`Forum ${forum.id}: listed twice`);
      byId.set(forum.id, forum);
    }
  }
  return byId;
}

let shipped: ReadonlyMap<string, Forum> | undefined;

function forums(): ReadonlyMap<string, Forum> {
  shipped ??= checkForumLists(SHIPPED_FORUM_LISTS);
  return shipped;
}

/** The forum with this id, in this jurisdiction when one is given. */
export function forumById(id: string, jurisdiction?: string): Forum | undefined {
  const forum = forums().get(id);
  return forum && (jurisdiction === undefined || forum.jurisdiction === jurisdiction)
    ? forum
    : undefined;
}

/** The forums of a jurisdiction, in list order ([] where none are shipped). */
export function forumsOf(jurisdiction: JurisdictionCode | string): readonly Forum[] {
  return [...forums().values()].filter((forum) => forum.jurisdiction === jurisdiction);
}
