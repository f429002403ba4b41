import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../../shared/errors';
import type { AppContext } from '../app-context';
import { admittedStoredFile } from './file-intake';
import { mustGetAttachment } from './load-attachment';
import { notOpenable, OPENABLE_GROUPS, unsafeStoredFile } from './openable-types';
import { shownName } from './safe-file-name';
import { blobPath } from './storage-paths';

/** The stored file of an attachment (named by its hash, without extension). */
export function attachmentPath(ctx: AppContext, id: string): string {
  const record = mustGetAttachment(ctx, id);
  const file = blobPath(ctx.dataDir, record.sha256);
  if (!fs.existsSync(file)) {
    throw new AppError('not_found', `“${shownName(record.originalName)}”的文件不在数据文件夹中（可能被手工删除或移动），请重新添加。`);
  }
  return file;
}

/** Where copies for the system viewer go: one folder per attachment, named by us. */
export const VIEWER_ROOT = path.join(os.tmpdir(), 'fazhi-ledger-view');

/**
 * A read-only copy for the system viewer, which chooses the program by extension; a copy means an
 * edit in Word or WPS can never change the evidence as stored. The folder is named from the
 * attachment's id by hash and the file by the intake's cleaned name (never the stored text as it
 * stands), and the result must sit exactly one folder below `viewerRoot`. A file that would not pass
 * the intake today (a program, a script, bytes that contradict its name: rows stored before the intake
 * existed) is refused before anything is written.
 */
export function copyForViewing(ctx: AppContext, id: string, viewerRoot: string = VIEWER_ROOT): string {
  const record = mustGetAttachment(ctx, id);
  const source = attachmentPath(ctx, id);
  const admitted = admittedStoredFile(record.originalName, source);
  if (!admitted) throw unsafeStoredFile(record.originalName);
  if (!OPENABLE_GROUPS.has(admitted.type.group)) throw notOpenable(record.originalName);
  const root = path.resolve(viewerRoot);
  const dir = path.join(root, createHash('sha256').update(record.id).digest('hex').slice(0, 32));
  const target = path.join(dir, admitted.name);
  if (path.dirname(target) !== dir) throw unsafeStoredFile(record.originalName);
  fs.mkdirSync(dir, { recursive: true });
  if (fs.existsSync(target)) fs.chmodSync(target, 0o644);
  fs.copyFileSync(source, target);
  fs.chmodSync(target, 0o444);
  return target;
}
