import type Database from 'better-sqlite3';
import { SESSION_TOUCH_EVERY_MS } from '../../shared/auth/session-touch';
import { createHash, randomBytes } from 'node:crypto';
import type { PasswordPolicy } from '../../shared/auth/password-policy';
import type { Role } from '../../shared/auth/roles';
import type { SessionEndReason, SessionLookupEnd } from '../../shared/auth/session-end';
import type { UserAccount } from '../../shared/auth/user-account';
import { isLocked } from '../../shared/auth/user-account';
import { getUser } from './user-rows';

// Signed-in sessions of host mode. The browser holds a random token; the store holds only its
// SHA-256, which is the session's id, so neither a backup nor the admin's "who is connected" list
// can be turned back into a way in. A session ends (and says why) rather than disappearing.

export interface Session {
  id: string;
  userId: string;
  createdAt: string;
  lastSeenAt: string;
  /** The absolute end (sessionHours after sign-in), whatever the activity. */
  expiresAt: string;
  /** When it ends if nothing more happens (last seen + idleMinutes), for the page's warning. */
  idleExpiresAt: string;
  ip: string;
  userAgent: string;
}

export interface ActiveSession extends Session {
  username: string;
  displayName: string;
  role: Role;
  department: string;
}

export interface StartedSession {
  token: string;
  sessionId: string;
  expiresAt: string;
}

interface SessionRow {
  id: string;
  user_id: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  ip: string;
  user_agent: string;
  ended_at: string | null;
  end_reason: SessionEndReason | null;
}

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const TOKEN_BYTES = 32;
const IP_MAX = 64;
const USER_AGENT_MAX = 512;
// A base64url token of 32 bytes is 43 characters; anything far longer is not ours and is not hashed.
const TOKEN_MAX = 256;

function plus(now: string, ms: number): string {
  return new Date(Date.parse(now) + ms).toISOString();
}

/** The session id a token stands for. */
export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

function toSession(r: SessionRow, policy: PasswordPolicy): Session {
  return {
    id: r.id,
    userId: r.user_id,
    createdAt: r.created_at,
    lastSeenAt: r.last_seen_at,
    expiresAt: r.expires_at,
    idleExpiresAt: plus(r.last_seen_at, policy.idleMinutes * MINUTE_MS),
    ip: r.ip,
    userAgent: r.user_agent,
  };
}

/** Why an open session is over at `now`, or null while it may go on. */
function overBecause(r: SessionRow, user: Pick<UserAccount, 'disabledAt' | 'lockedUntil'> | undefined, now: string, policy: PasswordPolicy): SessionEndReason | null {
  if (!user || user.disabledAt !== null) return 'user_disabled';
  if (isLocked(user, now)) return 'user_locked';
  const at = Date.parse(now);
  if (at >= Date.parse(r.expires_at)) return 'expired';
  if (at - Date.parse(r.last_seen_at) > policy.idleMinutes * MINUTE_MS) return 'idle';
  return null;
}

export function startSession(db: Database.Database, userId: string, client: { ip: string; userAgent: string }, now: string, policy: PasswordPolicy): StartedSession {
  const token = randomBytes(TOKEN_BYTES).toString('base64url');
  const sessionId = sessionIdOf(token);
  const expiresAt = plus(now, policy.sessionHours * HOUR_MS);
  db.prepare('INSERT INTO sessions (id, user_id, created_at, last_seen_at, expires_at, ip, user_agent) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    sessionId,
    userId,
    now,
    now,
    expiresAt,
    client.ip.slice(0, IP_MAX),
    client.userAgent.slice(0, USER_AGENT_MAX),
  );
  return { token, sessionId, expiresAt };
}

/**
 * The live session a token stands for and its user as it is now (role and 科室 read afresh, so a
 * change by the admin applies at the next request). A session that is over is ended here, and the
 * answer says why; one already ended says why it ended.
 */
export function sessionFor(
  db: Database.Database,
  token: string,
  now: string,
  policy: PasswordPolicy,
  /** touch: false for a look that is not the user's activity (the page asking its sign-in state), so it does not put off the idle end. */
  options: { touch?: boolean } = {},
): { session: Session; user: UserAccount } | { ended: SessionLookupEnd } {
  if (token.length === 0 || token.length > TOKEN_MAX) return { ended: 'unknown' };
  const row = db.prepare('SELECT * FROM sessions WHERE id = ?').get(sessionIdOf(token)) as SessionRow | undefined;
  if (!row) return { ended: 'unknown' };
  if (row.end_reason !== null) return { ended: row.end_reason };
  const user = getUser(db, row.user_id);
  const reason = overBecause(row, user, now, policy);
  if (reason !== null || !user) {
    const why = reason ?? 'user_disabled';
    endSession(db, row.id, why, now);
    return { ended: why };
  }
  if (options.touch !== false && Date.parse(now) - Date.parse(row.last_seen_at) >= SESSION_TOUCH_EVERY_MS) {
    db.prepare('UPDATE sessions SET last_seen_at = ? WHERE id = ? AND ended_at IS NULL').run(now, row.id);
    row.last_seen_at = now;
  }
  return { session: toSession(row, policy), user };
}

/** Ends one session (sign-out, or the admin's forced logout of one connection). False when it was not open. */
export function endSession(db: Database.Database, sessionId: string, reason: SessionEndReason, now: string): boolean {
  return db.prepare('UPDATE sessions SET ended_at = ?, end_reason = ? WHERE id = ? AND ended_at IS NULL').run(now, reason, sessionId).changes > 0;
}

/** Ends every open session of a user, except `exceptSessionId` (the one changing its own password). Answers how many. */
export function endUserSessions(db: Database.Database, userId: string, reason: SessionEndReason, now: string, exceptSessionId?: string): number {
  return db
    .prepare('UPDATE sessions SET ended_at = ?, end_reason = ? WHERE user_id = ? AND ended_at IS NULL AND id IS NOT ?')
    .run(now, reason, userId, exceptSessionId ?? null).changes;
}

interface ActiveRow extends SessionRow {
  username: string;
  display_name: string;
  role: Role;
  department: string;
  disabled_at: string | null;
  locked_until: string | null;
}

/** Who is connected now: open sessions still within their limits, the most recently active first. */
export function listActiveSessions(db: Database.Database, now: string, policy: PasswordPolicy): ActiveSession[] {
  const rows = db
    .prepare(
      `SELECT s.*, u.username, u.display_name, u.role, u.department, u.disabled_at, u.locked_until
       FROM sessions s JOIN users u ON u.id = s.user_id
       WHERE s.ended_at IS NULL
       ORDER BY s.last_seen_at DESC, s.rowid DESC`,
    )
    .all() as ActiveRow[];
  return rows
    .filter((r) => overBecause(r, { disabledAt: r.disabled_at, lockedUntil: r.locked_until }, now, policy) === null)
    .map((r) => ({ ...toSession(r, policy), username: r.username, displayName: r.display_name, role: r.role, department: r.department }));
}

/** Ends the open sessions that are over (idle, expired, user disabled or locked), for a timer on the host. Answers how many. */
export function endStaleSessions(db: Database.Database, now: string, policy: PasswordPolicy): number {
  const rows = db.prepare('SELECT * FROM sessions WHERE ended_at IS NULL').all() as SessionRow[];
  let ended = 0;
  db.transaction(() => {
    for (const r of rows) {
      const reason = overBecause(r, getUser(db, r.user_id), now, policy);
      if (reason !== null && endSession(db, r.id, reason, now)) ended += 1;
    }
  })();
  return ended;
}
