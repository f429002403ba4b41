import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupsDir } from '../../electron/backup/backup-paths';
import { listBackups } from '../../electron/backup/list-backups';
import { runCli } from '../../electron/cli/fazhi';
import { addEntries, fillStore, storeFile } from '../helpers/backup-fixtures';
import { runAndKillMidway } from '../helpers/kill-midway';
import { openTempApp, tempDir } from '../helpers/temp-app';

// Needs the built CLI (npm run build). `fazhi backup` on a large store is killed while its backup is
// being written or verified (its hidden temp file exists). No half-written backup may then be
// listed, the store itself must be untouched and sound, and the next backup must work.

const ROWS = 40_000;

async function largeStore(): Promise<string> {
  const dataDir = tempDir();
  const app = openTempApp(dataDir);
  await addEntries(app, ['种子条目']);
  app.close();
  fillStore(storeFile(dataDir), ROWS);
  return dataDir;
}

function tempBackupExists(dataDir: string): boolean {
  const dir = backupsDir(dataDir);
  return fs.existsSync(dir) && fs.readdirSync(dir).some((n) => n.endsWith('.tmp'));
}

describe('crash during a backup', () => {
  it('killed mid-backup, no half-written backup is listed, the store is intact, and the next backup succeeds', async () => {
    const dataDir = await largeStore();
    let midway = 0;
    for (let attempt = 0; attempt < 4 && midway === 0; attempt++) {
      const before = listBackups(backupsDir(dataDir)).length;
      const outcome = await runAndKillMidway(['backup', '--data', dataDir], () => tempBackupExists(dataDir));
      const listed = listBackups(backupsDir(dataDir));
      // Whatever is listed is whole: it opens and passes the full check.
      for (const b of listed) {
        expect(b.verified).toBe(true);
        const copy = new Database(b.path, { readonly: true });
        expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(copy.prepare('SELECT count(*) FROM activities').pluck().get()).toBe(ROWS + 1);
        copy.close();
      }
      if (outcome.killedMidway && listed.length === before) midway += 1;
      else expect(outcome.exitCode).toBe(0);
    }
    expect(midway).toBeGreaterThan(0);

    const db = new Database(path.join(dataDir, 'fazhi.db'));
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.prepare('SELECT count(*) FROM activities').pluck().get()).toBe(ROWS + 1);
    db.close();

    const out: string[] = [];
    expect(await runCli(['backup', '--data', dataDir], { out: (l) => out.push(l), err: () => undefined })).toBe(0);
    expect(listBackups(backupsDir(dataDir)).map((b) => b.path)).toContain(out[0]);
  }, 600_000);
});
