import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RISK_RULES } from './risk.rules';
import { RISK_RULES_VERSION } from './risk.scoring';
import { ScreeningErrorCode } from './screening-validation.error';
import { Q } from './screening-question.ids';
import { SCREENING_INSTRUMENT_VERSION } from './screening.instrument';

// The attorney reads the rules in docs/risk-screening.md: the doc must not drift from the code.
const doc = readFileSync(join(__dirname, '../../../../../docs/risk-screening.md'), 'utf8');

describe('docs/risk-screening.md', () => {
  it('names the current instrument and rules versions', () => {
    expect(doc).toContain(SCREENING_INSTRUMENT_VERSION);
    expect(doc).toContain(RISK_RULES_VERSION);
  });

  it('documents every rule with its level', () => {
    for (const rule of RISK_RULES)
      expect(doc).toMatch(new RegExp(`\\| \`${rule.id}\` +\\| ${rule.level} +\\|`));
  });

  it('documents every question and every validation code', () => {
    for (const id of Object.values(Q)) expect(doc).toContain(`\`${id}\``);
    for (const code of Object.values(ScreeningErrorCode)) expect(doc).toContain(code);
  });

  it('has unique rule ids with bilingual text', () => {
    expect(new Set(RISK_RULES.map((r) => r.id)).size).toBe(RISK_RULES.length);
    for (const r of RISK_RULES)
      expect([r.id, r.text.en !== '' && r.text.es !== '']).toEqual([r.id, true]);
  });
});
