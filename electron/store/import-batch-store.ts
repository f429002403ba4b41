import type Database from 'better-sqlite3';
import type { ImportBatch, ImportBatchUndo } from '../../shared/domain/ledger-io';
import { AppError } from '../../shared/errors';
import { setDeletedAt } from './activity-store';
import { recordHistory } from './history-store';

// A spreadsheet import is one batch the user can undo as a whole. Undoing moves the batch's entries
// to the trash exactly as deleting one does (deleted_at, a 'delete' history row; the search index
// follows by trigger), so each can be restored from there like any other deleted entry, and a
// restored entry is simply an entry again: the batch stays undone.

interface BatchRow {
  id: string;
  file_name: string;
  sheet_name: string;
  imported_at: string;
  operator: string;
  added: number;
  undone_at: string | null;
  remaining: number;
}

export interface NewImportBatch {
  id: string;
  fileName: string;
  sheetName: string;
  importedAt: string;
  operator: string;
}

const SELECT = `
  SELECT b.*, (SELECT count(*) FROM activities a WHERE a.import_batch_id = b.id AND a.deleted_at IS NULL) AS remaining
  FROM import_batches b`;

function toBatch(r: BatchRow): ImportBatch {
  return {
    id: r.id,
    fileName: r.file_name,
    sheetName: r.sheet_name,
    importedAt: r.imported_at,
    operator: r.operator,
    added: r.added,
    remaining: r.remaining,
    undoneAt: r.undone_at,
  };
}

/**
 * Records the batch and marks its entries (already inserted) as brought by it. Meant to be called
 * inside the import's own transaction (it nests as a savepoint), so the entries and their batch are
 * written together or not at all. One statement for all ids: an import of 10,000 rows stays quick.
 * Every id must be an existing entry, each once: a batch that counts entries it does not hold would
 * show the wrong number for undoing, so that is refused as the bug it is.
 */
export function recordImportBatch(db: Database.Database, batch: NewImportBatch, activityIds: readonly string[]): void {
  db.transaction(() => {
    db.prepare('INSERT INTO import_batches (id, file_name, sheet_name, imported_at, operator, added) VALUES (?, ?, ?, ?, ?, ?)').run(
      batch.id,
      batch.fileName,
      batch.sheetName,
      batch.importedAt,
      batch.operator,
      activityIds.length,
    );
    const marked = db
      .prepare('UPDATE activities SET import_batch_id = ? WHERE id IN (SELECT value FROM json_each(?))')
      .run(batch.id, JSON.stringify(activityIds)).changes;
    if (marked !== activityIds.length) {
      throw new Error(`导入批次 ${batch.id}：${activityIds.length} 个编号中只有 ${marked} 条记录（编号重复或记录不存在）`);
    }
  })();
}

/** Newest first; two imports in the same millisecond keep the order they were made in. */
export function listImportBatches(db: Database.Database): ImportBatch[] {
  return (db.prepare(`${SELECT} ORDER BY b.imported_at DESC, b.rowid DESC`).all() as BatchRow[]).map(toBatch);
}

export function getImportBatch(db: Database.Database, batchId: string): ImportBatch | undefined {
  const row = db.prepare(`${SELECT} WHERE b.id = ?`).get(batchId) as BatchRow | undefined;
  return row && toBatch(row);
}

/**
 * Moves every entry of the batch still in the ledger to the trash and marks the batch undone, in one
 * transaction. Entries the user already deleted stay as they are (no second 'delete' row).
 */
export function undoImportBatch(db: Database.Database, batchId: string, now: string, operator: string): ImportBatchUndo {
  return db.transaction(() => {
    const batch = getImportBatch(db, batchId);
    if (!batch) throw new AppError('not_found', '找不到这次导入，可能已被撤销或数据已恢复到更早的备份。');
    if (batch.undoneAt) {
      throw new AppError('conflict', `这次导入（“${batch.fileName}”）已经撤销过，其中的记录已移入回收站，没有再移动任何记录。如需找回，请到回收站中恢复。`);
    }
    const live = db.prepare('SELECT id, title FROM activities WHERE import_batch_id = ? AND deleted_at IS NULL ORDER BY rowid').all(batchId) as { id: string; title: string }[];
    const note = `撤销导入“${batch.fileName}”`;
    for (const entry of live) {
      setDeletedAt(db, entry.id, now, now);
      recordHistory(db, { activityId: entry.id, action: 'delete', at: now, title: entry.title, operator, note });
    }
    db.prepare('UPDATE import_batches SET undone_at = ? WHERE id = ?').run(now, batchId);
    return { moved: live.length };
  })();
}
