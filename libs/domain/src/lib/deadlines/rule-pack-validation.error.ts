// A rule pack that contradicts itself must stop start-up: a wrong period costs a person protection.

export class RulePackValidationError extends Error {
  override readonly name = 'RulePackValidationError';

  constructor(
    readonly pack: string,
    readonly ruleId: string | undefined,
    readonly problem: string,
  ) {
    super(`Rule pack ${pack}${ruleId ? `, rule ${ruleId}` : ''}: ${problem}`);
  }
}
