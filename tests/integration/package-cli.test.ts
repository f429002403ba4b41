import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/fazhi';
import { openApp } from '../../electron/open-app';
import { tempDir } from '../helpers/temp-app';

// fazhi package export / import --merge | --replace --yes on real data folders.

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

async function folderWith(unit: string, titles: string[]): Promise<string> {
  const dir = tempDir();
  const app = openApp({ dataDir: dir, shell: 'cli', log: () => undefined });
  try {
    await app.registry.call('unit.update', { name: unit, type: '政府部门' });
    for (const title of titles) await app.registry.call('activities.create', { date: '2024-05-01', categoryId: 1, title });
  } finally {
    app.close();
  }
  return dir;
}

function titles(dir: string): string[] {
  const app = openApp({ dataDir: dir, shell: 'cli', log: () => undefined });
  try {
    return (app.ctx.db.prepare('SELECT title FROM activities ORDER BY title').pluck().all() as string[]);
  } finally {
    app.close();
  }
}

describe('fazhi package', () => {
  it('exports, never overwrites --out, merges (printing what it did) and replaces', async () => {
    const street = await folderWith('某街道办事处', ['街道普法讲座', '街道集体学法']);
    const centre = await folderWith('某区司法局', ['局党组集体学法']);
    const out = path.join(tempDir(), '街道.zip');

    const exported = await cli('package', 'export', '--out', out, '--data', street);
    expect(exported.code).toBe(0);
    expect(exported.out).toContain('台账 2 条');
    const bytes = fs.readFileSync(out);
    const again = await cli('package', 'export', '--out', out, '--data', street);
    expect(again.code).not.toBe(0);
    expect(again.err).toContain('已经存在，没有覆盖它');
    expect(fs.readFileSync(out)).toEqual(bytes);

    const merged = await cli('package', 'import', out, '--merge', '--data', centre);
    expect(merged.code).toBe(0);
    expect(merged.out).toContain('已合并“某街道办事处”的数据包：新增 2 条，更新 0 条，未变 0 条，冲突 0 条。');
    expect(titles(centre)).toEqual(['局党组集体学法', '街道普法讲座', '街道集体学法']);
    const twice = await cli('package', 'import', out, '--merge', '--data', centre);
    expect(twice.out).toContain('新增 0 条，更新 0 条，未变 2 条，冲突 0 条');

    const fresh = await folderWith('新电脑', ['临时录入']);
    const replaced = await cli('package', 'import', out, '--replace', '--yes', '--data', fresh);
    expect(replaced.code).toBe(0);
    expect(replaced.out).toContain('现有台账 2 条');
    expect(titles(fresh)).toEqual(['街道普法讲座', '街道集体学法']);
  });

  it('refuses an import that does not say --merge or --replace, and a --replace without --yes, changing nothing', async () => {
    const street = await folderWith('某街道办事处', ['街道普法讲座']);
    const out = path.join(tempDir(), '街道.zip');
    expect((await cli('package', 'export', '--out', out, '--data', street)).code).toBe(0);
    const centre = await folderWith('某区司法局', ['局党组集体学法']);
    const backups = path.join(centre, 'backups');
    const filesBefore = fs.readdirSync(centre).sort();

    const bare = await cli('package', 'import', out, '--data', centre);
    expect(bare.code).toBe(2);
    expect(bare.err).toContain('请说明导入方式');
    expect(bare.err).toContain('--merge');
    expect(bare.err).toContain('--replace --yes');
    const unconfirmed = await cli('package', 'import', out, '--replace', '--data', centre);
    expect(unconfirmed.code).toBe(2);
    expect(unconfirmed.err).toBe('--replace 会用数据包中的数据换掉本机现有的全部台账、佐证材料记录、单位信息和年报草稿（替换前会先自动备份）。确认要替换，请再加上 --yes。');
    const both = await cli('package', 'import', out, '--merge', '--replace', '--yes', '--data', centre);
    expect(both.code).toBe(2);
    expect(both.err).toContain('--merge 和 --replace 只能选一个');

    expect(titles(centre)).toEqual(['局党组集体学法']);
    // Refused before the store was opened for the import: no 导入数据包前 backup, no staged copy.
    expect(fs.existsSync(backups) ? fs.readdirSync(backups) : []).toEqual([]);
    expect(fs.readdirSync(centre).sort()).toEqual(filesBefore);

    const help = await cli('package', '--help');
    expect(help.out).toContain('--replace --yes');
  });

  it('refuses a bad package or bad arguments with a Chinese message and a non-zero code, changing nothing', async () => {
    const centre = await folderWith('某区司法局', ['局党组集体学法']);
    const bogus = path.join(tempDir(), '不是数据包.zip');
    fs.writeFileSync(bogus, 'PK\u0003\u0004 这不是完整的压缩包');
    const r = await cli('package', 'import', bogus, '--merge', '--data', centre);
    expect(r.code).not.toBe(0);
    expect(r.err).toContain('不能导入');
    expect(r.err).toContain('本机数据没有任何改动');
    expect(titles(centre)).toEqual(['局党组集体学法']);

    expect((await cli('package', 'export', '--data', centre)).code).toBe(2);
    expect((await cli('package', 'import', '--data', centre)).code).toBe(2);
    expect((await cli('package', 'frob')).code).toBe(2);
    const missing = await cli('package', 'import', path.join(tempDir(), '没有.zip'), '--merge', '--data', centre);
    expect(missing.code).not.toBe(0);
    expect(missing.err).toContain('找不到文件');
  });
});
