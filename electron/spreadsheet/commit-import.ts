import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { Activity } from '../../shared/domain/activity';
import { activitySnapshot } from '../../shared/domain/history';
import type { ImportResult } from '../../shared/domain/ledger-io';
import { refuseLockedDates } from '../auth/year-lock';
import { fieldsFromInput } from '../store/activity-fields';
import type { NewEntryReview } from '../store/activity-store';
import { LOCAL_ENTRY_REVIEW, insertActivity } from '../store/activity-store';
import { listCategories } from '../store/category-store';
import { recordHistory } from '../store/history-store';
import { getUnit } from '../store/unit-store';
import { recordImportBatch } from '../store/import-batch-store';
import type { ImportPlan } from './plan-import';

/**
 * All ready rows in one transaction, each with its 'import' history row, as one batch the user can
 * undo: all or nothing (so one row dated in a locked year refuses the import). Rows start in review
 * as `review` says: a signed-in user's are their 草稿, the machine's own user's 已审核. The history
 * snapshot is built from the validated fields rather than read back row by row: a 10,000-row sheet
 * would otherwise cost 10,000 extra reads.
 */
export function commitImport(db: Database.Database, plan: ImportPlan, now: string, review: NewEntryReview = LOCAL_ENTRY_REVIEW, operator = getUnit(db).operatorName): ImportResult {
  refuseLockedDates(db, plan.ready.map((r) => r.input.date));
  const categoryName = new Map(listCategories(db).map((c) => [c.id, c.name]));
  const batchId = plan.ready.length ? randomUUID() : null;
  db.transaction(() => {
    const ids: string[] = [];
    for (const r of plan.ready) {
      const id = r.id ?? randomUUID();
      ids.push(id);
      const fields = fieldsFromInput(r.input);
      insertActivity(db, id, fields, now, review);
      const entry: Activity = {
        ...fields,
        id,
        categoryName: categoryName.get(fields.categoryId) ?? '',
        origin: '',
        authorName: review.authorName,
        reviewStatus: review.reviewStatus,
        reviewNote: '',
        reviewedBy: '',
        reviewedAt: null,
        submittedAt: null,
        createdAt: now,
        updatedAt: now,
        deletedAt: null,
      };
      recordHistory(db, {
        activityId: id,
        action: 'import',
        at: now,
        operator,
        title: entry.title,
        changes: activitySnapshot(entry),
        note: `从“${plan.preview.fileName}”第${r.row}行导入`,
      });
    }
    if (batchId) recordImportBatch(db, { id: batchId, fileName: plan.preview.fileName, sheetName: plan.preview.sheetName, importedAt: now, operator }, ids);
  })();
  return {
    added: plan.ready.length,
    duplicates: plan.preview.duplicates.length,
    skippedErrors: plan.preview.errors.length + plan.preview.needsCategory,
    batchId,
  };
}
