import { join } from 'node:path';

const root = join(__dirname, '..', '..', '..');

/** Final-page screenshots, one per test (test-output/ is git-ignored). */
export const screenshotDir = join(root, 'test-output', 'e2e');
