import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/fazhi';
import { openApp } from '../../electron/open-app';
import { damageStore, fillStore } from '../helpers/backup-fixtures';
import { canMakeReadOnly, makeReadOnly, scratchDir } from '../helpers/small-disk';

// A data folder that cannot be written: for root (whom permissions do not stop) a read-only bind
// mount (EROFS), for anyone else the write bits taken off (EACCES). Either way the store is not
// damaged, and nothing may call it so.

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** A closed store with a few entries (in WAL mode, as the app leaves it), in a fresh folder. */
async function storeWithEntries(count = 3): Promise<string> {
  const dir = scratchDir();
  const app = openApp({ dataDir: dir, shell: 'cli', log: () => undefined });
  for (let i = 0; i < count; i++) await app.registry.call('activities.create', { date: '2024-03-15', categoryId: 1, title: `宪法宣传${i}` });
  app.close();
  return dir;
}

function listing(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[]).sort();
}

describe.skipIf(!canMakeReadOnly)('a data folder that cannot be written', () => {
  it('check calls a healthy store in it sound (and read-only), exit 0, and writes nothing', async () => {
    const dir = await storeWithEntries();
    const before = listing(dir);
    const mode = makeReadOnly(dir);
    const r = await cli('check', '--data', dir);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain(`数据文件完好（只读）：${path.join(dir, 'fazhi.db')}`);
    expect(r.out).toContain(mode === 'mount' ? `数据文件夹只读：${dir}` : `没有权限写入数据文件夹：${dir}`);
    expect(r.out).not.toContain('损坏');
    expect(listing(dir)).toEqual(before);
  });

  it('check still finds damage in it, says no copy could be kept there, and exits non-zero', async () => {
    const dir = await storeWithEntries(1);
    fillStore(path.join(dir, 'fazhi.db'), 3000);
    damageStore(path.join(dir, 'fazhi.db'));
    makeReadOnly(dir);
    const r = await cli('check', '--data', dir);
    expect(r.code).toBe(1);
    expect(r.err).toContain('数据文件已损坏');
    expect(r.err).toContain('数据文件夹不能写入，损坏的文件没有另存');
    expect(r.err).not.toContain('程序内部出错');
  });

  it('a command that writes (backup) says the folder is read-only, naming it, instead of SQLite English', async () => {
    const dir = await storeWithEntries();
    const mode = makeReadOnly(dir);
    const r = await cli('backup', '--data', dir);
    expect(r.code).toBe(1);
    expect(r.err).toContain(mode === 'mount' ? `数据文件夹只读：${dir} 不能写入` : `没有权限：数据文件夹 ${dir} 不允许本程序读写`);
    expect(r.err).not.toMatch(/unable to open|readonly|EROFS|EACCES|程序内部出错/);
  });
});

describe('check on a store from a newer version', () => {
  it('says which version made it and to open it with that one, with a non-zero exit, and changes nothing', async () => {
    const dir = await storeWithEntries(1);
    const file = path.join(dir, 'fazhi.db');
    const db = new Database(file);
    db.pragma('user_version = 99');
    db.close();
    const bytes = fs.readFileSync(file);
    const r = await cli('check', '--data', dir);
    expect(r.code).not.toBe(0);
    expect(r.err).toContain('数据文件由更新版本的法治台账创建（数据版本 99');
    expect(r.err).toContain('请用新版本打开');
    expect(r.out).not.toContain('完好');
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
    expect(fs.existsSync(path.join(dir, 'damaged'))).toBe(false);
  });
});

describe('check on an empty store file', () => {
  it('calls a 0-byte fazhi.db what it is, names the newest backup, exits non-zero, and leaves it alone', async () => {
    const dir = await storeWithEntries(2);
    expect((await cli('backup', '--data', dir)).code).toBe(0);
    const file = path.join(dir, 'fazhi.db');
    for (const side of ['-wal', '-shm']) fs.rmSync(`${file}${side}`, { force: true });
    fs.writeFileSync(file, '');
    const r = await cli('check', '--data', dir);
    expect(r.code).not.toBe(0);
    expect(r.err).toContain('数据文件是空的（0 字节）');
    expect(r.err).toMatch(/最近一份完好的备份：.*（2 条台账）/);
    expect(r.out).not.toContain('完好');
    expect(fs.statSync(file).size).toBe(0);
  });
});
