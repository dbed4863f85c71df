import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderDeadlinesChangelog } from './deadlines-changelog.renderer';
import { RULE_PACK_CHANGELOG } from './rule-pack.changelog';
import { ruleCatalogue } from './rule.catalogue';

const DOC = join(__dirname, '..', '..', '..', '..', '..', 'docs', 'deadlines-changelog.md');

describe('docs/deadlines-changelog.md', () => {
  const rendered = renderDeadlinesChangelog(RULE_PACK_CHANGELOG, ruleCatalogue());

  it('is up to date with the changelog (run `npm run docs:deadlines`)', () => {
    expect(readFileSync(DOC, 'utf8')).toBe(rendered);
  });

  it('names every change with its reason, and flags those that can move a date', () => {
    for (const release of RULE_PACK_CHANGELOG)
      for (const change of release.changes) {
        expect(rendered).toContain(`\`${change.ruleId}\``);
        expect(rendered).toContain(change.reason.en);
      }
    expect(rendered).toContain(
      '- Changed `mx.amparo` (period, calendar, status, citation, source, notes): 15 días hábiles',
    );
    const amparo = rendered.slice(rendered.indexOf('- Changed `mx.amparo`'));
    expect(amparo.slice(0, amparo.indexOf('\n'))).toContain('**Dates may move.**');
  });
});
