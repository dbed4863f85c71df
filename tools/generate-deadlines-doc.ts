// Writes docs/deadlines.md and docs/deadlines-changelog.md from the shipped rule packs and their
// changelog (npm run docs:deadlines); domain tests fail when a committed file differs from what
// this would write.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  renderDeadlinesChangelog,
  renderDeadlinesDoc,
  RULE_PACK_CHANGELOG,
  ruleCatalogue,
} from '@amparo/domain';

const docs = join(__dirname, '..', 'docs');
const catalogue = ruleCatalogue();
writeFileSync(join(docs, 'deadlines.md'), renderDeadlinesDoc(catalogue));
writeFileSync(
  join(docs, 'deadlines-changelog.md'),
  renderDeadlinesChangelog(RULE_PACK_CHANGELOG, catalogue),
);
console.log(`wrote ${join(docs, 'deadlines.md')} and deadlines-changelog.md`);
