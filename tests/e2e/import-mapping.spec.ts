import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures/app-server';
import { tempDir } from './helpers/files';
import { apiCall, rowOf, shownText } from './helpers/ledger';

// A unit's own 台账 as it is really kept: a merged title row, its own column names, dates written
// 2024.3.15 and 3月20日 (the year is in the title), no 类别 column, a 填表人 line below the table.

const TITLE = 'XX区文广旅游局2024年普法宣传台账';
const HEADER = ['序号', '时间', '活动名称', '活动内容', '参加人数', '责任科室', '备注'];

async function writeUnitLedger(file: string, rows: (string | number)[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('普法宣传台账');
  sheet.addRow([TITLE]);
  sheet.mergeCells(1, 1, 1, HEADER.length);
  sheet.addRow(HEADER);
  for (const row of rows) sheet.addRow(row);
  sheet.addRow([]);
  sheet.addRow(['填表人：张三']);
  await workbook.xlsx.writeFile(file);
  return file;
}

/** The 对应列 row of one source column (found by its target box, which is named after the header). */
function mappingRow(dialog: Locator, header: string): Locator {
  return dialog.getByRole('region', { name: '对应列' }).getByRole('row').filter({ has: dialog.page().getByLabel(`“${header}”导入为`) });
}

/** Lists are long (every field; every category) and virtual: type to narrow one, as a user would. */
async function pick(page: Page, box: Locator, text: string): Promise<void> {
  await box.click();
  await box.fill(text);
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: text }).first().click();
}

async function chooseTarget(page: Page, dialog: Locator, header: string, target: string): Promise<void> {
  await pick(page, dialog.getByLabel(`“${header}”导入为`), target);
}

async function openImport(page: Page, file: string): Promise<Locator> {
  await page.getByRole('button', { name: '导入表格' }).click();
  await page.getByRole('dialog', { name: '导入表格' }).locator('input[type=file]').setInputFiles(file);
  const dialog = page.getByRole('dialog', { name: '导入预览' });
  await expect(dialog.getByRole('region', { name: '对应列' })).toBeVisible();
  return dialog;
}

interface Listed {
  title: string;
  date: string;
  categoryName: string;
  summary: string;
  details: string;
  department: string;
  participantCount: number | null;
}

