// Writes docs/deadlines.md from the shipped rule packs (npm run docs:deadlines); a domain test
// fails when the committed file differs from what this would write.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderDeadlinesDoc, ruleCatalogue } from '@amparo/domain';

const target = join(__dirname, '..', 'docs', 'deadlines.md');
writeFileSync(target, renderDeadlinesDoc(ruleCatalogue()));
console.log(`wrote ${target}`);
