import { randomInt } from 'node:crypto';
import type { PasswordPolicy } from '../../shared/auth/password-policy';
import { passwordProblem } from '../../shared/auth/password-policy';

// A first or reset password the administrator reads out or writes down for a colleague: all four
// classes (so it passes any policy), and none of the characters that are mistaken for one another
// on paper (0/O, 1/l/I) or that a shell or a chat window would eat.
const CLASSES = ['ABCDEFGHJKLMNPQRSTUVWXYZ', 'abcdefghijkmnpqrstuvwxyz', '23456789', '#%+=@'] as const;
const ALL = CLASSES.join('');

function pick(from: string): string {
  return from[randomInt(from.length)]!;
}

export function temporaryPassword(policy: PasswordPolicy, username: string): string {
  const length = Math.max(12, policy.minLength);
  for (;;) {
    const chars = CLASSES.map(pick);
    while (chars.length < length) chars.push(pick(ALL));
    for (let i = chars.length - 1; i > 0; i--) {
      const j = randomInt(i + 1);
      [chars[i], chars[j]] = [chars[j]!, chars[i]!];
    }
    const password = chars.join('');
    if (passwordProblem(password, policy, { username }) === null) return password;
  }
}