test('导入单位自己的台账：列名不同、没有类别列，逐列对应后导入；同样表头再导入时用上次的对应关系', async ({ page, appServer }) => {
  const dir = tempDir();
  const file = await writeUnitLedger(path.join(dir, '科室台账.xlsx'), [
    [1, '2024.3.15', '“3·15”消费者权益日普法宣传', '在步行街设咨询台，发放宣传资料', 120, '法规科', '发放资料500份'],
    [2, '3月20日', '宪法进社区宣讲', '到幸福社区宣讲宪法知识', 60, '文化科', '联合社区开展'],
    [3, '2024年4月8日', '集体学法：学习行政复议法', '局党组理论学习中心组集体学法', 25, '办公室', ''],
  ]);
  await page.goto(appServer.url);
  const dialog = await openImport(page, file);

  // Where the table was found and what each column was taken for.
  await expect(dialog).toContainText('表头在第2行');
  await expect(dialog).toContainText(`跳过标题行：${TITLE}`);
  await expect(dialog).toContainText('表格下方的说明等 1 行不导入');
  await expect(mappingRow(dialog, '时间')).toContainText('日期');
  await expect(mappingRow(dialog, '时间')).toContainText('按别名');
  await expect(mappingRow(dialog, '时间')).toContainText('2024.3.15');
  await expect(mappingRow(dialog, '活动名称')).toContainText('事项标题');
  await expect(mappingRow(dialog, '活动内容')).toContainText('内容摘要');
  await expect(mappingRow(dialog, '责任科室')).toContainText('承办科室');
  await expect(mappingRow(dialog, '备注')).toContainText('详细情况');
  await expect(mappingRow(dialog, '序号')).toContainText('不导入');

  // No 类别 column: the sheet's name suggests one for every row; the year comes from the title.
  await expect(dialog).toContainText('根据表名建议：普法宣传教育');
  await expect(shownText(dialog.getByRole('group', { name: '导入设置' }), '普法宣传教育')).toBeVisible();
  await expect(dialog.getByLabel('年份')).toHaveValue('2024');
  await expect(dialog.getByRole('status')).toHaveText('共3行，可导入3行，重复0行，有错误0行');

  // 活动内容 goes into 详细情况 too, next to 备注; the change is previewed again at once.
  await chooseTarget(page, dialog, '活动内容', '详细情况');
  await expect(mappingRow(dialog, '活动内容')).toContainText('手动');
  await expect(mappingRow(dialog, '活动内容')).toContainText('详细情况');

  // One row belongs elsewhere: its category is changed in the preview.
  const rows = dialog.getByRole('region', { name: '将导入的行' });
  await expect(rows.getByRole('row').filter({ hasText: '第3行' })).toContainText('2024-03-15');
  await expect(rows.getByRole('row').filter({ hasText: '第4行' })).toContainText('2024-03-20');
  await pick(page, dialog.getByLabel('第5行的类别'), '学习贯彻习近平法治思想');

  await dialog.getByRole('button', { name: '导入有效的3行' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('已导入3条')).toBeVisible();

  const listed = (await apiCall<{ items: Listed[] }>(page.request, appServer.url, 'activities.list', { deleted: 'exclude', year: 2024 })).items;
  const byTitle = new Map(listed.map((a) => [a.title, a]));
  expect(listed).toHaveLength(3);
  expect(byTitle.get('“3·15”消费者权益日普法宣传')).toMatchObject({ date: '2024-03-15', categoryName: '普法宣传教育', department: '法规科', participantCount: 120 });
  expect(byTitle.get('宪法进社区宣讲')).toMatchObject({ date: '2024-03-20', categoryName: '普法宣传教育', summary: '' });
  expect(byTitle.get('宪法进社区宣讲')?.details).toContain('到幸福社区宣讲宪法知识');
  expect(byTitle.get('宪法进社区宣讲')?.details).toContain('联合社区开展');
  expect(byTitle.get('集体学法：学习行政复议法')).toMatchObject({ date: '2024-04-08', categoryName: '学习贯彻习近平法治思想' });

  await page.getByLabel('年度').click();
  await shownText(page, '2024年').click();
  await expect(rowOf(page, '宪法进社区宣讲')).toContainText('2024-03-20');
  await expect(rowOf(page, '宪法进社区宣讲')).toContainText('普法宣传教育');

  // Next month's sheet, same layout: the mapping as the user left it is used again.
  const next = await writeUnitLedger(path.join(dir, '科室台账（5月）.xlsx'), [[1, '5月8日', '民法典宣传月启动仪式', '在文化广场启动民法典宣传月', 200, '法规科', '']]);
  const again = await openImport(page, next);
  await expect(again).toContainText('已使用上次导入同样表头时的对应关系');
  await expect(mappingRow(again, '活动内容')).toContainText('详细情况');
  await expect(mappingRow(again, '活动内容')).toContainText('记住的');
  await expect(again.getByRole('status')).toHaveText('共1行，可导入1行，重复0行，有错误0行');

  // The mapping saved as a file reads back as the same mapping.
  const downloading = page.waitForEvent('download');
  await again.getByRole('button', { name: '导出对应关系' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('表格对应关系-普法宣传台账.json');
  const saved = path.join(dir, download.suggestedFilename());
  await download.saveAs(saved);
  const mapping = JSON.parse(fs.readFileSync(saved, 'utf8')) as { 对应: Record<string, string>; 类别?: string };
  expect(mapping.对应).toMatchObject({ 时间: '日期', 活动名称: '事项标题', 活动内容: '详细情况', 备注: '详细情况' });
  expect(mapping.类别).toBe('普法宣传教育');
  await again.locator('input[type=file][accept=".json"]').setInputFiles(saved);
  await expect(again).toContainText('已按所选的对应关系文件对应各列');
  await expect(mappingRow(again, '活动内容')).toContainText('对应关系文件');
  await expect(mappingRow(again, '活动内容')).toContainText('详细情况');
  await again.getByRole('button', { name: '取消' }).click();
  await expect(again).toBeHidden();

  // The import was one batch: undone as a whole from 导入记录, its entries go to the trash.
  await page.getByRole('tab', { name: '导入记录' }).click();
  await page.getByRole('button', { name: '撤销“科室台账.xlsx”的这次导入' }).click();
  const confirm = page.getByRole('dialog', { name: '撤销本次导入？' });
  await expect(confirm).toContainText('仍在台账中的 3 条记录移入回收站');
  await confirm.getByRole('button', { name: '撤销本次导入' }).click();
  await expect(page.getByText('已撤销：3 条已移入回收站')).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: '科室台账.xlsx' })).toContainText('已撤销');
  const left = (await apiCall<{ items: Listed[] }>(page.request, appServer.url, 'activities.list', { deleted: 'exclude', year: 2024 })).items;
  expect(left).toEqual([]);
  const trashed = (await apiCall<{ total: number }>(page.request, appServer.url, 'activities.list', { deleted: 'only' })).total;
  expect(trashed).toBe(3);
});

test('表头是本单位自己的列名：说出表头在第几行，逐列指定后导入', async ({ page, appServer }) => {
  const dir = tempDir();
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('2024年普法');
  sheet.addRow(['开会日子', '干了什么', '在哪儿']);
  sheet.addRow(['2024年5月6日', '送法进社区', '幸福社区']);
  const file = path.join(dir, '工作记录.xlsx');
  await workbook.xlsx.writeFile(file);
  await page.goto(appServer.url);
  await page.getByRole('button', { name: '导入表格' }).click();
  await page.getByRole('dialog', { name: '导入表格' }).locator('input[type=file]').setInputFiles(file);
  const dialog = page.getByRole('dialog', { name: '导入预览' });
  await expect(dialog).toContainText('没有找到表头');
  await expect(dialog.getByRole('button', { name: /导入有效的/ })).toBeDisabled();

  await dialog.getByLabel('表头所在行').fill('1');
  await dialog.getByLabel('表头所在行').press('Enter');
  await expect(mappingRow(dialog, '开会日子')).toContainText('未识别');
  await chooseTarget(page, dialog, '开会日子', '日期');
  await chooseTarget(page, dialog, '干了什么', '事项标题');
  await chooseTarget(page, dialog, '在哪儿', '地点');
  await expect(dialog.getByRole('status')).toHaveText('共1行，可导入1行，重复0行，有错误0行');
  await dialog.getByRole('button', { name: '导入有效的1行' }).click();
  await expect(dialog).toBeHidden();
  const listed = (await apiCall<{ items: (Listed & { location: string })[] }>(page.request, appServer.url, 'activities.list', { deleted: 'exclude', year: 2024 })).items;
  expect(listed).toMatchObject([{ title: '送法进社区', date: '2024-05-06', categoryName: '普法宣传教育', location: '幸福社区' }]);
});
