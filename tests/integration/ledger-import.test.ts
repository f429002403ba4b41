import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stageFile } from '../../electron/attachments/stage-upload';
import { stagedPath } from '../../electron/attachments/storage-paths';
import { exportPath } from '../../electron/spreadsheet/export-files';
import type { OpenApp } from '../../electron/open-app';
import { AppError } from '../../shared/errors';
import { inDir, readXlsxRows, writeCsv, writeXlsx } from '../helpers/ledger-files';
import { openTempApp, tempDir } from '../helpers/temp-app';

const HEADER = ['日期', '类别', '事项标题', '内容摘要', '承办科室', '参加人数', '地点', '标签', '指标', '发放宣传材料（份）'];
const GOOD_ROWS = [
  ['2024-03-15', '普法', '3·15消费者权益日宣传', '在步行街开展消费者权益保护法宣传', '法规科', '120', '步行街', '普法；3·15', '接待咨询=200人次', '500'],
  ['2024/4/15', '学习贯彻习近平法治思想', '集体学法', '', '办公室', '32', '三楼会议室', '集体学法', '', ''],
  ['2024年12月4日', '普法宣传教育', '国家宪法日宣传', '开展国家宪法日主题宣传活动', '法规科', '', '广场', '宪法日', '发放漫画册=800余册', ''],
];

async function stage(app: OpenApp, file: string) {
  return (await stageFile(app.ctx.dataDir, file)).stagedId;
}

async function preview(app: OpenApp, file: string) {
  return app.registry.call('ledger.import.preview', { stagedId: await stage(app, file), fileName: file.split('/').pop()! });
}

async function importAll(app: OpenApp, file: string) {
  const fileName = file.split('/').pop()!;
  return app.registry.call('ledger.import.commit', { stagedId: await stage(app, file), fileName });
}

async function count(app: OpenApp): Promise<number> {
  return (await app.registry.call('activities.list', {})).total;
}

