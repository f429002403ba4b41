import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/fazhi';
import { openApp } from '../../electron/open-app';
import { mappingFileText } from '../../shared/import/mapping-file';
import { tempDir } from '../helpers/temp-app';

// fazhi import with the dialog's choices as flags: the same registry calls, so a sheet imports the
// same way from either (issue 旧台账导入, item 6).

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

async function sheet(file: string, name: string, rows: (string | number)[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet(name);
  for (const row of rows) ws.addRow(row);
  await workbook.xlsx.writeFile(file);
  return file;
}

function entries(data: string): { title: string; date: string; category: string; location: string }[] {
  const app = openApp({ dataDir: data, shell: 'cli', log: () => undefined });
  try {
    return app.ctx.db
      .prepare('SELECT a.title, a.date, c.name AS category, a.location FROM activities a JOIN categories c ON c.id = a.category_id WHERE a.deleted_at IS NULL ORDER BY a.date')
      .all() as { title: string; date: string; category: string; location: string }[];
  } finally {
    app.close();
  }
}

describe('fazhi import with a unit’s own layout', () => {
  it('--map, --category and --year; --dry-run writes nothing', async () => {
    const dir = tempDir();
    const data = path.join(dir, 'data');
    const file = await sheet(path.join(dir, '工作记录.xlsx'), 'Sheet1', [
      ['开会日子', '干了什么', '在哪儿'],
      ['3月5日', '送法进社区', '幸福社区'],
      ['4月8日', '宪法宣讲', '文化广场'],
    ]);
    const map = '开会日子=日期,干了什么=事项标题,在哪儿=地点';

    // Their own column names are not known ones: the header is not found by itself.
    const noHeader = await cli('import', file, '--data', data);
    expect(noHeader.code).toBe(1);
    expect(noHeader.err).toContain('没有找到表头');
    expect(noHeader.err).toContain('--header-row');

    const noYear = await cli('import', file, '--data', data, '--header-row', '1', '--map', map, '--category', '普法');
    expect(noYear.code).toBe(1);
    expect(noYear.err).toContain('没有写年份');
    expect(noYear.err).toContain('--year');

    const dry = await cli('import', file, '--data', data, '--header-row', '1', '--map', map, '--category', '普法', '--year', '2024', '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.out).toContain('开会日子 → 日期');
    expect(dry.out).toContain('可导入 2 行');
    expect(dry.out).toContain('试运行（--dry-run）：没有写入任何内容');
    expect(entries(data)).toEqual([]);

    const done = await cli('import', file, '--data', data, '--header-row', '1', '--map', map, '--category', '普法', '--year', '2024');
    expect(done.code).toBe(0);
    expect(done.out).toContain('已导入 2 条');
    expect(entries(data)).toEqual([
      { title: '送法进社区', date: '2024-03-05', category: '普法宣传教育', location: '幸福社区' },
      { title: '宪法宣讲', date: '2024-04-08', category: '普法宣传教育', location: '文化广场' },
    ]);
  });

  it('--mapping takes the dialog’s file; --sheet picks a sheet; bad flags are named', async () => {
    const dir = tempDir();
    const data = path.join(dir, 'data');
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('封面').addRow(['2024年台账']);
    const ws = workbook.addWorksheet('学法');
    ws.addRow(['时间', '名称', '场所']);
    ws.addRow(['2024/6/1', '集体学法', '三楼会议室']);
    const file = path.join(dir, '2024年台账.xlsx');
    await workbook.xlsx.writeFile(file);
    const mapping = path.join(dir, '对应关系.json');
    fs.writeFileSync(
      mapping,
      mappingFileText(
        ['时间', '名称', '场所'],
        [
          { header: '时间', target: { kind: 'field', field: 'date' } },
          { header: '名称', target: { kind: 'field', field: 'title' } },
          { header: '场所', target: { kind: 'field', field: 'location' } },
        ],
        '学习贯彻习近平法治思想',
      ),
    );
    const done = await cli('import', file, '--data', data, '--sheet', '学法', '--mapping', mapping);
    expect(done.code).toBe(0);
    expect(entries(data)).toEqual([{ title: '集体学法', date: '2024-06-01', category: '学习贯彻习近平法治思想', location: '三楼会议室' }]);

    expect((await cli('import', file, '--data', data, '--sheet', '普法')).err).toContain('没有名为“普法”的工作表');
    expect((await cli('import', file, '--data', data, '--category', '招商')).err).toContain('没有名为“招商”的类别');
    expect((await cli('import', file, '--data', data, '--sheet', '学法', '--map', '地址=地点')).err).toContain('本表没有“地址”列');
    expect((await cli('import', file, '--data', data, '--mapping', path.join(dir, '没有.json'))).err).toContain('找不到对应关系文件');
    expect(entries(data)).toHaveLength(1);
  });
});
