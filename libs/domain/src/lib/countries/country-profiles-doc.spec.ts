import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COUNTRY_PROFILES, COUNTRY_PROFILES_REVIEWED_ON } from './country-profiles.data';
import { renderCountryProfilesDoc } from './country-profiles-doc.renderer';

const DOC = join(__dirname, '..', '..', '..', '..', '..', 'docs', 'country-profiles.md');

describe('docs/country-profiles.md', () => {
  const rendered = renderCountryProfilesDoc(COUNTRY_PROFILES, COUNTRY_PROFILES_REVIEWED_ON);

  it('is up to date with the country profiles (run `npm run docs:countries`)', () => {
    expect(readFileSync(DOC, 'utf8')).toBe(rendered);
  });

  it('shows for every profile who reviewed it, when, and how old its guidance is', () => {
    for (const p of COUNTRY_PROFILES) {
      const start = rendered.indexOf(`## ${p.name.en} (${p.code})`);
      const section = rendered.slice(start, rendered.indexOf('\n## ', start + 1));
      expect(section).toContain(`Reviewed by ${p.reviewedBy ?? ''} on ${p.reviewedOn}.`);
      expect(section).toContain('**Guidance age:**');
      for (const g of p.guidance) expect(section).toContain(`- Source address: <${g.sourceUrl}>`);
    }
  });

  it('states the figure: profiles with guidance dated within two years', () => {
    expect(rendered).toContain('**with guidance dated within two years: 0**');
  });
});
