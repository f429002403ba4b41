import { describe, expect, it } from 'vitest';
import { stageFile } from '../../electron/attachments/stage-upload';
import type { OpenApp } from '../../electron/open-app';
import { addEntries } from '../helpers/backup-fixtures';
import { inDir, writeCsv } from '../helpers/ledger-files';
import { openTempApp, tempDir } from '../helpers/temp-app';

// An import takes a backup first, so it can be undone. When the import then fails (a full disk
// inside its transaction, a constraint), the user tries again: each attempt must not add another
// backup of the very same data, which on a full disk takes the last space there is.

async function stagedCsv(app: OpenApp, title: string): Promise<string> {
  const file = writeCsv(inDir(tempDir(), '台账.csv'), [
    ['日期', '类别', '事项标题'],
    ['2024-04-15', '普法', title],
  ]);
  return (await stageFile(app.ctx.dataDir, file)).stagedId;
}

async function backupReasons(app: OpenApp): Promise<string[]> {
  return (await app.registry.call('backup.list', {})).backups.map((b) => b.reason);
}

describe('the backup before an import', () => {
  it('is taken once for an import that fails and is retried; a later import of changed data gets its own', async () => {
    const app = openTempApp();
    await addEntries(app, ['宪法宣传']);
    const stagedId = await stagedCsv(app, '集体学法');
    // The import fails after its backup, inside its transaction, as a full disk there would.
    app.ctx.db.exec("CREATE TEMP TRIGGER refuse_import BEFORE INSERT ON activities BEGIN SELECT RAISE(ABORT, 'refused for the test'); END");
    for (let attempt = 0; attempt < 3; attempt++) {
      const answer = await app.registry.invoke('ledger.import.commit', { stagedId, fileName: '台账.csv' });
      expect(answer.ok).toBe(false);
    }
    expect(await backupReasons(app)).toEqual(['导入前']);

    app.ctx.db.exec('DROP TRIGGER refuse_import');
    expect(await app.registry.call('ledger.import.commit', { stagedId, fileName: '台账.csv' })).toMatchObject({ added: 1 });
    expect(await backupReasons(app)).toEqual(['导入前']);

    // The data changed since that backup: the next import is backed up anew.
    await app.registry.call('ledger.import.commit', { stagedId: await stagedCsv(app, '法治讲座'), fileName: '台账.csv' });
    expect(await backupReasons(app)).toEqual(['导入前', '导入前']);
  });

  it('is not reused across reasons: a merge after a failed import still gets its own', async () => {
    const app = openTempApp();
    await addEntries(app, ['宪法宣传']);
    await app.ctx.backupBeforeChange('导入前');
    await app.ctx.backupBeforeChange('导入前');
    await app.ctx.backupBeforeChange('合并前');
    expect((await backupReasons(app)).sort()).toEqual(['合并前', '导入前']);
  });
});
