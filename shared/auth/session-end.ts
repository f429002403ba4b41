// Why a session ended, as stored (sessions.end_reason) and as the sign-in page explains it.

export const SESSION_END_REASONS = ['logout', 'idle', 'expired', 'forced', 'password_changed', 'user_disabled', 'user_locked'] as const;
export type SessionEndReason = (typeof SESSION_END_REASONS)[number];

/** A lookup's answer when there is no live session: the stored reason, or 'unknown' for a token no session has. */
export type SessionLookupEnd = SessionEndReason | 'unknown';

export const SESSION_END_MESSAGES: Readonly<Record<SessionLookupEnd, string>> = {
  logout: '您已退出登录，请重新登录',
  idle: '长时间没有操作，已自动退出，请重新登录',
  expired: '本次登录已超过最长时间，请重新登录',
  forced: '管理员已让您退出登录，请重新登录',
  password_changed: '账户密码已修改，请用新密码重新登录',
  user_disabled: '账户已停用，请联系管理员',
  user_locked: '账户因多次密码错误已被锁定，请稍后再试或请管理员解锁',
  unknown: '登录已失效，请重新登录',
};
