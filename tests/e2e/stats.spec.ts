import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { MONTH_GRID } from '../../renderer/pages/stats/charts/bar-option';
import { expect, test } from './fixtures/app-server';
import { tempDir } from './helpers/files';
import { apiCall, currentYear, seedActivity } from './helpers/ledger';

// The 统计 page on a seeded year: the figures, a click on a month's bar and on a table's number
// listing exactly the entries behind them, the .xlsx and a chart's picture.

async function seedYear(page: Page, url: string, year: number) {
  await seedActivity(page.request, url, '学习贯彻习近平法治思想', { date: `${year}-03-02`, title: '三月集体学法', department: '法规科', participantCount: 20 });
  await seedActivity(page.request, url, '普法宣传教育', { date: `${year}-03-18`, title: '三月法律咨询', metrics: [{ name: '发放资料', value: 300, unit: '份' }] });
  // Counted in February, where it starts; not in March.
  await seedActivity(page.request, url, '普法宣传教育', { date: `${year}-02-27`, endDate: `${year}-03-03`, title: '跨月普法宣传周', metrics: [{ name: '发放资料', value: 200, unit: '份' }] });
  await seedActivity(page.request, url, '行政执法', { date: `${year}-05-06`, title: '五月执法检查', department: '执法大队' });
  const trashed = await seedActivity(page.request, url, '学习贯彻习近平法治思想', { date: `${year}-03-20`, title: '已删除的三月学法' });
  await apiCall(page.request, url, 'activities.delete', { id: trashed.id });
  await seedActivity(page.request, url, '学习贯彻习近平法治思想', { date: `${year - 1}-03-10`, title: '去年三月学法', metrics: [{ name: '发放资料', value: 250, unit: '份' }] });
}

/** Clicks just above the axis, in the left (chosen year's) half of a month's column. */
async function clickMonthBar(page: Page, month: number) {
  const chart = page.getByRole('img', { name: '按月份统计图' });
  const box = (await chart.boundingBox())!;
  const band = (box.width - MONTH_GRID.left - MONTH_GRID.right) / 12;
  await chart.click({ position: { x: MONTH_GRID.left + (month - 0.5) * band - band * 0.15, y: box.height - MONTH_GRID.bottom - 3 } });
}

function drawer(page: Page, title: string) {
  return page.getByRole('dialog', { name: `${title}的台账` });
}

async function titlesIn(page: Page, title: string): Promise<string[]> {
  const d = drawer(page, title);
  await expect(d).toBeVisible();
  await expect(d.locator('.ant-spin-spinning')).toHaveCount(0);
  return d.getByRole('row').locator('a').allTextContents();
}

test('统计页显示一年的数字，点月份柱条列出的正是这个月的台账', async ({ page, appServer }) => {
  const complaints: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') complaints.push(m.text());
  });
  await page.goto(appServer.url);
  const year = await currentYear(page);
  await seedYear(page, appServer.url, year);
  await page.goto(`${appServer.url}#/stats`);

  const total = page.getByRole('button', { name: '活动总数：4条，查看台账' });
  await expect(total).toBeVisible();
  await expect(total).toContainText('同比上升300%');
  await expect(page.getByRole('button', { name: '发放资料：500份，查看台账' })).toContainText('同比上升100%');
  await expect(page.getByText('跨月的活动只计入开始日期所在的月份')).toBeVisible();
  await expect(page.getByRole('img', { name: '按月份统计图' }).locator('canvas')).toBeVisible();
  await page.waitForTimeout(600); // the bars' 0.3 s grow-in animation, for the screenshot
  await page.screenshot({ path: '/tmp/stats-page.png', fullPage: true });

  await clickMonthBar(page, 3);
  expect(await titlesIn(page, `${year}年3月`)).toEqual(['三月集体学法', '三月法律咨询']);
  const d = drawer(page, `${year}年3月`);
  await expect(d.getByRole('status')).toHaveText('共 2 条');
  const entry = await apiCall<{ items: { id: string; title: string }[] }>(page.request, appServer.url, 'activities.list', { text: '三月集体学法' });
  await expect(d.getByRole('link', { name: '三月集体学法' })).toHaveAttribute('href', `#/ledger?entry=${entry.items[0]!.id}`);
  await page.screenshot({ path: '/tmp/stats-drawer.png' });
  await page.keyboard.press('Escape');
  await expect(d).toBeHidden();

  await clickMonthBar(page, 2);
  expect(await titlesIn(page, `${year}年2月`)).toEqual(['跨月普法宣传周']);
  // Neither React, antd nor echarts complained (a deprecated option, a missing key …).
  expect(complaints).toEqual([]);
});

