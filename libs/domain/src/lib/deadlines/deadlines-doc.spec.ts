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
        const review = rule.review ?? pack.review;
        expect(section).toContain(`- Reviewed by ${review.reviewedBy} on ${review.reviewedOn}`);
      }
      for (const gap of pack.gaps) expect(rendered).toContain(`\`${gap.id}\`: ${gap.title.en}`);
    }
  });

  it("shows each rule's source address and the text relied on, or says it was not recorded", () => {
    for (const pack of shippedRulePacks().all()) {
      for (const rule of pack.rules) {
        const start = rendered.indexOf(`### \`${rule.id}\``);
        const section = rendered.slice(start, rendered.indexOf('\n### ', start + 1));
        if (rule.sourceUrl && rule.excerpt) {
          expect(section).toContain(`- Source address: <${rule.sourceUrl}>`);
          expect(section).toContain(`- Text relied on: "${rule.excerpt.replace(/\s+/g, ' ')}"`);
        } else {
          expect(section).toContain('- Source address: not recorded');
        }
      }
      for (const calendar of pack.calendars) expect(rendered).toContain(`\`${calendar.id}\``);
    }
  });
});
