// The shipped rule packs, validated once when first read, looked up by jurisdiction.
import { CR_RULE_PACK } from './packs/cr.rule-pack';
import { DO_RULE_PACK } from './packs/do.rule-pack';
import { MX_RULE_PACK } from './packs/mx.rule-pack';
import { PA_RULE_PACK } from './packs/pa.rule-pack';
import { PE_RULE_PACK } from './packs/pe.rule-pack';
import { US_RULE_PACK } from './packs/us.rule-pack';
import { RulePackValidationError } from './rule-pack-validation.error';
import { validateRulePack } from './rule-pack.validator';
import { RulePack } from './rule-pack.types';

export const SHIPPED_RULE_PACKS: readonly RulePack[] = [
  PE_RULE_PACK,
  US_RULE_PACK,
  MX_RULE_PACK,
  DO_RULE_PACK,
  PA_RULE_PACK,
  CR_RULE_PACK,
];

/** A set of validated packs; constructing one with an invalid pack throws. */
export class RulePackRegistry {
  private readonly byJurisdiction = new Map<string, RulePack>();

  constructor(packs: readonly RulePack[]) {
    for (const pack of packs) {
      validateRulePack(pack);
      if (this.byJurisdiction.has(pack.jurisdiction)) {
        throw new RulePackValidationError(
          `${pack.jurisdiction}@${pack.version}`,
          undefined,
          'a second pack for the same jurisdiction',
        );
      }
      this.byJurisdiction.set(pack.jurisdiction, pack);
    }
  }

  get(jurisdiction: string): RulePack | undefined {
    return this.byJurisdiction.get(jurisdiction);
  }

  all(): readonly RulePack[] {
    return [...this.byJurisdiction.values()];
  }
}

let shipped: RulePackRegistry | undefined;

/** The registry of shipped packs, validated on first use (the API calls it at start-up). */
export function shippedRulePacks(): RulePackRegistry {
  shipped ??= new RulePackRegistry(SHIPPED_RULE_PACKS);
  return shipped;
}
