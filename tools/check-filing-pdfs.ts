// CI check of every generated filing with independent Debian tools: each template, in each of its
// languages, is rendered from its fixture case, must pass `qpdf --check`, and `pdftotext` must
// read back the client's name and the case's file number. Usage: npx tsx --tsconfig tsconfig.base.json tools/check-filing-pdfs.ts
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FILING_TEMPLATES, renderFiling } from '../libs/filings/src/index';
import { fixtureFor } from '../libs/filings/src/testing/filing-data.fixture';

const squash = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ');

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'amparo-filing-check-'));
  const failures: string[] = [];
  let checked = 0;
  for (const template of FILING_TEMPLATES) {
    for (const language of template.languages) {
      const label = `${template.id} (${language})`;
      const data = fixtureFor(template.id, language);
      const rendered = await renderFiling(template, data, language);
      const file = join(dir, `${template.id}-${language}.pdf`);
      writeFileSync(file, rendered.bytes);
      try {
        execFileSync('qpdf', ['--check', file], { stdio: 'pipe' });
      } catch (error) {
        failures.push(`${label}: qpdf --check failed: ${String(error)}`);
        continue;
      }
      const text = squash(
        execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }),
      );
      // US court filings are identified by the A-number ("File No."), not the internal number.
      const fileNumber =
        data.case.jurisdiction === 'US' && data.case.aNumber
          ? data.case.aNumber
          : data.case.caseNumber;
      for (const expected of [data.client.fullName, fileNumber]) {
        if (!text.includes(squash(expected)))
          failures.push(`${label}: pdftotext lacks "${expected}"`);
      }
      checked += 1;
      console.log(`ok ${label}: ${rendered.pageCount} page(s), ${rendered.bytes.length} bytes`);
    }
  }
  if (failures.length > 0) {
    console.error(failures.join('\n'));
    process.exit(1);
  }
  console.log(`${checked} filings pass qpdf --check and pdftotext`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
