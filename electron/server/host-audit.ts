import type Database from 'better-sqlite3';
import { recordAudit } from '../store/audit-store';

// The audit rows of signing in and out, which are not registry operations. Named like operations
// (auth.login, auth.logout, auth.password) so the 审计员 filters them the same way; the object is the
// account, as describeObject names it (用户名=…); a password is never written.

export type AuthEvent = 'auth.login' | 'auth.logout' | 'auth.password';

export interface AuthAuditRow {
  event: AuthEvent;
  /** '' when the attempt named no existing account. */
  userId: string;
  username: string;
  ip: string;
  success: boolean;
  /** On failure: the kind in words and the message (failureDetail), as the registry writes its refusals. */
  detail?: string;
}

export function recordAuthEvent(db: Database.Database, at: string, row: AuthAuditRow): void {
  // A read-only store keeps no log, as for operations (electron/auth/audit-call.ts).
  if (db.readonly) return;
  recordAudit(db, {
    at,
    userId: row.userId,
    username: row.username,
    ip: row.ip,
    operation: row.event,
    object: row.username ? `用户名=${row.username}` : '',
    success: row.success,
    detail: row.detail ?? '',
  });
}
