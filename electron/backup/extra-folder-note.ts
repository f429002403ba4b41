import fs from 'node:fs';
import path from 'node:path';
import { extraBackupsDir } from './copy-to-extra-folder';
import { listBackups, type ListedBackup } from './list-backups';
import { fsyncDir, fsyncFile } from './sync-files';

// The extra backup folder (U 盘, share) is a setting inside the store. When the store is damaged it
// cannot be read, and the recovery screen would not know where the other copies are. So the folder
// is also noted in a small file beside the store, rewritten whenever the setting is saved and after
// every backup (so a store set up before this note existed gets one with its next backup).

const NOTE = 'backup-extra-folder.json';

function notePath(dataDir: string): string {
  return path.join(dataDir, NOTE);
}

/** Writes (or, for '', removes) the note; through a temp file, so a crash never leaves half of it. */
export function writeExtraFolderNote(dataDir: string, extraFolder: string): void {
  const file = notePath(dataDir);
  if (!extraFolder) {
    fs.rmSync(file, { force: true });
    return;
  }
  const tmp = `${file}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify({ extraFolder }), 'utf8');
  fsyncFile(tmp);
  fs.renameSync(tmp, file);
  fsyncDir(dataDir);
}

/** The noted folder, or undefined when there is none or the note cannot be read. */
export function readExtraFolderNote(dataDir: string): string | undefined {
  try {
    const value = (JSON.parse(fs.readFileSync(notePath(dataDir), 'utf8')) as { extraFolder?: unknown }).extraFolder;
    return typeof value === 'string' && value ? value : undefined;
  } catch {
    return undefined;
  }
}

/** The backups in the noted extra folder (none when it is not set or not reachable), newest first. */
export function listNotedExtraBackups(dataDir: string): ListedBackup[] {
  const folder = readExtraFolderNote(dataDir);
  return folder ? listBackups(extraBackupsDir(folder)) : [];
}
