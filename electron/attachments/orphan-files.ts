import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { allBlobHashes, conflictFileHashes, deleteUnreferencedBlobs } from '../store/attachment-store';
import { removeBlobFilesSync } from './blob-files';
import { attachmentsDir, thumbnailsDir } from './storage-paths';

const SHA256 = /^[0-9a-f]{64}$/;

/**
 * Removes what a crash or a purge can leave behind: blobs no attachment references, stored files
 * with no blob row (a crash between moving the file and committing), and their thumbnails. A file a
 * waiting conflict names has no row yet and stays (采用导入 needs it); once the conflict is settled
 * with 保留本机 and nothing else names it, this is what removes it. Call at start, before anything
 * can be adding files. Returns how many files were removed.
 */
export function removeOrphanFiles(db: Database.Database, dataDir: string): number {
  for (const sha of deleteUnreferencedBlobs(db)) removeBlobFilesSync(dataDir, sha);
  const known = allBlobHashes(db);
  for (const sha of conflictFileHashes(db)) known.add(sha);
  let removed = 0;
  const root = attachmentsDir(dataDir);
  const fanOut = fs.existsSync(root) ? fs.readdirSync(root).filter((d) => /^[0-9a-f]{2}$/.test(d)) : [];
  for (const dir of fanOut) {
    for (const name of fs.readdirSync(path.join(root, dir))) {
      if (SHA256.test(name) && !known.has(name)) {
        removeBlobFilesSync(dataDir, name);
        removed += 1;
      }
    }
  }
  const thumbs = thumbnailsDir(dataDir);
  for (const name of fs.existsSync(thumbs) ? fs.readdirSync(thumbs) : []) {
    const sha = name.replace(/\.jpg$/, '');
    const leftoverTemp = name.endsWith('.tmp');
    if (leftoverTemp || (SHA256.test(sha) && !known.has(sha))) {
      fs.rmSync(path.join(thumbs, name), { force: true });
      removed += 1;
    }
  }
  return removed;
}
