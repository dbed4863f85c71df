import { diffRiskScores } from './risk-score.diff';
import { scoreRiskWithProfiles } from './risk.scoring';
import { Q } from './screening-question.ids';

describe('diffRiskScores', () => {
  const first = {
    [Q.nationality]: 'HN',
    [Q.destinationCountry]: 'HN',
    [Q.forumCountry]: 'US',
    [Q.harmOrThreats]: true,
    [Q.harmTypes]: ['extortion'],
    [Q.actors]: ['gang-or-organized-crime'],
    [Q.removalProcedure]: 'ordinary',
  };

  it('shows the level moving, with the reasons and pathways that explain it', () => {
    const before = scoreRiskWithProfiles(first);
    const after = scoreRiskWithProfiles({
      ...first,
      [Q.harmTypes]: ['extortion', 'death-threat'],
      [Q.conventionGrounds]: ['particular-social-group'],
      [Q.removalProcedure]: 'expedited-removal',
    });
    const change = diffRiskScores(before, after);
    expect([change.levelBefore, change.levelAfter]).toEqual(['moderate', 'high']);
    expect(change.reasonsAdded.map((r) => r.ruleId)).toEqual(['death-threat']);
    expect(change.reasonsRemoved).toEqual([]);
    expect(change.pathwaysChanged).toEqual([
      { id: 'refugee-1951', after: 'open' },
      { id: 'iccpr-6-7', after: 'open' },
    ]);
    expect([change.urgentBefore, change.urgentAfter]).toEqual([false, true]);
  });

  it('shows reasons that disappear when an answer is withdrawn', () => {
    const change = diffRiskScores(
      scoreRiskWithProfiles({ ...first, [Q.vulnerabilities]: ['detained'] }),
      scoreRiskWithProfiles(first),
    );
    expect(change.reasonsRemoved.map((r) => r.ruleId)).toEqual(['vulnerability']);
    expect(change.levelBefore).toBe(change.levelAfter);
  });
});
