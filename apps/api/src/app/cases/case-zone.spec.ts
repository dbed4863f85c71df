import { shippedRulePacks, type RulePack } from '@amparo/domain';
import { caseZone } from './case-zone';

const pack = (code: string): RulePack => shippedRulePacks().get(code) as RulePack;
const codeOf = (run: () => unknown): string | undefined => {
  try {
    run();
  } catch (error) {
    return (error as { code?: string }).code;
  }
  return undefined;
};

describe('the zone a new case keeps', () => {
  it("takes its immigration court's zone, not New York's", () => {
    const zone = caseZone(pack('US'), { forumId: 'us-eoir-el-paso' }, true);
    expect(zone.timeZone).toBe('America/Denver');
    expect(zone.forum?.name).toBe('El Paso Immigration Court');
    expect(caseZone(pack('MX'), { forumId: 'mx-comar-tijuana' }, true).timeZone).toBe(
      'America/Tijuana',
    );
  });

  it('accepts a zone given outright for a court missing from the list', () => {
    expect(caseZone(pack('US'), { timeZone: 'America/Anchorage' }, true)).toEqual({
      timeZone: 'America/Anchorage',
      forum: undefined,
    });
  });

  it('refuses a case in a country with several zones that names neither', () => {
    expect(codeOf(() => caseZone(pack('US'), {}, true))).toBe('CASE_FORUM_REQUIRED');
    expect(codeOf(() => caseZone(pack('MX'), {}, true))).toBe('CASE_FORUM_REQUIRED');
  });

  it("keeps the single zone of a country that has one (Peru's Lima)", () => {
    expect(caseZone(pack('PE'), {}, true).timeZone).toBe('America/Lima');
  });

  it('lets the CSV import, which cannot name a forum yet, keep the default', () => {
    expect(caseZone(pack('US'), {}, false).timeZone).toBe('America/New_York');
  });

  it('refuses a forum of another country, an unknown one, a mismatched zone, a bad zone', () => {
    expect(codeOf(() => caseZone(pack('MX'), { forumId: 'us-eoir-dallas' }, true))).toBe(
      'CASE_UNKNOWN_FORUM',
    );
    expect(codeOf(() => caseZone(pack('DO'), { forumId: 'do-onr-santo-domingo' }, true))).toBe(
      'CASE_UNKNOWN_FORUM',
    );
    expect(
      codeOf(() =>
        caseZone(pack('US'), { forumId: 'us-eoir-dallas', timeZone: 'America/New_York' }, true),
      ),
    ).toBe('CASE_FORUM_ZONE_MISMATCH');
    expect(codeOf(() => caseZone(pack('US'), { timeZone: 'America/Nueva_York' }, true))).toBe(
      'CASE_INVALID_TIME_ZONE',
    );
  });
});
