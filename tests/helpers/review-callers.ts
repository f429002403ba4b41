import type { OpenApp } from '../../electron/open-app';
import type { Registry } from '../../electron/registry';
import { asCaller } from '../../electron/registry';
import { startSession } from '../../electron/store/session-store';
import { createUser } from '../../electron/store/user-store';
import type { Caller } from '../../shared/auth/caller';
import { DEFAULT_PASSWORD_POLICY } from '../../shared/auth/password-policy';
import type { Role } from '../../shared/auth/roles';

// Callers made from real accounts on the app's store, each with a real session, as the host's
// session layer makes them for a signed-in colleague.

export interface SignedIn {
  caller: Caller;
  registry: Registry;
}

const T0 = '2025-03-03T01:00:00.000Z';

export async function signedIn(app: OpenApp, username: string, displayName: string, role: Role, department: string): Promise<SignedIn> {
  const db = app.ctx.db;
  const account = await createUser(db, { username, displayName, role, department, password: 'Fazhi@2025x' }, T0);
  const ip = '192.168.1.40';
  const session = startSession(db, account.id, { ip, userAgent: 'Mozilla/5.0 (Windows NT 6.1) Chrome/109' }, T0, DEFAULT_PASSWORD_POLICY);
  const caller: Caller = { kind: 'user', userId: account.id, username: account.username, displayName: account.displayName, role: account.role, department: account.department, sessionId: session.sessionId, ip };
  return { caller, registry: asCaller(app.registry, caller) };
}

/** Awaits a call that must be refused and answers its code and message. */
export async function refusal(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise;
  } catch (err) {
    return err as { code: string; message: string };
  }
  throw new Error('expected a refusal');
}
