import ExcelJS from 'exceljs';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stageFile } from '../../electron/attachments/stage-upload';
import type { OpenApp } from '../../electron/open-app';
import type { LedgerImportInput } from '../../shared/domain/ledger-io';
import { AppError } from '../../shared/errors';
import { mappingFileText } from '../../shared/import/mapping-file';
import { inDir } from '../helpers/ledger-files';
import { openTempApp, tempDir } from '../helpers/temp-app';

// The 台账 units already keep, in their own layouts (../shared/domain/ledger.md): a merged title row,
// two-level merged headers, no 类别, dates as they write them, notes under the table, one sheet per
// kind. Each fixture is built here with exceljs, merges and all, as Excel or WPS saves it.

type Cell = string | number | Date | null;

interface SheetSpec {
  name: string;
  rows: Cell[][];
  /** Excel ranges, e.g. 'A1:G1'. */
  merges?: string[];
}

async function writeWorkbook(file: string, sheets: SheetSpec[]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(spec.name);
    for (const row of spec.rows) sheet.addRow(row);
    for (const range of spec.merges ?? []) sheet.mergeCells(range);
  }
  await workbook.xlsx.writeFile(file);
  return file;
}

/** The 文广旅游局's 普法宣传台账: a title row, 责任清单 over three columns, notes below. */
function pufaSheet(): SheetSpec {
  return {
    name: '普法宣传台账',
    rows: [
      ['XX区文广旅游局2024年普法宣传台账', null, null, null, null, null, null, null, null],
      ['序号', '时间', '活动名称', '活动内容', '参加人数', '责任清单', null, null, '备注'],
      ['序号', '时间', '活动名称', '活动内容', '参加人数', '责任领导', '责任人', '责任处室', '备注'],
      [1, '2024.3.15', '3·15消费者权益日宣传', '在步行街开展消费者权益保护法宣传', '120', '李局长', '王五', '市场科', '发放资料500份'],
      [2, '3月20日', '“宪法进景区”宣传活动', '', '45人', '李局长', '赵六', '法规科', ''],
      [3, '2024年7月', '暑期文化市场普法宣传', '', '', '张副局长', '钱七', '市场科', ''],
      [4, '2024年10月至11月', '民法典宣传月', '', '', '', '', '法规科', ''],
      ['合计', null, null, null, '165', null, null, null, null],
      ['说明：本表由各科室每月5日前报法规科。', null, null, null, null, null, null, null, null],
      ['填表人：张三', null, null, '联系电话：0771-1234567', null, null, null, null, null],
    ],
    merges: ['A1:I1', 'F2:H2', 'A2:A3', 'B2:B3', 'C2:C3', 'D2:D3', 'E2:E3', 'I2:I3', 'A9:I9'],
  };
}

function studySheet(): SheetSpec {
  return {
    name: '学法台账',
    rows: [
      ['2023年学法台账'],
      ['日期', '学习内容', '参加人员', '地点'],
      ['2023/3/5', '党组理论学习中心组专题学习习近平法治思想', '局党组成员', '三楼会议室'],
      ['2023年6月', '集体学习《行政复议法》', '全体干部', '三楼会议室'],
      ['2023', '年度法治讲座', '全体干部', ''],
    ],
    merges: ['A1:D1'],
  };
}

async function stage(app: OpenApp, file: string): Promise<{ stagedId: string; fileName: string }> {
  return { stagedId: (await stageFile(app.ctx.dataDir, file)).stagedId, fileName: file.split('/').pop()! };
}

async function categoryId(app: OpenApp, name: string): Promise<number> {
  return (await app.registry.call('categories.list', {})).find((c) => c.name === name)!.id;
}

async function entries(app: OpenApp) {
  return (await app.registry.call('activities.list', { sort: 'date_asc', limit: 500 })).items;
}

