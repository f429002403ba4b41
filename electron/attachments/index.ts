// What the desktop shell and the CLI use directly (the rest goes through the registry).
import type { AppContext } from '../app-context';
import { removeOrphanFiles } from './orphan-files';
import { cleanStaleStaging } from './staging-cleanup';

export { attachmentPath, copyForViewing } from './attachment-paths';
export { removeOrphanFiles } from './orphan-files';
export { stageFile, stageUpload } from './stage-upload';
export { cleanStaleStaging, discardStaged } from './staging-cleanup';

/** At start, before any window or server is up: stale staged uploads and orphaned files go. */
export function cleanAttachmentsAtStart(ctx: AppContext): { staged: number; orphans: number } {
  return { staged: cleanStaleStaging(ctx.dataDir), orphans: removeOrphanFiles(ctx.db, ctx.dataDir) };
}
