import { JURISDICTION_CODES } from '../deadlines/rule-pack.types';
import { shippedRulePacks } from '../deadlines/rule-pack.registry';
import { checkForumLists, forumById, forumsOf, SHIPPED_FORUM_LISTS } from './forum.registry';
import { ForumList } from './forum.types';

describe('shipped forums', () => {
  it('are sound: slug ids, known zones, each id once', () => {
    expect(checkForumLists(SHIPPED_FORUM_LISTS).size).toBeGreaterThan(80);
  });

  it.each([
    ['us-eoir-los-angeles-olive-street', 'America/Los_Angeles'],
    ['us-eoir-el-paso', 'America/Denver'],
    ['us-eoir-phoenix', 'America/Phoenix'],
    ['us-eoir-honolulu', 'Pacific/Honolulu'],
    ['us-eoir-saipan', 'Pacific/Saipan'],
    ['us-eoir-guaynabo', 'America/Puerto_Rico'],
    ['us-eoir-detroit', 'America/Detroit'],
    ['us-eoir-bia', 'America/New_York'],
    ['mx-comar-tijuana', 'America/Tijuana'],
    ['mx-inm-ciudad-juarez', 'America/Ciudad_Juarez'],
    ['mx-comar-tapachula', 'America/Mexico_City'],
    ['mx-comar-cancun', 'America/Cancun'],
    ['pe-migraciones-tumbes', 'America/Lima'],
  ])('keep the zone of the city they sit in: %s on %s', (id, zone) => {
    expect(forumById(id)?.timeZone).toBe(zone);
  });

  it('cover every jurisdiction with several zones, so no case there falls back on a guess', () => {
    for (const pack of shippedRulePacks().all()) {
      if (!pack.singleTimeZone) expect(forumsOf(pack.jurisdiction).length).toBeGreaterThan(5);
    }
    expect(JURISDICTION_CODES.filter((code) => forumsOf(code).length > 0)).toEqual([
      'PE',
      'US',
      'MX',
    ]);
  });

  it('finds a forum only in its own jurisdiction', () => {
    expect(forumById('us-eoir-dallas', 'US')?.city).toBe('Dallas');
    expect(forumById('us-eoir-dallas', 'MX')).toBeUndefined();
    expect(forumById('us-eoir-atlantis')).toBeUndefined();
  });

  it('refuses a list with an unknown zone or an id used twice, naming the forum', () => {
    const [us] = SHIPPED_FORUM_LISTS;
    const withZone = (timeZone: string): ForumList => ({
      ...us,
      forums: [{ ...us.forums[1], timeZone }],
    });
    expect(() => checkForumLists([withZone('America/El_Paso')])).toThrow(
      /us-eoir-eloy: unknown time zone America\/El_Paso/,
    );
    expect(() => checkForumLists([us, us])).toThrow(/listed twice/);
    expect(() =>
      checkForumLists([{ ...us, forums: [{ ...us.forums[1], id: 'mx-comar-eloy' }] }]),
    ).toThrow(/must be a slug starting with "us-"/);
  });
});