test('统计表中的数字可点开台账，统计表可导出为 Excel，图表可导出为图片', async ({ page, appServer }) => {
  await page.goto(appServer.url);
  const year = await currentYear(page);
  await seedYear(page, appServer.url, year);
  await page.goto(`${appServer.url}#/stats`);
  await expect(page.getByRole('button', { name: '活动总数：4条，查看台账' })).toBeVisible();

  await page.getByRole('tab', { name: '按类别' }).click();
  await page.getByRole('button', { name: `${year}年 · 行政执法：1条` }).click();
  expect(await titlesIn(page, `${year}年 · 行政执法`)).toEqual(['五月执法检查']);
  await page.keyboard.press('Escape');
  await expect(drawer(page, `${year}年 · 行政执法`)).toBeHidden();

  await page.getByRole('tab', { name: '按月份' }).click();
  await page.getByRole('button', { name: `${year - 1}年3月：1条` }).click();
  expect(await titlesIn(page, `${year - 1}年3月`)).toEqual(['去年三月学法']);
  await page.keyboard.press('Escape');

  await page.getByRole('tab', { name: '指标合计' }).click();
  await page.getByRole('button', { name: `${year}年发放资料：500份` }).click();
  expect(await titlesIn(page, `${year}年 · 指标：发放资料（份）`)).toEqual(['跨月普法宣传周', '三月法律咨询']);
  await page.keyboard.press('Escape');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出统计表' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`${year}年法治工作统计.xlsx`);
  const saved = path.join(tempDir(), download.suggestedFilename());
  await download.saveAs(saved);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(saved);
  expect((book.getWorksheet('按月份')!.getRow(5).values as unknown[]).slice(1)).toEqual(['3月', 2, 1, 100]);
  expect((book.getWorksheet('概况')!.getRow(3).values as unknown[]).slice(1)).toEqual(['台账条数（活动总数）', '条', 4, 1, 300]);

  const picture = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出图片' }).first().click();
  const png = await picture;
  expect(png.suggestedFilename()).toBe(`统计-${year}-按月份.png`);
  const pngFile = path.join(tempDir(), png.suggestedFilename());
  await png.saveAs(pngFile);
  const bytes = fs.readFileSync(pngFile);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
});

test('指标合计按年报的规则：有季度汇总时单次记录标为“未计入”', async ({ page, appServer }) => {
  await page.goto(appServer.url);
  const year = await currentYear(page);
  const cases = (value: number) => [{ name: '办理案件', value, unit: '件' }];
  await seedActivity(page.request, appServer.url, '行政执法', { date: `${year}-03-31`, period: 'quarter', title: '一季度办案统计', metrics: cases(30) });
  await seedActivity(page.request, appServer.url, '行政执法', { date: `${year}-02-10`, title: '一起案件办结', metrics: cases(1) });
  await seedActivity(page.request, appServer.url, '行政执法', { date: `${year - 1}-12-31`, period: 'year', title: '上年全年办案', metrics: cases(120) });
  await page.goto(`${appServer.url}#/stats`);

  const card = page.getByRole('button', { name: '办理案件：30件，查看台账' });
  await expect(card).toContainText('同比下降75%');
  await expect(page.getByText('已采用期间汇总，单次记录未重复计入')).toBeVisible();
  await page.getByRole('tab', { name: '指标合计' }).click();
  await expect(page.getByText('另1条未计入')).toBeVisible();
  await page.screenshot({ path: '/tmp/stats-metrics.png', fullPage: true });

  await card.click();
  const d = drawer(page, `${year}年 · 指标：办理案件（件）`);
  expect(await titlesIn(page, `${year}年 · 指标：办理案件（件）`)).toEqual(['一起案件办结', '一季度办案统计']);
  await expect(d.getByRole('row').filter({ hasText: '一起案件办结' })).toContainText('未计入');
  await expect(d.getByRole('row').filter({ hasText: '一季度办案统计' })).not.toContainText('未计入');
  await page.screenshot({ path: '/tmp/stats-metric-drawer.png' });
});
