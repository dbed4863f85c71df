// Writes docs/country-profiles.md from the shipped country profiles (npm run docs:countries); a
// domain test fails when the committed file differs from what this would write.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  COUNTRY_PROFILES,
  COUNTRY_PROFILES_REVIEWED_ON,
  renderCountryProfilesDoc,
} from '@amparo/domain';

const target = join(__dirname, '..', 'docs', 'country-profiles.md');
writeFileSync(target, renderCountryProfilesDoc(COUNTRY_PROFILES, COUNTRY_PROFILES_REVIEWED_ON));
console.log(`wrote ${target}`);
