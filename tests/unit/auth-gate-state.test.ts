import { describe, expect, it } from 'vitest';
import type { HostSignedIn, HostUser } from '../../shared/auth/host-state';
import { SESSION_END_MESSAGES } from '../../shared/auth/session-end';
import type { GateEvent, GateState } from '../../renderer/auth/gate-state';
import { appVisible, gateReducer, INITIAL_GATE } from '../../renderer/auth/gate-state';

// What the page shows in each mode and after each turn of a host session (renderer/auth/gate-state.ts).

const VERSION = '0.1.0';
const ZHANG: HostUser = { username: 'zhangsan', displayName: '张三', role: 'entry', department: '办公室' };
const LI: HostUser = { username: 'lisi', displayName: '李四', role: 'reviewer', department: '' };

function signedIn(user: HostUser, mustChange = false): HostSignedIn {
  return {
    mode: 'host',
    version: VERSION,
    signedIn: true,
    user,
    passwordStatus: { mustChange, expiresInDays: null, expired: false },
    idleMinutes: 30,
    warnBeforeMinutes: 5,
    idleExpiresAt: '2026-03-15T02:30:00.000Z',
    expiresAt: '2026-03-15T14:00:00.000Z',
    passwordRule: '密码至少8位，须包含大写字母、小写字母、数字、符号中的至少3类',
  };
}

const state = (s: HostSignedIn | { mode: 'host'; version: string; signedIn: false; reason?: string } | { mode: 'local'; version: string }): GateEvent => ({
  type: 'state',
  state: s,
  pageVersion: VERSION,
});

function run(...events: GateEvent[]): GateState {
  return events.reduce(gateReducer, INITIAL_GATE);
}

function host(gate: GateState) {
  if (gate.kind !== 'host') throw new Error(`expected host, got ${gate.kind}`);
  return gate;
}

describe('the sign-in gate', () => {
  it('shows the app as always in the local modes, with nobody signed in', () => {
    const gate = run(state({ mode: 'local', version: VERSION }));
    expect(gate).toEqual({ kind: 'local' });
    expect(appVisible(gate)).toBe(true);
  });

  it('shows nothing of the app on the host until someone signs in, then mounts it for them', () => {
    const out = host(run(state({ mode: 'host', version: VERSION, signedIn: false })));
    expect(out.session).toBeNull();
    expect(out.app).toBeNull();
    const gate = run(state({ mode: 'host', version: VERSION, signedIn: false }), state(signedIn(ZHANG)));
    expect(host(gate).app).toEqual({ user: ZHANG, key: 1 });
    expect(appVisible(gate)).toBe(true);
  });

  it('keeps the app away until a first or expired password is changed', () => {
    const must = run(state(signedIn(ZHANG, true)));
    expect(host(must).app).toBeNull();
    expect(appVisible(must)).toBe(false);
    const changed = gateReducer(must, state(signedIn(ZHANG)));
    expect(host(changed).app?.user).toEqual(ZHANG);
    expect(appVisible(changed)).toBe(true);
  });

  it('keeps the page under the sign-in screen when the session ends, and gives it back to the same user', () => {
    const lost = run(state(signedIn(ZHANG)), { type: 'session-lost', message: SESSION_END_MESSAGES.forced, unsaved: true });
    expect(host(lost)).toMatchObject({ session: null, reason: SESSION_END_MESSAGES.forced, unsaved: true, app: { user: ZHANG, key: 1 } });
    expect(appVisible(lost)).toBe(false);
    const back = gateReducer(lost, state(signedIn(ZHANG)));
    expect(host(back).app).toEqual({ user: ZHANG, key: 1 });
    expect(host(back).reason).toBeUndefined();
    expect(appVisible(back)).toBe(true);
  });

  it('mounts a fresh app when someone else signs in at that desk', () => {
    const lost = run(state(signedIn(ZHANG)), { type: 'session-lost', message: SESSION_END_MESSAGES.idle, unsaved: false });
    const other = gateReducer(lost, state(signedIn(LI)));
    expect(host(other).app).toEqual({ user: LI, key: 2 });
  });

  it('does not mount the previous user’s page under another user’s password screen', () => {
    const lost = run(state(signedIn(ZHANG)), { type: 'session-lost', message: SESSION_END_MESSAGES.idle, unsaved: false });
    expect(host(gateReducer(lost, state(signedIn(LI, true)))).app).toBeNull();
  });

  it('keeps the first reason when several calls are refused at once', () => {
    const gate = run(
      state(signedIn(ZHANG)),
      { type: 'session-lost', message: SESSION_END_MESSAGES.forced, unsaved: false },
      { type: 'session-lost', message: SESSION_END_MESSAGES.unknown, unsaved: true },
    );
    expect(host(gate)).toMatchObject({ reason: SESSION_END_MESSAGES.forced, unsaved: true });
  });

  it('unmounts the app on 退出登录', () => {
    const gate = run(state(signedIn(ZHANG)), { type: 'signed-out' });
    expect(host(gate)).toMatchObject({ session: null, app: null, reason: SESSION_END_MESSAGES.logout });
  });

  it('asks for a reload when the host runs another version, and stays there', () => {
    const gate = run(state({ ...signedIn(ZHANG), version: '0.2.0' }));
    expect(gate.kind).toBe('outdated');
    expect(gate.kind === 'outdated' && gate.message).toContain('0.2.0');
    expect(gateReducer(gate, state(signedIn(ZHANG))).kind).toBe('outdated');
  });

  it('ignores session refusals in the local modes (their own message is the call’s)', () => {
    const gate = run(state({ mode: 'local', version: VERSION }), { type: 'session-lost', message: 'x', unsaved: true });
    expect(gate).toEqual({ kind: 'local' });
  });
});
