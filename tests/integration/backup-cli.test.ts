import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/fazhi';
import { addEntries, damageStore, fillStore, storeFile } from '../helpers/backup-fixtures';
import { openTempApp, tempDir } from '../helpers/temp-app';

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('fazhi backup / fazhi check', () => {
  it('backup prints the path of a verified backup; check says the store is sound with exit code 0', async () => {
    const dir = tempDir();
    const app = openTempApp(dir);
    await addEntries(app, ['宪法宣传']);
    app.close();
    const made = await cli('backup', '--data', dir);
    expect(made.code).toBe(0);
    expect(path.dirname(made.out)).toBe(path.join(dir, 'backups'));
    expect(fs.existsSync(made.out)).toBe(true);
    expect(made.err).toContain('已备份并校验：1 条台账');

    const checked = await cli('check', '--data', dir);
    expect(checked.code).toBe(0);
    expect(checked.out).toContain('数据文件完好');
    expect(checked.out).toContain(made.out);
  });

  it('check exits non-zero on a damaged store with a Chinese message naming the kept copy and the backup; backup refuses it', async () => {
    const dir = tempDir();
    const app = openTempApp(dir);
    await addEntries(app, ['种子']);
    app.close();
    fillStore(storeFile(dir), 3000);
    const good = await cli('backup', '--data', dir);
    expect(good.code).toBe(0);
    damageStore(storeFile(dir));
    const bytes = fs.readFileSync(storeFile(dir));

    const checked = await cli('check', '--data', dir);
    expect(checked.code).not.toBe(0);
    expect(checked.err).toContain('数据文件已损坏');
    expect(checked.err).toContain(path.join(dir, 'damaged'));
    expect(checked.err).toContain(good.out);

    const refused = await cli('backup', '--data', dir);
    expect(refused.code).not.toBe(0);
    expect(refused.err).toContain('数据文件已损坏');
    expect(fs.readFileSync(storeFile(dir)).equals(bytes)).toBe(true);
  });

  it('check refuses a folder without a store', async () => {
    const r = await cli('check', '--data', tempDir());
    expect(r.code).not.toBe(0);
    expect(r.err).toContain('没有数据文件');
  });
});
