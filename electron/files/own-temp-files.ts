import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

// A report or export is written to a hidden temp file next to its target and linked into place.
// A process killed in between (Ctrl+C, a power cut, the task manager) cannot remove that file, and
// it would stay in the user's folder for ever. So the temp name carries a mark that is ours alone,
// and the next write into the same folder removes our temps that nobody is still writing.

/** `.报告.docx.fazhi-3f2a…(12 hex).tmp`. */
const OWN_TEMP = /^\..+\.fazhi-[0-9a-f]{12}\.tmp$/;
/** What versions before the mark wrote (`.报告.docx.3f2a….tmp`): 12 hex digits made by us too. */
const EARLIER_TEMP = /^\..+\.[0-9a-f]{12}\.tmp$/;

/**
 * A temp file still being written is touched with every chunk; one untouched this long belongs to
 * a write that was killed. Long enough for a slow USB stick or network folder to stall for a while.
 */
export const STALE_TEMP_MS = 15 * 60 * 1000;

export function tempPathNextTo(outPath: string): string {
  return path.join(path.dirname(outPath), `.${path.basename(outPath)}.fazhi-${randomBytes(6).toString('hex')}.tmp`);
}

export function isOwnTempName(name: string): boolean {
  return OWN_TEMP.test(name) || EARLIER_TEMP.test(name);
}

/**
 * Removes our stale temp files from a folder; returns how many. Never throws: a folder that cannot
 * be read or a file that cannot be removed must not stop the write that asked.
 */
export async function cleanOwnTemps(folder: string, nowMs = Date.now()): Promise<number> {
  let names: string[];
  try {
    names = await fs.readdir(folder);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names.filter(isOwnTempName)) {
    const file = path.join(folder, name);
    try {
      const stat = await fs.lstat(file);
      if (!stat.isFile() || nowMs - stat.mtimeMs < STALE_TEMP_MS) continue;
      await fs.rm(file, { force: true });
      removed += 1;
    } catch {
      // Gone meanwhile, or not ours to remove: leave it.
    }
  }
  return removed;
}
