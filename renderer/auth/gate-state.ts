import type { AuthState, HostSignedIn, HostUser } from '../../shared/auth/host-state';
import { SESSION_END_MESSAGES } from '../../shared/auth/session-end';

// What the page shows, as a pure reducer (tested in tests/unit/auth-gate-state.test.ts).
//
// Local modes show the app as always. On the host, the app is mounted once someone is signed in
// (and has a password they may use). When the session ends (idle, forced out, disabled…) the app is
// kept mounted but hidden under the sign-in screen: if the same colleague signs in again, what they
// had typed is still there and they only press 保存 again. Someone else signing in gets a fresh app
// (nothing of the previous user's page survives); signing out on purpose unmounts it.

export type GateState =
  | { kind: 'checking' }
  | { kind: 'unreachable'; message: string }
  | { kind: 'local' }
  /** The host runs another version than this page: only a reload helps. */
  | { kind: 'outdated'; message: string }
  | {
      kind: 'host';
      /** null: signed out. */
      session: HostSignedIn | null;
      /** Shown on the sign-in screen: why the last session ended. */
      reason: string | undefined;
      /** A call was refused because the session had ended: say that it was not saved. */
      unsaved: boolean;
      /** The app as mounted, for whom; a new key mounts it afresh. */
      app: { user: HostUser; key: number } | null;
    };

export type GateEvent =
  | { type: 'state'; state: AuthState; pageVersion: string }
  | { type: 'unreachable'; message: string }
  | { type: 'session-lost'; message: string; unsaved: boolean }
  | { type: 'signed-out'; message?: string }
  | { type: 'outdated'; message: string };

export const INITIAL_GATE: GateState = { kind: 'checking' };

export function outdatedMessage(pageVersion: string, hostVersion: string): string {
  return `主机上的法治台账已更新（本页面 ${pageVersion}，主机 ${hostVersion}），请按 F5 刷新页面后再使用。`;
}

type HostGate = Extract<GateState, { kind: 'host' }>;

function hostOf(gate: GateState): HostGate {
  return gate.kind === 'host' ? gate : { kind: 'host', session: null, reason: undefined, unsaved: false, app: null };
}

function signedIn(gate: GateState, session: HostSignedIn): GateState {
  const before = hostOf(gate);
  let app = before.app;
  // Before the password is changed nothing of the app may be used; after, the same user's page is kept.
  if (!session.passwordStatus.mustChange) {
    if (!app) app = { user: session.user, key: 1 };
    else if (app.user.username !== session.user.username) app = { user: session.user, key: app.key + 1 };
    else app = { user: session.user, key: app.key };
  } else if (app && app.user.username !== session.user.username) {
    app = null;
  }
  return { kind: 'host', session, reason: undefined, unsaved: false, app };
}

export function gateReducer(gate: GateState, event: GateEvent): GateState {
  // A reload is the only way out of an outdated page.
  if (gate.kind === 'outdated') return gate;
  switch (event.type) {
    case 'unreachable':
      return { kind: 'unreachable', message: event.message };
    case 'outdated':
      return { kind: 'outdated', message: event.message };
    case 'state': {
      const { state } = event;
      if (state.mode === 'local') return gate.kind === 'host' ? gate : { kind: 'local' };
      if (state.version !== event.pageVersion) return { kind: 'outdated', message: outdatedMessage(event.pageVersion, state.version) };
      if (state.signedIn) return signedIn(gate, state);
      const before = hostOf(gate);
      return { ...before, session: null, reason: state.reason ?? before.reason, unsaved: before.unsaved };
    }
    case 'session-lost': {
      // The local modes have no sessions of this kind; their own refusal is the call's message.
      if (gate.kind !== 'host') return gate;
      // Several calls refused at once: the first reason stands.
      if (!gate.session) return { ...gate, unsaved: gate.unsaved || event.unsaved };
      return { ...gate, session: null, reason: event.message, unsaved: event.unsaved };
    }
    case 'signed-out':
      return { kind: 'host', session: null, reason: event.message ?? SESSION_END_MESSAGES.logout, unsaved: false, app: null };
  }
}

/** Whether the mounted app is what the user sees now (otherwise a sign-in or password screen covers it). */
export function appVisible(gate: GateState): boolean {
  if (gate.kind === 'local') return true;
  if (gate.kind !== 'host' || !gate.session || !gate.app) return false;
  return !gate.session.passwordStatus.mustChange && gate.session.user.username === gate.app.user.username;
}
