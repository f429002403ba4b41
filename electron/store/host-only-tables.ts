import Database from 'better-sqlite3';

// Tables that belong to this host, not to the unit's 台账: accounts, their password hashes and
// sessions. A data package goes to another unit on a USB stick, so it must carry none of them, and
// replacing this machine's data from a package (which may come from anywhere) must not bring in
// accounts (an administrator with a password the sender knows) or drop this host's own. Backups
// are this host's own copy and keep them.
export const HOST_ONLY_TABLES: readonly string[] = ['sessions', 'password_history', 'users'];

/**
 * Empties the host-only tables of a store file that is about to leave the machine (a package's
 * snapshot). secure_delete and VACUUM, so the hashes are not left behind in free pages.
 */
export function removeHostOnlyRows(file: string): void {
  const db = new Database(file);
  try {
    db.pragma('secure_delete = ON');
    const present = new Set(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[]);
    let removed = 0;
    db.transaction(() => {
      for (const table of HOST_ONLY_TABLES) if (present.has(table)) removed += db.prepare(`DELETE FROM "${table}"`).run().changes;
    })();
    if (removed > 0) db.exec('VACUUM');
  } finally {
    db.close();
  }
}
