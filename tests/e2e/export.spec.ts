import path from 'node:path';
import { expect, test } from './fixtures/app-server';
import { tempDir } from './helpers/files';
import { activityTotal, currentYear, seedActivity } from './helpers/ledger';

test('导出Excel后再导入同一个文件：预览显示全部重复，什么都不会重复写入', async ({ page, appServer }) => {
  await page.goto(appServer.url);
  const year = await currentYear(page);
  await seedActivity(page.request, appServer.url, '普法宣传教育', {
    date: `${year}-03-15`,
    title: '“3·15”普法宣传',
    summary: '发放宣传资料500余份。',
    tags: ['消费者权益'],
    metrics: [{ name: '发放资料', value: 500, unit: '份', approximate: true }],
  });
  await seedActivity(page.request, appServer.url, '行政执法', { date: `${year}-04-01`, title: '执法案卷评查', department: '法规科' });
  await seedActivity(page.request, appServer.url, '第一责任人职责', { date: `${year}-12-20`, title: '主要负责人年终述法', leaderRole: '述法' });
  await page.reload();
  await expect(page.getByText('共 3 条')).toBeVisible();

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出Excel' }).click();
  const download = await downloading;
  await expect(page.getByText('已导出3条')).toBeVisible();
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const saved = path.join(tempDir(), download.suggestedFilename());
  await download.saveAs(saved);

  await page.getByRole('button', { name: '导入表格' }).click();
  await page.getByRole('dialog', { name: '导入表格' }).locator('input[type=file]').setInputFiles(saved);
  const preview = page.getByRole('dialog', { name: '导入预览' });
  await expect(preview.getByRole('status')).toHaveText('共3行，可导入0行，重复3行，有错误0行');
  await expect(preview.getByRole('button', { name: '导入有效的0行' })).toBeDisabled();
  await expect(preview.getByRole('region', { name: '重复的行（台账中已有，不会再导入）' }).getByRole('row')).toHaveCount(4);
  await preview.getByRole('button', { name: '取消' }).click();
  await expect(preview).toBeHidden();

  await expect(page.getByText('共 3 条')).toBeVisible();
  expect(await activityTotal(page.request, appServer.url)).toBe(3);
});
