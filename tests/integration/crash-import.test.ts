import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupsDir } from '../../electron/backup/backup-paths';
import { listBackups } from '../../electron/backup/list-backups';
import { openApp } from '../../electron/open-app';
import { runAndKillMidway } from '../helpers/kill-midway';
import { inDir, writeCsv } from '../helpers/ledger-files';
import { tempDir } from '../helpers/temp-app';

// Needs the built CLI (npm run build). A spreadsheet of ROWS entries is imported by `fazhi import`;
// the process is killed while its one transaction is being written (its WAL growing after the
// 导入前 backup). After a restart the store must be sound and hold none of the import, or all of it.

const ROWS = 20_000;
const WAL_GROWING = 1024 * 1024;

function bigSheet(): string {
  const rows = [['日期', '类别', '事项标题', '内容摘要', '承办科室', '地点']];
  for (let i = 0; i < ROWS; i++) rows.push([`2024-${String((i % 12) + 1).padStart(2, '0')}-15`, '普法', `批量导入第${i}条`, `开展宪法宣传，第${i}场，${'发放宣传材料'.repeat(8)}`, '法规科', '广场']);
  return writeCsv(inDir(tempDir(), '大台账.csv'), rows);
}

function storeFacts(dataDir: string): { integrity: unknown; entries: number; importHistory: number } {
  const db = new Database(path.join(dataDir, 'fazhi.db'));
  try {
    return {
      integrity: db.pragma('integrity_check', { simple: true }),
      entries: db.prepare('SELECT count(*) FROM activities').pluck().get() as number,
      importHistory: db.prepare("SELECT count(*) FROM activity_history WHERE action = 'import'").pluck().get() as number,
    };
  } finally {
    db.close();
  }
}

describe('crash during a large import', () => {
  it('killed mid-import, the store passes integrity_check and holds all or none of the import', async () => {
    const sheet = bigSheet();
    let midway = 0;
    for (let attempt = 0; attempt < 4 && midway === 0; attempt++) {
      const dataDir = tempDir();
      openApp({ dataDir, shell: 'cli' }).close();
      const wal = path.join(dataDir, 'fazhi.db-wal');
      const outcome = await runAndKillMidway(['import', sheet, '--data', dataDir], () => {
        const startedWriting = listBackups(backupsDir(dataDir)).some((b) => b.reason === '导入前');
        return startedWriting && fs.existsSync(wal) && fs.statSync(wal).size > WAL_GROWING;
      });
      const facts = storeFacts(dataDir);
      expect(facts.integrity).toBe('ok');
      expect([0, ROWS]).toContain(facts.entries);
      expect(facts.importHistory).toBe(facts.entries);
      if (outcome.killedMidway) {
        midway += 1;
        // The transaction had not committed: nothing of it is there, and the app opens normally.
        expect(facts.entries).toBe(0);
        const app = openApp({ dataDir, shell: 'cli' });
        expect(app.ctx.db.prepare('SELECT count(*) FROM activities').pluck().get()).toBe(0);
        app.close();
      } else {
        expect(outcome.exitCode).toBe(0);
        expect(facts.entries).toBe(ROWS);
      }
    }
    expect(midway).toBeGreaterThan(0);
  }, 600_000);
});
