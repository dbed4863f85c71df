import { assertAcceptablePassword } from './password.policy';

describe('password policy', () => {
  it('accepts long passphrases without composition rules', () => {
    expect(() => assertAcceptablePassword('correct horse battery staple')).not.toThrow();
    expect(() => assertAcceptablePassword('ñandú cóndor vicuña')).not.toThrow();
  });

  it('refuses short, over-long and common passwords with a reason', () => {
    expect(() => assertAcceptablePassword('short1!')).toThrow(/at least 12 characters/);
    expect(() => assertAcceptablePassword('x'.repeat(129))).toThrow(/at most 128/);
    expect(() => assertAcceptablePassword('password1234')).toThrow(/commonly used/);
    expect(() => assertAcceptablePassword('qwertyuiop123')).toThrow(/commonly used/);
  });

  it('counts characters, not bytes, and allows 128 of them', () => {
    expect(() => assertAcceptablePassword('ü'.repeat(12) + 'x')).not.toThrow();
    expect(() => assertAcceptablePassword('a1b2c3d4e5f6'.repeat(10) + 'abcdefgh')).not.toThrow();
  });

  it("refuses a password containing the e-mail's name part", () => {
    expect(() =>
      assertAcceptablePassword('lucia.ferrer-2026!', { email: 'lucia.ferrer@lima.example' }),
    ).toThrow(/e-mail/);
  });
});
