import { discardStaged } from '../attachments/staging-cleanup';
import { newExportPath } from '../spreadsheet/export-files';
import { listConflicts, resolveConflict } from '../package/merge-conflicts';
import { mergePackage, replaceFromPackage, stagedPackageFile, summarize, withPackage } from '../package/package-import';
import { writePackage } from '../package/write-package';
import type { HandlerGroup } from './handler-types';
import { localToday } from './local-today';
import { requireConfirmation } from './require-confirmation';

type PackageOps = 'package.export' | 'package.inspect' | 'package.import' | 'package.discard' | 'package.conflicts.list' | 'package.conflicts.resolve' | 'package.origins';

function packageFileName(unitName: string, now: string): string {
  const day = localToday(now).replaceAll('-', '');
  const unit = unitName.replace(/[\\/:*?"<>|\s]+/g, '').slice(0, 40);
  return `法治台账数据包${unit ? `-${unit}` : ''}-${day}.zip`;
}

export const packageHandlers: HandlerGroup<PackageOps> = {
  'package.export': async (ctx) => {
    const { exportId, file } = newExportPath(ctx.dataDir, 'zip');
    const made = await writePackage(ctx, file);
    return { exportId, fileName: packageFileName(made.unitName, ctx.now()), entries: made.entries, files: made.files, missingFiles: made.missingFiles };
  },

  'package.inspect': async (ctx, { stagedId, fileName }) =>
    withPackage(ctx, stagedPackageFile(ctx, stagedId, fileName), fileName, (p) => summarize(ctx, stagedId, p)),

  'package.import': async (ctx, { stagedId, fileName, mode, confirm }) => {
    if (mode === 'replace') {
      requireConfirmation('package.import', confirm, '替换会用数据包中的数据换掉本机现有的全部台账、佐证材料记录、单位信息和年报草稿（替换前会先自动备份）');
    }
    const file = stagedPackageFile(ctx, stagedId, fileName);
    const result =
      mode === 'replace' ? await replaceFromPackage(ctx, file, fileName) : await withPackage(ctx, file, fileName, (p) => mergePackage(ctx, p, fileName));
    discardStaged(ctx.dataDir, stagedId);
    return result;
  },

  'package.discard': (ctx, { stagedId }) => ({ discarded: discardStaged(ctx.dataDir, stagedId) }),

  'package.conflicts.list': (ctx) => listConflicts(ctx.db),

  'package.conflicts.resolve': (ctx, { id, keep }) => ({ remaining: resolveConflict(ctx.db, id, keep, ctx.now()) }),

  'package.origins': (ctx) =>
    ctx.db.prepare("SELECT DISTINCT origin FROM activities WHERE deleted_at IS NULL AND origin <> '' ORDER BY origin").pluck().all() as string[],
};
