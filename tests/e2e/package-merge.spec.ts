import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { AppServer, expect, test } from './fixtures/app-server';
import { tempDir } from './helpers/files';
import { apiCall, currentYear, seedActivity } from './helpers/ledger';

// 汇总 end to end: a street office exports its 数据包 from its own data folder, the 司法局 merges it
// through the page, then both change the same entry and the 司法局 resolves the conflict on screen.

async function downloadPackage(page: Page, url: string): Promise<string> {
  await page.goto(`${url}#/data`);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出数据包' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^法治台账数据包-某街道办事处-\d{8}\.zip$/);
  const saved = path.join(tempDir(), download.suggestedFilename());
  await download.saveAs(saved);
  return saved;
}

async function mergeThroughPage(page: Page, url: string, file: string): Promise<void> {
  await page.goto(`${url}#/data`);
  await page.locator('input[type=file]').setInputFiles(file);
  const summary = page.locator('[aria-label="数据包内容"]');
  await expect(summary.getByText('某街道办事处', { exact: true })).toBeVisible();
  await expect(page.getByRole('radio', { name: /合并（汇总下级单位或部门的台账）/ })).toBeChecked();
  await page.screenshot({ path: '/tmp/package-e2e-inspect.png', fullPage: true });
  await page.getByRole('button', { name: '开始合并' }).click();
}

test('导出下级单位的数据包，合并到本单位；两边都改过的一条在页面上处理冲突', async ({ page, appServer }) => {
  const streetDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fazhi-e2e-street-'));
  const street = new AppServer(streetDir);
  await street.start();
  try {
    await page.goto(appServer.url);
    const year = await currentYear(page);
    await apiCall(page.request, street.url, 'unit.update', { name: '某街道办事处', type: '政府部门' });
    const lecture = await seedActivity(page.request, street.url, '普法宣传教育', { date: `${year}-03-15`, title: '民法典进社区讲座', summary: '开展民法典进社区讲座', department: '综治办' });
    await seedActivity(page.request, street.url, '学习贯彻习近平法治思想', { date: `${year}-04-02`, title: '街道集体学法', department: '党政办' });
    await apiCall(page.request, appServer.url, 'unit.update', { name: '某区司法局', type: '政府部门' });
    await seedActivity(page.request, appServer.url, '学习贯彻习近平法治思想', { date: `${year}-04-10`, title: '局党组集体学法' });

    const first = await downloadPackage(page, street.url);
    await mergeThroughPage(page, appServer.url, first);
    await expect(page.getByText('已合并“某街道办事处”的台账：新增 2 条，更新 0 条，未变 0 条，冲突 0 条。')).toBeVisible();
    await expect(page.getByText('没有待处理的冲突')).toBeVisible();
    await page.screenshot({ path: '/tmp/package-e2e-merged.png', fullPage: true });

    await page.goto(`${appServer.url}#/ledger`);
    await expect(page.getByText('共 3 条')).toBeVisible();
    const row = page.getByRole('row').filter({ hasText: '民法典进社区讲座' });
    await expect(row.getByText('来源：某街道办事处')).toBeVisible();
    await expect(row.getByText('综治办')).toBeVisible();
    await page.getByRole('button', { name: /更多筛选/ }).click();
    const origin = page.getByLabel('来源筛选');
    await origin.click();
    await page.getByRole('option', { name: '本单位' }).click();
    await expect(page.getByText('共 1 条')).toBeVisible();
    await page.screenshot({ path: '/tmp/package-e2e-ledger.png', fullPage: true });

    // Both sides change the same entry.
    await apiCall(page.request, street.url, 'activities.update', { id: lecture.id, title: '民法典进社区讲座（街道补充）' });
    await apiCall(page.request, appServer.url, 'activities.update', { id: lecture.id, title: '民法典进社区讲座（司法局校对）' });
    const second = await downloadPackage(page, street.url);
    await mergeThroughPage(page, appServer.url, second);
    await expect(page.getByText(/冲突 1 条/).first()).toBeVisible();

    const conflict = page.getByLabel('冲突：民法典进社区讲座（司法局校对）');
    await expect(conflict).toBeVisible();
    const differing = conflict.getByRole('row', { name: '不同：事项标题' });
    await expect(differing.getByText('民法典进社区讲座（司法局校对）')).toBeVisible();
    await expect(differing.getByText('民法典进社区讲座（街道补充）')).toBeVisible();
    await page.screenshot({ path: '/tmp/package-e2e-conflict.png', fullPage: true });
    await conflict.getByRole('button', { name: '采用导入' }).click();
    await expect(page.getByText('没有待处理的冲突')).toBeVisible();

    const after = await apiCall<{ title: string; origin: string }>(page.request, appServer.url, 'activities.get', { id: lecture.id });
    expect(after).toMatchObject({ title: '民法典进社区讲座（街道补充）', origin: '某街道办事处' });
  } finally {
    await street.stop();
    fs.rmSync(streetDir, { recursive: true, force: true });
  }
});

test('迁移到新电脑：用数据包替换本机数据，须输入“替换”确认', async ({ page, appServer }) => {
  const oldDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fazhi-e2e-old-pc-'));
  const oldPc = new AppServer(oldDir);
  await oldPc.start();
  try {
    await page.goto(appServer.url);
    const year = await currentYear(page);
    await apiCall(page.request, oldPc.url, 'unit.update', { name: '某街道办事处', type: '政府部门' });
    await seedActivity(page.request, oldPc.url, '普法宣传教育', { date: `${year}-03-15`, title: '旧电脑上的普法讲座' });
    await seedActivity(page.request, appServer.url, '普法宣传教育', { date: `${year}-01-05`, title: '新电脑上试录的一条' });
    const file = await downloadPackage(page, oldPc.url);

    await page.goto(`${appServer.url}#/data`);
    await page.locator('input[type=file]').setInputFiles(file);
    await page.getByRole('radio', { name: /替换本机数据（迁移到新电脑）/ }).check();
    await page.getByRole('button', { name: '替换本机数据…' }).click();
    const confirm = page.getByRole('dialog', { name: '替换本机数据' });
    const go = confirm.getByRole('button', { name: '替换本机数据' });
    await expect(go).toBeDisabled();
    await confirm.getByLabel('确认替换').fill('替换');
    await page.screenshot({ path: '/tmp/package-e2e-replace.png', fullPage: true });
    await go.click();
    await expect(page.getByText('已用“某街道办事处”的数据替换本机数据：现有台账 1 条，复制佐证材料文件 0 个。')).toBeVisible();

    await page.goto(`${appServer.url}#/ledger`);
    await expect(page.getByText('旧电脑上的普法讲座')).toBeVisible();
    await expect(page.getByText('新电脑上试录的一条')).toBeHidden();
    await expect(page.getByText('共 1 条')).toBeVisible();
  } finally {
    await oldPc.stop();
    fs.rmSync(oldDir, { recursive: true, force: true });
  }
});