describe('spreadsheet import', () => {
  it('previews an .xlsx without writing, then imports every row with its fields, metrics and history', async () => {
    const app = openTempApp();
    const file = await writeXlsx(inDir(tempDir(), '台账.xlsx'), [HEADER, ...GOOD_ROWS]);
    const p = await preview(app, file);
    expect(p).toMatchObject({ fileName: '台账.xlsx', sheetName: '2024年台账', totalRows: 3, readyCount: 3, errors: [], duplicates: [] });
    expect(p.sample[0]).toEqual({ row: 2, date: '2024-03-15', categoryName: '普法宣传教育', title: '3·15消费者权益日宣传' });
    expect(await count(app)).toBe(0);

    expect(await importAll(app, file)).toEqual({ added: 3, duplicates: 0, skippedErrors: 0, batchId: expect.any(String) });
    const items = (await app.registry.call('activities.list', { year: 2024, sort: 'date_asc' })).items;
    expect(items.map((a) => a.date)).toEqual(['2024-03-15', '2024-04-15', '2024-12-04']);
    expect(items[0]).toMatchObject({
      categoryName: '普法宣传教育',
      department: '法规科',
      participantCount: 120,
      tags: ['普法', '3·15'],
      metrics: [
        { name: '接待咨询', value: 200, unit: '人次', approximate: false },
        { name: '发放宣传材料', value: 500, unit: '份', approximate: false },
      ],
    });
    // An empty 内容摘要 stays empty: the report composes the sentence from the title and fields (报告成文).
    expect(items[1]!.summary).toBe('');
    expect(items[2]!.metrics).toEqual([{ name: '发放漫画册', value: 800, unit: '册', approximate: true }]);
    const history = await app.registry.call('activities.history', { id: items[0]!.id });
    expect(history[0]).toMatchObject({ action: 'import', note: '从“台账.xlsx”第2行导入' });
  });

  it('reads Excel date cells as dates', async () => {
    const app = openTempApp();
    const file = await writeXlsx(inDir(tempDir(), 'dates.xlsx'), [['日期', '类别', '事项标题'], [new Date(Date.UTC(2024, 4, 19)), '普法', '中国旅游日']]);
    await importAll(app, file);
    expect((await app.registry.call('activities.list', {})).items[0]!.date).toBe('2024-05-19');
  });

  it('lists each bad row with its number and reason, and imports only the valid rows when asked', async () => {
    const app = openTempApp();
    const file = await writeXlsx(inDir(tempDir(), '有错.xlsx'), [
      HEADER,
      GOOD_ROWS[0]!,
      ['2023-02-30', '普法', '不存在的日子', '', '', '', '', '', '', ''],
      ['2024-05-01', '招商引资', '未知类别', '', '', '', '', '', '', ''],
      ['2024-05-02', '普法', '人数不对', '', '', '三十', '', '', '', ''],
      ['2024-05-03', '普法', '指标不对', '', '', '', '', '', '发放资料=很多份', ''],
      ['2024-05-04', '普法', '', '', '', '', '', '', '', ''],
      ['2024-05-05', '普法', '列里的数不对', '', '', '', '', '', '', '五百'],
      GOOD_ROWS[1]!,
    ]);
    const p = await preview(app, file);
    expect(p.readyCount).toBe(2);
    expect(p.errors.map((e) => e.row)).toEqual([3, 4, 5, 6, 7, 8]);
    const message = (row: number) => p.errors.find((e) => e.row === row)!.message;
    expect(message(3)).toContain('“2023-02-30”这一天不存在');
    expect(message(4)).toContain('“招商引资”不是台账中的类别');
    expect(message(5)).toContain('参加人数：“三十”不是整数');
    expect(message(6)).toContain('指标“发放资料”的“很多份”不是数字');
    expect(message(7)).toContain('事项标题：必须填写');
    expect(message(8)).toContain('发放宣传材料（份）：“五百”不是数字');
    expect(await count(app)).toBe(0);
    expect(await importAll(app, file)).toEqual({ added: 2, duplicates: 0, skippedErrors: 6, batchId: expect.any(String) });
    expect(await count(app)).toBe(2);
  });

  it('adds nothing twice: re-importing the same file, or a row repeated inside it', async () => {
    const app = openTempApp();
    const file = await writeXlsx(inDir(tempDir(), '台账.xlsx'), [HEADER, ...GOOD_ROWS, GOOD_ROWS[0]!]);
    expect(await importAll(app, file)).toMatchObject({ added: 3, duplicates: 1 });
    const again = await preview(app, file);
    expect(again.readyCount).toBe(0);
    expect(again.duplicates).toHaveLength(4);
    expect(await importAll(app, file)).toMatchObject({ added: 0, duplicates: 4 });
    expect(await count(app)).toBe(3);
  });

  it('reads UTF-8 CSV with and without BOM, and GBK CSV as Excel saves it', async () => {
    const dir = tempDir();
    const app = openTempApp();
    await importAll(app, writeCsv(inDir(dir, 'bom.csv'), [HEADER, GOOD_ROWS[0]!], true));
    await importAll(app, writeCsv(inDir(dir, 'nobom.csv'), [HEADER, GOOD_ROWS[1]!], false));
    const gbk = inDir(dir, 'gbk.csv');
    fs.writeFileSync(gbk, Buffer.from('C8D5C6DA2CC0E0B1F02CCAC2CFEEB1EACCE20A323032342D30332D31352CC6D5B7A82CCFDCB7A8D0FBB4AB', 'hex'));
    await importAll(app, gbk);
    const titles = (await app.registry.call('activities.list', { sort: 'date_asc' })).items.map((a) => a.title).sort();
    expect(titles).toEqual(['3·15消费者权益日宣传', '宪法宣传', '集体学法'].sort());
  });

  it('refuses files it cannot read with a message naming the file, and writes nothing', async () => {
    const dir = tempDir();
    const app = openTempApp();
    const notZip = inDir(dir, '假的.xlsx');
    fs.writeFileSync(notZip, 'PK\u0003\u0004 但不是真的工作簿');
    const noHeader = await writeXlsx(inDir(dir, '无表头.xlsx'), [['甲', '乙'], ['2024-01-01', 'x']]);
    const empty = inDir(dir, '空.csv');
    fs.writeFileSync(empty, '\ufeff');
    for (const [file, text] of [
      [notZip, '无法读取“假的.xlsx”：文件已损坏，或不是 Excel 工作簿'],
      [empty, '无法读取“空.csv”：文件是空的'],
    ] as const) {
      const err = await preview(app, file).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(AppError);
      expect((err as AppError).message).toContain(text);
    }
    // A sheet with no header row previews with the reason, and cannot be imported.
    const p = await preview(app, noHeader);
    expect(p.mappingProblem).toContain('工作表“2024年台账”没有找到表头');
    expect(p.readyCount).toBe(0);
    const refused = await importAll(app, noHeader).catch((e: unknown) => e);
    expect((refused as AppError).message).toContain('没有找到表头');
    expect(await count(app)).toBe(0);
  });

  it('an unknown staged file is refused plainly', async () => {
    const app = openTempApp();
    const err = await app.registry.call('ledger.import.commit', { stagedId: '00000000-0000-4000-8000-000000000000', fileName: 'x.xlsx' }).catch((e: unknown) => e);
    expect((err as AppError).message).toContain('找不到上传的“x.xlsx”');
  });

  it('decides duplicates afresh at import time, even though the checked rows are kept from the preview', async () => {
    const app = openTempApp();
    const file = await writeXlsx(inDir(tempDir(), '台账.xlsx'), [HEADER, ...GOOD_ROWS]);
    const stagedId = await stage(app, file);
    expect((await app.registry.call('ledger.import.preview', { stagedId, fileName: '台账.xlsx' })).readyCount).toBe(3);
    // Someone enters the 4·15 session by hand between the preview and the import.
    const categories = await app.registry.call('categories.list', {});
    await app.registry.call('activities.create', {
      date: '2024-04-15',
      categoryId: categories.find((c) => c.name === '学习贯彻习近平法治思想')!.id,
      title: '集体学法',
      department: '办公室',
      location: '三楼会议室',
    });
    expect(await app.registry.call('ledger.import.commit', { stagedId, fileName: '台账.xlsx' })).toEqual({ added: 2, duplicates: 1, skippedErrors: 0, batchId: expect.any(String) });
    expect(await count(app)).toBe(3);
  });

  it('discards the uploaded file once imported', async () => {
    const app = openTempApp();
    const file = await writeXlsx(inDir(tempDir(), '台账.xlsx'), [HEADER, GOOD_ROWS[0]!]);
    const stagedId = await stage(app, file);
    await app.registry.call('ledger.import.commit', { stagedId, fileName: '台账.xlsx' });
    expect(fs.existsSync(stagedPath(app.ctx.dataDir, stagedId))).toBe(false);
  });
});

