import { stagedPath } from '../attachments/storage-paths';
import { discardStaged } from '../attachments/staging-cleanup';
import type { AppContext } from '../app-context';
import { AppError } from '../../shared/errors';
import { refuseLockedDates } from '../auth/year-lock';
import { commitImport } from '../spreadsheet/commit-import';
import { writeNewFile } from '../files/write-new-file';
import { newExportPath } from '../spreadsheet/export-files';
import { forgetSheets, sheetsOf } from '../spreadsheet/workbook-cache';
import type { ImportPlan } from '../spreadsheet/plan-import';
import { planImport } from '../spreadsheet/plan-import';
import { rememberMapping } from '../store/import-mapping-store';
import { ledgerXlsx } from '../spreadsheet/write-ledger-xlsx';
import { listActivities } from '../store/activity-store';
import type { ParsedInputOf } from '../../shared/contract/operations';
import { historyOperator, newEntryReview } from './entry-authorship';
import type { HandlerGroup } from './handler-types';
import fs from 'node:fs';

function stagedFile(ctx: AppContext, stagedId: string, fileName: string): string {
  const file = stagedPath(ctx.dataDir, stagedId);
  if (!fs.existsSync(file)) throw new AppError('not_found', `找不到上传的“${fileName}”，可能已经导入过或已过期，请重新选择文件。`);
  return file;
}

/** Every entry the list filters select, in date order, for export. */
export function entriesForExport(ctx: AppContext, filters: ParsedInputOf<'ledger.export'>) {
  return listActivities(ctx.db, { ...filters, deleted: 'exclude', sort: filters.sort ?? 'date_asc', limit: Number.MAX_SAFE_INTEGER, offset: 0 }).items;
}

async function planFor(ctx: AppContext, input: ParsedInputOf<'ledger.import.preview'>): Promise<ImportPlan> {
  const { stagedId, fileName } = input;
  return planImport(ctx.db, fileName, await sheetsOf(stagedId, stagedFile(ctx, stagedId, fileName), fileName), input);
}

export const ledgerIoHandlers: HandlerGroup<'ledger.import.preview' | 'ledger.import.commit' | 'ledger.export'> = {
  'ledger.import.preview': async (ctx, input) => (await planFor(ctx, input)).preview,

  'ledger.import.commit': async (ctx, input) => {
    const plan = await planFor(ctx, input);
    if (plan.preview.mappingProblem) throw new AppError('invalid_input', plan.preview.mappingProblem);
    // Before the backup: a row dated in a locked year refuses the whole import (commitImport checks again inside).
    refuseLockedDates(ctx.db, plan.ready.map((r) => r.input.date));
    // A verified backup first, so a wrong import can be undone from 备份与恢复; no backup, no import.
    if (plan.ready.length > 0) await ctx.backupBeforeChange('导入前');
    const now = ctx.now();
    const result = commitImport(ctx.db, plan, now, newEntryReview(ctx.caller), historyOperator(ctx.caller));
    // The next sheet of this layout maps itself as this one was mapped.
    rememberMapping(ctx.db, plan.layout.signature, plan.layout.columns, plan.layout.sheetCategoryId, now);
    discardStaged(ctx.dataDir, input.stagedId);
    forgetSheets(input.stagedId);
    return result;
  },

  'ledger.export': async (ctx, filters) => {
    const entries = entriesForExport(ctx, filters);
    const { exportId, file } = newExportPath(ctx.dataDir);
    await writeNewFile(file, await ledgerXlsx(entries));
    const year = filters.year ? `${filters.year}年` : '';
    return { exportId, fileName: `法治台账${year}导出.xlsx`, rows: entries.length };
  },
};
