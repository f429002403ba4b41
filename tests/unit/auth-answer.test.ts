import { describe, expect, it } from 'vitest';
import { readSignedInAnswer, readStateAnswer } from '../../renderer/api/auth-answer';

// Reading the host's /auth/ answers (renderer/api/auth-answer.ts).

const SIGNED_IN = {
  mode: 'host',
  version: '0.1.0',
  signedIn: true,
  user: { username: 'zhangsan', displayName: '张三', role: 'entry', department: '办公室' },
  passwordStatus: { mustChange: false, expiresInDays: null, expired: false },
  idleMinutes: 30,
  warnBeforeMinutes: 5,
  idleExpiresAt: '2026-03-15T02:30:00.000Z',
  expiresAt: '2026-03-15T14:00:00.000Z',
    passwordRule: '密码至少8位，须包含大写字母、小写字母、数字、符号中的至少3类',
};

describe('GET /auth/state', () => {
  it('treats a server without the route as the machine’s own (fazhi web of an older build)', () => {
    expect(readStateAnswer(404, null, '0.1.0')).toEqual({ ok: true, state: { mode: 'local', version: '0.1.0' } });
  });

  it('reads the local, signed-out and signed-in states', () => {
    expect(readStateAnswer(200, { mode: 'local', version: '0.1.0' }, '0.1.0')).toEqual({ ok: true, state: { mode: 'local', version: '0.1.0' } });
    const out = { mode: 'host', version: '0.1.0', signedIn: false, reason: '长时间没有操作，已自动退出，请重新登录' };
    expect(readStateAnswer(200, out, '0.1.0')).toEqual({ ok: true, state: out });
    expect(readStateAnswer(200, SIGNED_IN, '0.1.0')).toEqual({ ok: true, state: SIGNED_IN });
  });

  it('says in Chinese when the answer is not one it knows', () => {
    const answer = readStateAnswer(502, '<html>', '0.1.0');
    expect(answer.ok).toBe(false);
    expect(!answer.ok && answer.error.message).toContain('HTTP 502');
  });
});

describe('POST /auth/login and /auth/password', () => {
  it('accepts the state bare or wrapped as { ok, state }', () => {
    expect(readSignedInAnswer(200, SIGNED_IN)).toEqual({ ok: true, state: SIGNED_IN });
    expect(readSignedInAnswer(200, { ok: true, state: SIGNED_IN })).toEqual({ ok: true, state: SIGNED_IN });
  });

  it("passes on the host's refusal with its fields", () => {
    const error = { code: 'invalid_input', message: '当前密码不正确，再错 4 次账户将被锁定', fields: { currentPassword: '当前密码不正确，再错 4 次账户将被锁定' } };
    expect(readSignedInAnswer(400, { ok: false, error })).toEqual({ ok: false, error });
  });

  it('does not take a signed-out state for a sign-in', () => {
    expect(readSignedInAnswer(200, { mode: 'host', version: '0.1.0', signedIn: false }).ok).toBe(false);
  });
});
