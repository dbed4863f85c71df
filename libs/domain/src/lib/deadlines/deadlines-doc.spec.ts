import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderDeadlinesDoc } from './deadlines-doc.renderer';
import { shippedRulePacks } from './rule-pack.registry';
import { ruleCatalogue } from './rule.catalogue';

const DOC = join(__dirname, '..', '..', '..', '..', '..', 'docs', 'deadlines.md');

describe('docs/deadlines.md', () => {
  const rendered = renderDeadlinesDoc(ruleCatalogue());

  it('is up to date with the rule packs (run `npm run docs:deadlines`)', () => {
    expect(readFileSync(DOC, 'utf8')).toBe(rendered);
  });

  it('lists every rule with its citation and status, and every gap', () => {
    for (const pack of shippedRulePacks().all()) {
      for (const rule of pack.rules) {
        const section = rendered.slice(rendered.indexOf(`### \`${rule.id}\``));
        expect(section).toContain(`- Citation: ${rule.citation}`);
        expect(section).toContain(`- Status: **${rule.status}**`);
      }
      for (const gap of pack.gaps) expect(rendered).toContain(`\`${gap.id}\`: ${gap.title.en}`);
    }
  });
});