describe('importing a unit’s own 台账', () => {
  it('finds the table under a merged title, joins two-level headers, maps the columns by name and drops the notes', async () => {
    const app = openTempApp();
    const file = await writeWorkbook(inDir(tempDir(), '2024年台账.xlsx'), [pufaSheet(), studySheet()]);
    const input = await stage(app, file);
    const p = await app.registry.call('ledger.import.preview', input);
    expect(p.sheets).toEqual([
      { name: '普法宣传台账', rows: 10, hasTable: true },
      { name: '学法台账', rows: 5, hasTable: true },
    ]);
    expect(p.sheetName).toBe('普法宣传台账');
    expect(p.table).toEqual({ headerRow: 2, headerRows: 2, titleRows: ['XX区文广旅游局2024年普法宣传台账'], footerRows: [9, 10] });
    const byHeader = Object.fromEntries(p.columns.map((c) => [c.header, c.target]));
    expect(byHeader).toMatchObject({
      序号: { kind: 'skip' },
      时间: { kind: 'field', field: 'date' },
      活动名称: { kind: 'field', field: 'title' },
      活动内容: { kind: 'field', field: 'summary' },
      参加人数: { kind: 'field', field: 'participantCount' },
      '责任清单·责任处室': { kind: 'field', field: 'department' },
    });
    expect(p.mappingProblem).toBeNull();
    // The sheet's name says what kind of entries these are; the file's name gives the year.
    expect(p.suggestedCategoryId).toBe(await categoryId(app, '普法宣传教育'));
    expect(p.sheetCategoryId).toBe(p.suggestedCategoryId);
    expect(p.year).toEqual({ value: 2024, from: 'file', needed: false });
    expect(p.totalRows).toBe(4);
    expect(p.errors).toEqual([]);
    expect(p.rows.map((r) => [r.row, r.date, r.categoryFrom])).toEqual([
      [4, '2024-03-15', 'sheet'],
      [5, '2024-03-20', 'sheet'],
      [6, '2024年7月', 'sheet'],
      [7, '2024年10月至11月', 'sheet'],
    ]);

    const result = await app.registry.call('ledger.import.commit', input);
    expect(result).toMatchObject({ added: 4, duplicates: 0, skippedErrors: 0 });
    const saved = await entries(app);
    expect(saved.map((e) => [e.date, e.endDate, e.datePrecision, e.categoryName, e.department])).toEqual([
      ['2024-03-15', null, 'day', '普法宣传教育', '市场科'],
      ['2024-03-20', null, 'day', '普法宣传教育', '法规科'],
      ['2024-07-01', '2024-07-31', 'month', '普法宣传教育', '市场科'],
      ['2024-10-01', '2024-11-30', 'month', '普法宣传教育', '法规科'],
    ]);
    expect(saved[0]).toMatchObject({ participantCount: 120, summary: '在步行街开展消费者权益保护法宣传', details: '发放资料500份' });
    expect(saved[1]).toMatchObject({ participantCount: 45, summary: '' });
  });

  it('reads another sheet of the same file when asked; rows without 类别 are guessed from their titles', async () => {
    const app = openTempApp();
    const file = await writeWorkbook(inDir(tempDir(), '台账.xlsx'), [pufaSheet(), studySheet()]);
    const input = { ...(await stage(app, file)), sheet: '学法台账' };
    const p = await app.registry.call('ledger.import.preview', input);
    expect(p.year).toMatchObject({ value: 2023, from: 'title' });
    const study = await categoryId(app, '学习贯彻习近平法治思想');
    expect(p.suggestedCategoryId).toBe(study);
    // With no category for the sheet, each row is guessed from its title.
    const guessed = await app.registry.call('ledger.import.preview', { ...input, categoryId: null });
    expect(guessed.rows.map((r) => [r.date, r.categoryFrom])).toEqual([
      ['2023-03-05', 'title'],
      ['2023年6月', 'title'],
      ['2023年', 'title'],
    ]);
    const disputes = await categoryId(app, '矛盾纠纷化解');
    // The user moves one row to another category in the preview; that choice wins.
    const result = await app.registry.call('ledger.import.commit', { ...input, categoryId: null, rowCategories: [{ row: 4, categoryId: disputes }] });
    expect(result.added).toBe(3);
    const saved = await entries(app);
    expect(Object.fromEntries(saved.map((e) => [e.title, [e.categoryName, e.date, e.datePrecision, e.participantsDesc]]))).toEqual({
      党组理论学习中心组专题学习习近平法治思想: ['学习贯彻习近平法治思想', '2023-03-05', 'day', '局党组成员'],
      '集体学习《行政复议法》': ['矛盾纠纷化解', '2023-06-01', 'month', '全体干部'],
      年度法治讲座: ['学习贯彻习近平法治思想', '2023-01-01', 'year', '全体干部'],
    });
  });

  it('rows it cannot place wait for a category: counted, listed, and left out until the user picks one', async () => {
    const app = openTempApp();
    const file = await writeWorkbook(inDir(tempDir(), '工作记录.xlsx'), [
      { name: 'Sheet1', rows: [['日期', '事项'], ['2024-05-06', '购买办公用品'], ['2024-05-07', '开展宪法宣传']] },
    ]);
    const input = await stage(app, file);
    const p = await app.registry.call('ledger.import.preview', input);
    expect(p.sheetCategoryId).toBeNull();
    expect(p).toMatchObject({ readyCount: 1, needsCategory: 1 });
    expect(p.rows.find((r) => r.row === 2)).toMatchObject({ categoryId: null, categoryFrom: null });
    const other = await categoryId(app, '其他');
    expect(await app.registry.call('ledger.import.commit', { ...input, rowCategories: [{ row: 2, categoryId: other }] })).toMatchObject({ added: 2 });
  });

  it('a unit’s own 编号 column of row numbers is not taken for our entry ids', async () => {
    const app = openTempApp();
    const input = await stage(app, await writeWorkbook(inDir(tempDir(), '普法台账.xlsx'), [{ name: 'Sheet1', rows: [['编号', '日期', '活动名称'], [1, '2024-05-06', '送法进社区'], [2, '2024-05-07', '宪法宣传']] }]));
    const p = await app.registry.call('ledger.import.preview', input);
    expect(p.columns[0]).toMatchObject({ header: '编号', target: { kind: 'skip' } });
    expect(p).toMatchObject({ readyCount: 2, errors: [] });
  });

  it('asks for the year once when dates are written without one and no name gives it', async () => {
    const app = openTempApp();
    const file = await writeWorkbook(inDir(tempDir(), '台账.xlsx'), [{ name: '普法', rows: [['时间', '活动名称'], ['3月5日', '送法进社区'], ['3月至4月', '民法典宣传']] }]);
    const input = await stage(app, file);
    const p = await app.registry.call('ledger.import.preview', input);
    expect(p.year).toEqual({ value: null, from: null, needed: true });
    expect(p.errors[0]).toMatchObject({ row: 2, column: '时间', text: '3月5日' });
    expect(p.errors[0]!.message).toContain('没有写年份');
    const withYear = await app.registry.call('ledger.import.preview', { ...input, year: 2025 });
    expect(withYear.errors).toEqual([]);
    expect(withYear.rows.map((r) => r.date)).toEqual(['2025-03-05', '2025年3月至4月']);
  });

  it('remembers the mapping by the header layout and uses it for the next sheet of that layout', async () => {
    const app = openTempApp();
    const dir = tempDir();
    const rows = (title: string): Cell[][] => [['序号', '时间', '活动名称', '活动内容', '备注'], [1, '2024.4.2', title, '', '在社区']];
    const first = await stage(app, await writeWorkbook(inDir(dir, '一月.xlsx'), [{ name: '普法宣传台账', rows: rows('送法进社区') }]));
    const p = await app.registry.call('ledger.import.preview', first);
    const columns = p.columns.map((c) => ({ index: c.index, header: c.header, target: c.header === '备注' ? ({ kind: 'field', field: 'location' } as const) : c.target }));
    await app.registry.call('ledger.import.commit', { ...first, columns, categoryId: p.sheetCategoryId });

    const second = await stage(app, await writeWorkbook(inDir(dir, '二月.xlsx'), [{ name: 'Sheet1', rows: rows('法律咨询') }]));
    const again = await app.registry.call('ledger.import.preview', second);
    expect(again.mappingFrom).toBe('remembered');
    expect(again.columns.find((c) => c.header === '备注')).toMatchObject({ target: { kind: 'field', field: 'location' }, matchedBy: 'remembered' });
    // The category chosen for that layout comes back with it, though this sheet's name says nothing.
    expect(again.sheetCategoryId).toBe(await categoryId(app, '普法宣传教育'));
    await app.registry.call('ledger.import.commit', second);
    expect((await entries(app)).map((e) => e.location)).toEqual(['在社区', '在社区']);
  });

  it('takes a mapping file made for this layout, and refuses one made for another, naming the missing columns', async () => {
    const app = openTempApp();
    const dir = tempDir();
    const input = await stage(app, await writeWorkbook(inDir(dir, '台账.xlsx'), [{ name: '2024', rows: [['开展时间', '名称', '说明文字'], ['2024-06-01', '普法宣传', '无']] }]));
    const headers = ['开展时间', '名称', '说明文字'];
    const text = mappingFileText(
      headers,
      [
        { header: '开展时间', target: { kind: 'field', field: 'date' } },
        { header: '名称', target: { kind: 'field', field: 'title' } },
        { header: '说明文字', target: { kind: 'field', field: 'details' } },
      ],
      '普法宣传教育',
    );
    const p = await app.registry.call('ledger.import.preview', { ...input, mappingFile: text });
    expect(p.mappingFrom).toBe('file');
    expect(p.columns.map((c) => c.matchedBy)).toEqual(['file', 'file', 'file']);
    expect(p.sheetCategoryId).toBe(await categoryId(app, '普法宣传教育'));

    const otherLayout = mappingFileText(['时间', '活动名称'], [
      { header: '时间', target: { kind: 'field', field: 'date' } },
      { header: '活动名称', target: { kind: 'field', field: 'title' } },
    ]);
    const err = await app.registry.call('ledger.import.preview', { ...input, mappingFile: otherLayout }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).message).toContain('本表没有');
    expect((err as AppError).message).toContain('“活动名称”');
  });

  it('two columns mapped to one field stop the import with a message naming both; nothing is written', async () => {
    const app = openTempApp();
    const input: LedgerImportInput = await stage(app, await writeWorkbook(inDir(tempDir(), '普法台账.xlsx'), [{ name: 'Sheet1', rows: [['日期', '时间', '活动名称'], ['2024-01-02', '2024-01-03', '宣传']] }]));
    const p = await app.registry.call('ledger.import.preview', input);
    const columns = p.columns.map((c) => ({ index: c.index, header: c.header, target: c.header === '活动名称' ? c.target : ({ kind: 'field', field: 'date' } as const) }));
    const bad = await app.registry.call('ledger.import.preview', { ...input, columns });
    expect(bad.mappingProblem).toContain('“日期”和“时间”都对应到“日期”');
    expect(bad.readyCount).toBe(0);
    const err = await app.registry.call('ledger.import.commit', { ...input, columns }).catch((e: unknown) => e);
    expect((err as AppError).message).toContain('都对应到“日期”');
    expect(await entries(app)).toEqual([]);
    // A mapping made for other columns is refused rather than applied to the wrong ones.
    const shifted = await app.registry.call('ledger.import.preview', { ...input, columns: [{ index: 0, header: '活动名称', target: { kind: 'skip' } }] }).catch((e: unknown) => e);
    expect((shifted as AppError).message).toContain('第1列现在是“日期”');
  });

  it('each import is a batch: undone as a whole into the trash, and the same file can then come in again', async () => {
    const app = openTempApp();
    const file = await writeWorkbook(inDir(tempDir(), '2024年台账.xlsx'), [pufaSheet()]);
    const result = await app.registry.call('ledger.import.commit', await stage(app, file));
    expect(result.added).toBe(4);
    const [batch] = await app.registry.call('ledger.import.batches', {});
    expect(batch).toMatchObject({ id: result.batchId, fileName: '2024年台账.xlsx', sheetName: '普法宣传台账', added: 4, remaining: 4, undoneAt: null });
    expect(await app.registry.call('ledger.import.undo', { batchId: result.batchId! })).toEqual({ moved: 4 });
    expect(await entries(app)).toEqual([]);
    expect((await app.registry.call('activities.list', { deleted: 'only' })).total).toBe(4);
    expect((await app.registry.call('ledger.import.commit', await stage(app, file))).added).toBe(4);
  });

  it('10,000 rows of which 30 are bad: each bad one named by row and column, the rest imported in one go', async () => {
    const app = openTempApp();
    const rows: Cell[][] = [['XX局2024年法治工作台账'], ['时间', '活动名称', '参加人数', '责任科室']];
    for (let i = 0; i < 10_000; i++) {
      const bad = i % 334 === 5;
      rows.push([bad ? '2024.13.5' : `2024.${(i % 12) + 1}.${(i % 28) + 1}`, `开展普法宣传活动第${i + 1}场`, i % 500 === 8 ? '许多' : String(i % 90), '法规科']);
    }
    const input = await stage(app, await writeWorkbook(inDir(tempDir(), '大表.xlsx'), [{ name: '普法宣传台账', rows, merges: ['A1:D1'] }]));
    const p = await app.registry.call('ledger.import.preview', input);
    const bad = p.errors;
    expect(bad.length).toBe(30 + 20);
    expect(bad.filter((e) => e.column === '时间')).toHaveLength(30);
    expect(bad.find((e) => e.column === '时间')).toMatchObject({ row: 8, text: '2024.13.5' });
    expect(bad.find((e) => e.column === '参加人数')!.message).toContain('参加人数：“许多”不是整数');
    expect(await entries(app)).toEqual([]);
    expect((await app.registry.call('ledger.import.commit', input)).added).toBe(10_000 - bad.length);
  });

  it('our own export of month-only entries imports back as the same entries', async () => {
    const app = openTempApp();
    await app.registry.call('ledger.import.commit', await stage(app, await writeWorkbook(inDir(tempDir(), '2024年台账.xlsx'), [pufaSheet()])));
    const made = await app.registry.call('ledger.export', { year: 2024 });
    const { exportPath } = await import('../../electron/spreadsheet/export-files');
    const copy = inDir(tempDir(), '导出.xlsx');
    fs.copyFileSync(exportPath(app.ctx.dataDir, made.exportId)!, copy);
    const other = openTempApp();
    expect((await other.registry.call('ledger.import.commit', await stage(other, copy))).added).toBe(4);
    const strip = (e: Awaited<ReturnType<typeof entries>>[number]) => [e.id, e.date, e.endDate, e.datePrecision, e.title];
    expect((await entries(other)).map(strip)).toEqual((await entries(app)).map(strip));
  });
});
