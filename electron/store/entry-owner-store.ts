import type Database from 'better-sqlite3';
import { cachedStatement } from './statement-cache';

// Which 科室 an entry belongs to, for the authorization boundary (electron/auth/object-access.ts):
// the entries an input names directly, through an attachment, or through an import batch. Trashed
// entries count too (they can be restored). Ids that name nothing are simply absent: the handler
// then answers 找不到 as it always has.

/** Each existing entry's department, by id. */
export function entryDepartments(db: Database.Database, ids: readonly string[]): Map<string, string> {
  const statement = cachedStatement(db, 'SELECT department FROM activities WHERE id = ?');
  const found = new Map<string, string>();
  for (const id of new Set(ids)) {
    const row = statement.get(id) as { department: string } | undefined;
    if (row) found.set(id, row.department);
  }
  return found;
}

/** The entries the attachments belong to. */
export function attachmentEntryIds(db: Database.Database, attachmentIds: readonly string[]): string[] {
  const statement = cachedStatement(db, 'SELECT activity_id FROM attachments WHERE id = ?');
  return [...new Set(attachmentIds)].flatMap((id) => {
    const row = statement.get(id) as { activity_id: string } | undefined;
    return row ? [row.activity_id] : [];
  });
}

/** The entries an import batch brought in. */
export function batchEntryIds(db: Database.Database, batchId: string): string[] {
  return cachedStatement(db, 'SELECT id FROM activities WHERE import_batch_id = ?').pluck().all(batchId) as string[];
}
