import path from 'node:path';
import { AppError } from '../../shared/errors';
import type { AppContext } from '../app-context';
import { copyForViewing } from './attachment-paths';
import { mustGetAttachment } from './load-attachment';

/**
 * Opens the evidence with the system's program (WPS, the image viewer …). It opens a read-only copy
 * under the cleaned name (see copyForViewing), so an edit made in that program cannot change the
 * stored evidence, and only types on the opener's allow-list are ever handed over.
 */
export async function openAttachment(ctx: AppContext, id: string): Promise<{ opened: true }> {
  mustGetAttachment(ctx, id); // not_found before the desktop check, as for every other caller
  if (!ctx.desktop) {
    throw new AppError('conflict', '浏览器模式下不能直接用本机程序打开，请点“下载”后再打开。');
  }
  const copy = copyForViewing(ctx, id);
  const failure = await ctx.desktop.openPath(copy);
  if (failure) throw new AppError('conflict', `无法用本机程序打开“${path.basename(copy)}”：${failure}`);
  return { opened: true };
}
