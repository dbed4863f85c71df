// Prints the digests of the shipped rules for their current pack versions (npm run
// rules:fingerprints): append the entries of a new version to rule-fingerprints.data.ts, and its
// reasons to rule-pack.changelog.ts. The domain tests say which rules differ from the last one.
import { ruleFingerprint, shippedRulePacks } from '@amparo/domain';

const current = Object.fromEntries(
  shippedRulePacks()
    .all()
    .map((pack) => [
      `${pack.jurisdiction}@${pack.version}`,
      Object.fromEntries(pack.rules.map((rule) => [rule.id, ruleFingerprint(rule)])),
    ]),
);
console.log(JSON.stringify(current, null, 2));
