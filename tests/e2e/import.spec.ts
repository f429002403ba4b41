import path from 'node:path';
import { expect, test } from './fixtures/app-server';
import { tempDir, writeXlsx } from './helpers/files';
import { activityTotal, rowOf, shownText } from './helpers/ledger';

const HEADER = ['日期', '类别', '事项标题', '内容摘要', '承办科室'];
const GOOD = [
  ['2023-03-15', '普法宣传教育', '“3·15”普法宣传', '在人民广场开展“3·15”普法宣传活动。', '法规科'],
  ['2023-06-16', '突发事件应对', '安全宣传咨询日活动', '', '办公室'],
];

test('导入表格：先列出有错误的行和原因；取消后改正再选，导入后列表里就有了', async ({ page, appServer }) => {
  const dir = tempDir();
  const file = path.join(dir, '2023年法治台账.xlsx');
  await writeXlsx(file, [HEADER, ...GOOD, ['2023-02-30', '行政执法', '执法人员法律知识培训', '', '']]);
  await page.goto(appServer.url);

  await page.getByRole('button', { name: '导入表格' }).click();
  const chooser = page.getByRole('dialog', { name: '导入表格' });
  await expect(chooser).toContainText('日期、类别、事项标题');
  await chooser.locator('input[type=file]').setInputFiles(file);

  const preview = page.getByRole('dialog', { name: '导入预览' });
  await expect(preview.getByRole('status')).toHaveText('共3行，可导入2行，重复0行，有错误1行');
  const errors = preview.getByRole('region', { name: '有错误的行（不会导入）' });
  await expect(errors.getByRole('row').filter({ hasText: '第4行' })).toContainText('“2023-02-30”这一天不存在');
  await expect(preview).toContainText('改正表格后可重新选择文件');
  await preview.getByRole('button', { name: '取消' }).click();
  await expect(preview).toBeHidden();
  expect(await activityTotal(page.request, appServer.url)).toBe(0);

  // Fixed in the spreadsheet, chosen again.
  await writeXlsx(file, [HEADER, ...GOOD, ['2023-02-28', '行政执法', '执法人员法律知识培训', '', '']]);
  await page.getByRole('button', { name: '导入表格' }).click();
  await page.getByRole('dialog', { name: '导入表格' }).locator('input[type=file]').setInputFiles(file);
  await expect(preview.getByRole('status')).toHaveText('共3行，可导入3行，重复0行，有错误0行');
  await preview.getByRole('button', { name: '导入有效的3行' }).click();
  await expect(preview).toBeHidden();
  await expect(page.getByText('已导入3条')).toBeVisible();
  expect(await activityTotal(page.request, appServer.url)).toBe(3);

  await page.getByLabel('年度').click();
  await shownText(page, '2023年').click();
  await expect(page.getByText('共 3 条')).toBeVisible();
  await expect(rowOf(page, '执法人员法律知识培训')).toContainText('2023-02-28');
  await expect(rowOf(page, '“3·15”普法宣传')).toContainText('法规科');
  await expect(rowOf(page, '安全宣传咨询日活动')).toBeVisible();
});
