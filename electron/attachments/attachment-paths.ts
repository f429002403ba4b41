import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../../shared/errors';
import type { AppContext } from '../app-context';
import { mustGetAttachment } from './load-attachment';
import { blobPath } from './storage-paths';

/** The stored file of an attachment (named by its hash, without extension). */
export function attachmentPath(ctx: AppContext, id: string): string {
  const record = mustGetAttachment(ctx, id);
  const file = blobPath(ctx.dataDir, record.sha256);
  if (!fs.existsSync(file)) {
    throw new AppError('not_found', `“${record.originalName}”的文件不在数据文件夹中（可能被手工删除或移动），请重新添加。`);
  }
  return file;
}

/**
 * A read-only copy under its original name, for the system viewer: viewers choose the program by
 * extension, and a copy means an edit in Word or WPS can never change the evidence as stored.
 */
export function copyForViewing(ctx: AppContext, id: string, tempRoot: string = path.join(os.tmpdir(), 'fazhi-ledger-view')): string {
  const source = attachmentPath(ctx, id);
  const { originalName } = mustGetAttachment(ctx, id);
  const dir = path.join(tempRoot, id);
  fs.mkdirSync(dir, { recursive: true });
  const target = path.join(dir, originalName);
  if (fs.existsSync(target)) fs.chmodSync(target, 0o644);
  fs.copyFileSync(source, target);
  fs.chmodSync(target, 0o444);
  return target;
}
