import type Database from 'better-sqlite3';

// When each account last signed in, for 用户管理: the start of its latest session. Sessions are kept
// after they end (with their reason), so this needs no column of its own; an account whose sessions
// were never made has none.

/** user id → the ISO time of its latest sign-in. */
export function lastLogins(db: Database.Database): Map<string, string> {
  const rows = db.prepare('SELECT user_id, max(created_at) AS at FROM sessions GROUP BY user_id').all() as { user_id: string; at: string }[];
  return new Map(rows.map((r) => [r.user_id, r.at]));
}