describe('spreadsheet export', () => {
  it('writes the filtered list in the import layout, and re-importing it adds nothing', async () => {
    const app = openTempApp();
    await importAll(app, await writeXlsx(inDir(tempDir(), '台账.xlsx'), [HEADER, ...GOOD_ROWS]));
    await app.registry.call('activities.create', { date: '2023-06-01', categoryId: 1, title: '上一年的学法' });
    const made = await app.registry.call('ledger.export', { year: 2024 });
    expect(made).toMatchObject({ rows: 3, fileName: '法治台账2024年导出.xlsx' });
    const file = exportPath(app.ctx.dataDir, made.exportId)!;
    const rows = await readXlsxRows(file);
    expect(rows[0]!.slice(0, 9)).toEqual(['日期', '结束日期', '类别', '事项标题', '内容摘要', '承办科室', '参加人数', '地点', '标签']);
    expect(rows[1]).toEqual(expect.arrayContaining(['2024-03-15', '普法宣传教育', '接待咨询=200人次;发放宣传材料=500份']));
    expect(rows[3]).toEqual(expect.arrayContaining(['发放漫画册=800余册']));

    // Round trip into the same store: nothing added.
    const copy = inDir(tempDir(), '导出.xlsx');
    fs.copyFileSync(file, copy);
    expect(await importAll(app, copy)).toMatchObject({ added: 0, duplicates: 3 });

    // Into a fresh store: the same entries, with the same ids.
    const other = openTempApp();
    expect(await importAll(other, copy)).toMatchObject({ added: 3 });
    const a = (await app.registry.call('activities.list', { year: 2024 })).items;
    const b = (await other.registry.call('activities.list', { year: 2024 })).items;
    const strip = (x: (typeof a)[number]) => ({ ...x, createdAt: '', updatedAt: '', categoryId: 0 });
    expect(b.map(strip)).toEqual(a.map(strip));
  });

  it('refuses an export id that is not one it made', () => {
    const app = openTempApp();
    expect(exportPath(app.ctx.dataDir, '../fazhi.db')).toBeNull();
    expect(exportPath(app.ctx.dataDir, '00000000-0000-4000-8000-000000000000.xlsx')).toBeNull();
  });
});
