import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/fazhi';
import { LATEST_SCHEMA_VERSION } from '../../electron/store/migrations';
import { readXlsxRows, writeXlsx } from '../helpers/ledger-files';
import { tempDir } from '../helpers/temp-app';

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('fazhi command line', () => {
  it('prints help in Chinese with exit code 0', async () => {
    const r = await cli('--help');
    expect(r.code).toBe(0);
    expect(r.out).toContain('用法：fazhi');
    expect(r.out).toContain('fazhi web');
  });

  it('refuses an unknown command or flag with a message and a non-zero code', async () => {
    const unknown = await cli('frobnicate');
    expect(unknown.code).not.toBe(0);
    expect(unknown.err).toContain('没有“frobnicate”这个命令');
    const flag = await cli('info', '--bogus');
    expect(flag.code).not.toBe(0);
    expect(flag.err).toContain('--bogus');
  });

  it('info opens the data folder given by --data and reports the schema version', async () => {
    const dir = tempDir();
    const r = await cli('info', '--data', dir);
    expect(r.code).toBe(0);
    expect(r.out).toContain(dir);
    expect(r.out).toContain(`数据版本 ${LATEST_SCHEMA_VERSION}`);
  });

  it('web refuses a bad port before opening anything', async () => {
    const r = await cli('web', '--data', tempDir(), '--port', '99999');
    expect(r.code).toBe(2);
    expect(r.err).toContain('端口');
  });
});

describe('fazhi import / export', () => {
  const header = ['日期', '类别', '事项标题', '内容摘要'];

  it('imports a spreadsheet, refuses one with bad rows unless told to skip them, and exports the year', async () => {
    const dir = tempDir();
    const data = tempDir();
    const good = await writeXlsx(path.join(dir, '台账.xlsx'), [header, ['2024-03-15', '普法', '宪法宣传', '开展宪法宣传']]);
    const ok = await cli('import', good, '--data', data);
    expect(ok.code).toBe(0);
    expect(ok.out).toContain('已导入 1 条');

    const bad = await writeXlsx(path.join(dir, '有错.xlsx'), [header, ['2024-04-01', '普法', '另一条', ''], ['2024-02-30', '普法', '错日期', '']]);
    const refused = await cli('import', bad, '--data', data);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('第3行：日期：“2024-02-30”这一天不存在');
    expect(refused.err).toContain('没有导入任何内容');
    const skipped = await cli('import', bad, '--data', data, '--skip-invalid');
    expect(skipped.code).toBe(0);
    expect(skipped.out).toContain('已导入 1 条');

    const out = path.join(dir, '导出2024.xlsx');
    const exported = await cli('export', '--year', '2024', '--out', out, '--data', data);
    expect(exported.code).toBe(0);
    expect(exported.out).toContain('已导出 2 条');
    const rows = await readXlsxRows(out);
    expect(rows.slice(1).map((r) => r[3]).sort()).toEqual(['另一条', '宪法宣传']);

    // Exporting again over the same file is refused and leaves the file alone.
    const before = fs.readFileSync(out);
    const again = await cli('export', '--year', '2024', '--out', out, '--data', data);
    expect(again.code).not.toBe(0);
    expect(again.err).toContain('已经存在，没有覆盖它');
    expect(fs.readFileSync(out).equals(before)).toBe(true);

    const reimport = await cli('import', out, '--data', data);
    expect(reimport.code).toBe(0);
    expect(reimport.out).toContain('已导入 0 条');
  });

  it('names what is missing or wrong in the arguments', async () => {
    expect((await cli('import')).err).toContain('请给出一个要导入的文件');
    expect((await cli('export', '--year', '二〇二四', '--out', 'x.xlsx', '--data', tempDir())).err).toContain('不是年份');
    expect((await cli('export', '--year', '2024', '--out', 'x.txt', '--data', tempDir())).err).toContain('.xlsx');
    const missing = await cli('import', path.join(tempDir(), '没有这个文件.xlsx'), '--data', tempDir());
    expect(missing.code).not.toBe(0);
    expect(missing.err).toContain('没有这个文件.xlsx');
  });
});
