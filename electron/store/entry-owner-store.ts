import type Database from 'better-sqlite3';
import { cachedStatement } from './statement-cache';

// Whose an entry is, for the authorization boundary (electron/auth/object-access.ts): its 科室 and
// its 录入人, for the entries an input names directly, through an attachment, or through an import
// batch. Trashed entries count too (they can be restored). Ids that name nothing are simply absent:
// the handler then answers 找不到 as it always has.

export interface EntryOwner {
  department: string;
  /** The 录入人's account id; '' for entries written on the machine itself or merged and not yet assigned. */
  authorId: string;
}

/** Each existing entry's 科室 and 录入人, by id. */
export function entryOwners(db: Database.Database, ids: readonly string[]): Map<string, EntryOwner> {
  const statement = cachedStatement(db, 'SELECT department, author_id FROM activities WHERE id = ?');
  const found = new Map<string, EntryOwner>();
  for (const id of new Set(ids)) {
    const row = statement.get(id) as { department: string; author_id: string } | undefined;
    if (row) found.set(id, { department: row.department, authorId: row.author_id });
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
