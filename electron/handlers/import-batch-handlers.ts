import { getImportBatch, listImportBatches, undoImportBatch } from '../store/import-batch-store';
import { getUnit } from '../store/unit-store';
import type { HandlerGroup } from './handler-types';

// Undoing an import only moves entries to the trash, which is reversible, so it takes no typed
// confirmation. It may move thousands at once, though, and the trash gives them back one at a time:
// a verified backup first ('撤销导入前') makes undoing the wrong batch quick to reverse as well.

export const importBatchHandlers: HandlerGroup<'ledger.import.batches' | 'ledger.import.undo'> = {
  'ledger.import.batches': (ctx) => listImportBatches(ctx.db),

  'ledger.import.undo': async (ctx, { batchId }) => {
    const batch = getImportBatch(ctx.db, batchId);
    // An unknown or already undone batch is refused inside undoImportBatch; nothing to protect then.
    if (batch && !batch.undoneAt && batch.remaining > 0) await ctx.backupBeforeChange('撤销导入前');
    return undoImportBatch(ctx.db, batchId, ctx.now(), getUnit(ctx.db).operatorName);
  },
};
