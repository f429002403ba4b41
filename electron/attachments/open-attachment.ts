import { AppError } from '../../shared/errors';
import type { AppContext } from '../app-context';
import { copyForViewing } from './attachment-paths';
import { mustGetAttachment } from './load-attachment';

/**
 * Opens the evidence with the system's program (WPS, the image viewer …). It opens a read-only copy
 * under the original name, so an edit made in that program cannot change the stored evidence.
 */
export async function openAttachment(ctx: AppContext, id: string): Promise<{ opened: true }> {
  const record = mustGetAttachment(ctx, id);
  if (!ctx.desktop) {
    throw new AppError('conflict', '浏览器模式下不能直接用本机程序打开，请点“下载”后再打开。');
  }
  const failure = await ctx.desktop.openPath(copyForViewing(ctx, id));
  if (failure) throw new AppError('conflict', `无法用本机程序打开“${record.originalName}”：${failure}`);
  return { opened: true };
}
