import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp } from '../../electron/open-app';
import { TABLE_FILE_LIMITS } from '../../electron/spreadsheet/read-table-file';
import { bundleCli } from '../helpers/cli-process';
import { farCellXlsx, manyRowsXlsx, zipBombXlsx } from '../helpers/hostile-sheets';
import { writeXlsx } from '../helpers/ledger-files';
import { tempDir } from '../helpers/temp-app';

// Issue 13, item 3, as the user met it: `fazhi import` of a hostile sheet, in its own process with
// V8's heap capped at 200 MB. Before bounded reading each of these died of "heap out of memory"
// (the 5 KB sheet took 4.3 GB); now each ends normally with the Chinese refusal and writes nothing.

const HEAP_MB = 200;
let cli: { file: string; remove(): void };

beforeAll(async () => {
  cli = await bundleCli();
}, 120_000);

afterAll(() => cli.remove());

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  err: string;
}

function importWithCappedHeap(file: string, dataDir: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [`--max-old-space-size=${HEAP_MB}`, cli.file, 'import', file, '--data', dataDir], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.setEncoding('utf8').on('data', (c: string) => (err += c.slice(0, 4000)));
    // Not a time limit on the reading: a guard so that a hang fails the test instead of stalling it.
    const guard = setTimeout(() => child.kill('SIGKILL'), 170_000);
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      clearTimeout(guard);
      resolve({ code, signal, err });
    });
  });
}

function entryCount(dataDir: string): number {
  const app = openApp({ dataDir, shell: 'cli', log: () => undefined });
  try {
    return (app.ctx.db.prepare('SELECT count(*) AS n FROM activities').get() as { n: number }).n;
  } finally {
    app.close();
  }
}

describe(`a hostile sheet is refused by the CLI within a ${HEAP_MB} MB heap`, () => {
  it('imports a normal sheet under the same cap (the cap alone does not stop the CLI)', async () => {
    const data = tempDir();
    const file = await writeXlsx(path.join(tempDir(), '台账.xlsx'), [
      ['日期', '类别', '事项标题'],
      ['2024-03-15', '普法', '宪法宣传'],
    ]);
    const run = await importWithCappedHeap(file, data);
    expect(run).toMatchObject({ code: 0, signal: null });
    expect(entryCount(data)).toBe(1);
  }, 180_000);

  it.each([
    ['one cell at XFD99999 (5 KB)', (dir: string) => farCellXlsx(path.join(dir, '远处一格.xlsx')), '表格超过了 200 列（第 16384 列有内容，在单元格 XFD99999）'],
    ['100,001 rows below the header', (dir: string) => Promise.resolve(manyRowsXlsx(path.join(dir, '超行.xlsx'), TABLE_FILE_LIMITS.rows + 1)), '表格超过了 100000 行的上限'],
    ['a sheet unpacking to 400 MB', (dir: string) => zipBombXlsx(path.join(dir, '炸弹.xlsx'), 400), '其中的工作表解压后超过 200 MB 的上限'],
    ['a sheet unpacking to 400 MB while its directory says 64 KB', (dir: string) => zipBombXlsx(path.join(dir, '谎报.xlsx'), 400, 64 * 1024), '文件已损坏，或不是 Excel 工作簿'],
  ])('%s: exits normally with the refusal, nothing written', async (_what, make, message) => {
    const data = tempDir();
    const file = await make(tempDir());
    const run = await importWithCappedHeap(file, data);
    expect(run.err).not.toContain('heap out of memory');
    expect(run).toMatchObject({ code: 2, signal: null });
    expect(run.err).toContain(`无法读取“${path.basename(file)}”：${message}`);
    expect(entryCount(data)).toBe(0);
  }, 180_000);
});
