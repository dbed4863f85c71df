// NIST SP 800-63B style: length, not composition rules; and never a password from the lists
// attackers try first. The list (about 49,000 leaked passwords) ships inside the
// @zxcvbn-ts/language-common package, so the check works offline.
import { dictionary } from '@zxcvbn-ts/language-common';
import { InvalidInputError } from '@amparo/domain';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

const COMMON = new Set(
  (dictionary.passwords as string[]).map((password) => password.toLowerCase()),
);

export function assertAcceptablePassword(
  password: string,
  context: { email?: string; name?: string } = {},
): void {
  const length = [...password].length;
  const problem =
    length < PASSWORD_MIN_LENGTH
      ? `Use at least ${PASSWORD_MIN_LENGTH} characters (a few unrelated words work well)`
      : length > PASSWORD_MAX_LENGTH
        ? `Use at most ${PASSWORD_MAX_LENGTH} characters`
        : COMMON.has(password.toLowerCase())
          ? 'This password is in lists of commonly used passwords; choose another'
          : context.email &&
              password.toLowerCase().includes(context.email.split('@')[0].toLowerCase())
            ? 'Do not use your e-mail address in your password'
            : null;
  if (problem)
    throw new InvalidInputError('PASSWORD_REJECTED', problem, [
      { field: 'password', message: problem },
    ]);
}
