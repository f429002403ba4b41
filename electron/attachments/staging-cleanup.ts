import fs from 'node:fs';
import path from 'node:path';
import { partPath, stagedPath, stagingDir } from './storage-paths';

export const STAGED_MAX_AGE_MS = 24 * 60 * 60 * 1000;

/**
 * Removes staged uploads nobody added to an entry, and half-written ones left by a crash, once they
 * are older than a day. Call at start, before anything can be uploading. Returns how many were removed.
 */
export function cleanStaleStaging(dataDir: string, nowMs: number = Date.now(), maxAgeMs: number = STAGED_MAX_AGE_MS): number {
  const dir = stagingDir(dataDir);
  if (!fs.existsSync(dir)) return 0;
  let removed = 0;
  for (const entry of fs.readdirSync(dir)) {
    const file = path.join(dir, entry);
    try {
      const stat = fs.statSync(file);
      if (!stat.isFile() || nowMs - stat.mtimeMs < maxAgeMs) continue;
      fs.rmSync(file, { force: true });
      removed += 1;
    } catch {
      // Gone meanwhile, or locked by another program: try again next start.
    }
  }
  return removed;
}

/** The user cancelled after uploading. */
export function discardStaged(dataDir: string, stagedId: string): boolean {
  const file = stagedPath(dataDir, stagedId);
  const existed = fs.existsSync(file);
  fs.rmSync(file, { force: true });
  fs.rmSync(partPath(dataDir, stagedId), { force: true });
  return existed;
}
