import { PE_RULE_PACK } from './packs/pe.rule-pack';
import { ruleFingerprint } from './rule-fingerprint';
import { RULE_FINGERPRINTS } from './rule-fingerprints.data';
import {
  describeRuleChanges,
  movesDates,
  RULE_PACK_CHANGELOG,
  ruleChangeNeedsNotice,
  ruleChangesSince,
} from './rule-pack.changelog';
import { shippedRulePacks } from './rule-pack.registry';
import { isPeriodRule, type DeadlineRule } from './rule-pack.types';

const sorted = (ids: Iterable<string>) => [...ids].sort();

describe('rule pack changelog', () => {
  it('records every shipped rule as its current pack version shipped it', () => {
    for (const pack of shippedRulePacks().all()) {
      const recorded = RULE_FINGERPRINTS[`${pack.jurisdiction}@${pack.version}`];
      expect([pack.jurisdiction, recorded !== undefined]).toEqual([pack.jurisdiction, true]);
      // A rule changed without a new version (and a changelog entry) fails here.
      expect(Object.fromEntries(pack.rules.map((r) => [r.id, ruleFingerprint(r)]))).toEqual(
        recorded,
      );
    }
  });

  it('explains every rule that changed, appeared or vanished between two versions, and no other', () => {
    for (const release of RULE_PACK_CHANGELOG.filter((r) => r.previous !== null)) {
      const before = RULE_FINGERPRINTS[`${release.jurisdiction}@${release.previous}`];
      const after = RULE_FINGERPRINTS[`${release.jurisdiction}@${release.version}`];
      const ids = (kind: string) =>
        sorted(release.changes.filter((c) => c.kind === kind).map((c) => c.ruleId));
      const name = `${release.jurisdiction}@${release.version}`;
      expect([name, ids('changed')]).toEqual([
        name,
        sorted(Object.keys(after).filter((id) => before[id] && before[id] !== after[id])),
      ]);
      expect([name, ids('added')]).toEqual([
        name,
        sorted(Object.keys(after).filter((id) => !before[id])),
      ]);
      expect([name, ids('removed')]).toEqual([
        name,
        sorted(Object.keys(before).filter((id) => !after[id])),
      ]);
      for (const change of release.changes)
        expect([change.ruleId, change.reason.en.length > 0, change.reason.es.length > 0]).toEqual([
          change.ruleId,
          true,
          true,
        ]);
    }
  });

  it('has a release for every shipped pack version, each replacing one that exists', () => {
    for (const pack of shippedRulePacks().all())
      expect(
        RULE_PACK_CHANGELOG.some(
          (r) => r.jurisdiction === pack.jurisdiction && r.version === pack.version,
        ),
      ).toBe(true);
    for (const release of RULE_PACK_CHANGELOG.filter((r) => r.previous !== null))
      expect(
        RULE_PACK_CHANGELOG.some(
          (r) => r.jurisdiction === release.jurisdiction && r.version === release.previous,
        ),
      ).toBe(true);
  });

  it('tells a 1.0.0 deadline what changed in its rule, and whether its date may move', () => {
    const credibleFear = ruleChangesSince('US', 'us.credible-fear-review', '1.0.0');
    expect(credibleFear.map((c) => [c.from, c.to, c.aspects.includes('trigger')])).toEqual([
      ['1.0.0', '1.1.0', true],
    ]);
    expect(movesDates(credibleFear[0])).toBe(true);
    const amparo = ruleChangesSince('MX', 'mx.amparo', '1.0.0');
    expect(amparo[0].reason.en).toContain('not 15 calendar days');
    expect(movesDates(amparo[0])).toBe(true);
    // Only the calendar's name changed: no date can move.
    expect(movesDates(ruleChangesSince('US', 'us.bia-appeal', '1.0.0')[0])).toBe(false);
    // Nothing after the current version, nothing for an unchanged rule.
    expect(ruleChangesSince('US', 'us.bia-appeal', '1.1.0')).toEqual([]);
    expect(ruleChangesSince('US', 'us.eoir-29-appeal', '1.1.0')).toEqual([]);
    // A status that fell from verified to secondary is news for the attorney, not a moved date.
    const inAbsentia = ruleChangesSince('US', 'us.motion-to-reopen-in-absentia', '1.1.0');
    expect(inAbsentia.map((c) => [c.from, c.to, c.aspects])).toEqual([
      ['1.1.0', '1.2.0', ['status', 'notes']],
    ]);
    expect(movesDates(inAbsentia[0])).toBe(false);
  });
});

describe('ruleFingerprint', () => {
  const reconsideration = PE_RULE_PACK.rules.find(
    (r) => r.id === 'pe.pasee.reconsideration',
  ) as DeadlineRule;

  it('changes with what the rule says, and not with the evidence or the review', () => {
    const base = ruleFingerprint(reconsideration);
    expect(base).toMatch(/^[0-9a-f]{14}$/);
    expect(
      ruleFingerprint({
        ...reconsideration,
        sourceUrl: 'https://example.org/other',
        excerpt: 'other words',
        review: { reviewedBy: 'someone else', reviewedOn: '2027-01-01' },
      }),
    ).toBe(base);
    if (!isPeriodRule(reconsideration)) throw new Error('a period rule');
    expect(
      ruleFingerprint({ ...reconsideration, period: { ...reconsideration.period, amount: 4 } }),
    ).not.toBe(base);
    expect(ruleFingerprint({ ...reconsideration, status: 'verified' })).not.toBe(base);
  });

  it('does not depend on the order of keys', () => {
    const reversed = Object.fromEntries(Object.entries(reconsideration).reverse());
    expect(ruleFingerprint(reversed)).toBe(ruleFingerprint(reconsideration));
  });
});

describe('what a deadline is told', () => {
  it('joins the reasons of every step since its version, or says the rule did not change', () => {
    const steps = ruleChangesSince('MX', 'mx.amparo', '1.0.0');
    expect(describeRuleChanges(steps, '1.0.0', '1.1.0').en).toMatch(/^1\.0\.0 → 1\.1\.0: 15 días/);
    expect(describeRuleChanges([], '1.0.0', '1.1.0')).toEqual({
      en: 'The pack moved from 1.0.0 to 1.1.0; this rule did not change.',
      es: 'El paquete pasó de 1.0.0 a 1.1.0; esta regla no cambió.',
    });
    expect(describeRuleChanges([], null, '1.1.0').en).toBe('A rule new in pack 1.1.0.');
  });

  it('notifies moved, new and orphaned dates, and changed rules, but not a renamed calendar', () => {
    const named = ruleChangesSince('US', 'us.bia-appeal', '1.0.0');
    const status = ruleChangesSince('PE', 'pe.pasee.police-report', '1.0.0');
    expect(ruleChangeNeedsNotice('unchanged', named)).toBe(false);
    expect(ruleChangeNeedsNotice('unchanged', [])).toBe(false);
    expect(ruleChangeNeedsNotice('unchanged', status)).toBe(true);
    for (const outcome of ['moved', 'starts', 'no-longer-started'] as const)
      expect(ruleChangeNeedsNotice(outcome, named)).toBe(true);
  });
});
