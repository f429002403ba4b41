import type { HostSignedIn } from '../../shared/auth/host-state';

// The rule shown above the new-password boxes: the host's policy in words (passwordRule() of
// shared/auth/password-policy.ts, sent with the state). Without it, the page says the rule in
// general words rather than guess numbers the administrator may have changed; a password that
// breaks the rule is refused by the host with the exact rule under the box either way.

const GENERAL_RULE = '新密码须符合本单位的密码规则：有足够长度，包含大写字母、小写字母、数字、符号中的多类，不能包含用户名，也不能与最近用过的密码相同。';

export function passwordRuleText(state: HostSignedIn): string {
  // A host of an older version may not send it.
  const given: unknown = state.passwordRule;
  return typeof given === 'string' && given.trim() ? given : GENERAL_RULE;
}
