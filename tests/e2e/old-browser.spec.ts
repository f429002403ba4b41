import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/app-server';
import { currentYear, rowOf } from './helpers/ledger';
import { paper, reportYear, seedEntry } from './helpers/report';

// Colleagues on Windows 7 desks open the page in Chrome 109 or Firefox ESR 115, over plain
// http://192.168.x.x. This Chromium is newer and 127.0.0.1 counts as a secure context, so before
// any of the page's scripts run, everything those browsers would not give it is taken away: the
// secure-context-only APIs, and the built-ins newer than Chrome 109 / Firefox 115. Then the main
// pages are used; any script error, console error or missing copy fallback fails the test.
// tests/unit/old-browser-apis.test.ts keeps the source off these APIs; this catches the libraries too.

function takeAwayNewerApis() {
  const remove = (owner: object | undefined, names: string[]) => {
    for (const name of names) if (owner) Reflect.deleteProperty(owner, name);
  };
  // Secure context only (absent on http://192.168.x.x).
  remove(Crypto.prototype, ['randomUUID', 'subtle']);
  remove(Navigator.prototype, ['clipboard', 'serviceWorker', 'storage', 'locks', 'credentials']);
  remove(window, ['ClipboardItem', 'caches', 'CacheStorage']);
  // Newer than Chrome 109 / Firefox 115.
  remove(Array.prototype, ['toSorted', 'toReversed', 'toSpliced', 'with']);
  remove(Array, ['fromAsync']);
  remove(Object, ['groupBy']);
  remove(Map, ['groupBy']);
  remove(Promise, ['withResolvers', 'try']);
  remove(String.prototype, ['isWellFormed', 'toWellFormed']);
  remove(Set.prototype, ['union', 'intersection', 'difference', 'symmetricDifference', 'isSubsetOf', 'isSupersetOf', 'isDisjointFrom']);
  remove(URL, ['canParse', 'parse']);
  remove(AbortSignal, ['any']);
  remove(RegExp, ['escape']);
  remove(Intl, ['Segmenter', 'DurationFormat']);
  remove(Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())) as object, ['map', 'filter', 'take', 'drop', 'flatMap', 'reduce', 'toArray', 'forEach', 'some', 'every', 'find']);
  remove(globalThis, ['Iterator']);
  // What the copy fallback hands to the clipboard, so the test can see that copying still works.
  const setData = DataTransfer.prototype.setData;
  DataTransfer.prototype.setData = function (format: string, data: string) {
    (window as unknown as { __copied?: string }).__copied = data;
    return setData.call(this, format, data);
  };
}

async function openFromMenu(page: Page, item: string) {
  await page.getByRole('menuitem', { name: new RegExp(`${item}$`) }).click();
  await expect(page.getByRole('heading', { level: 1, name: item })).toBeVisible();
}

test('在 Chrome 109 / Firefox 115 没有的接口被去掉后，台账、统计、年报、设置各页照常使用，复制仍然可用', async ({ page, appServer }) => {
  const problems: string[] = [];
  page.on('pageerror', (err) => problems.push(`页面脚本出错：${err.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`控制台错误：${m.text()}`);
  });
  await page.addInitScript(takeAwayNewerApis);

  await page.goto(appServer.url);
  await expect(page.getByRole('button', { name: '新增活动' })).toBeVisible();
  // The page really runs without them (the init script ran before its scripts).
  expect(
    await page.evaluate(() => [
      typeof crypto.randomUUID,
      typeof crypto.subtle,
      typeof navigator.clipboard,
      typeof ([] as unknown as { toSorted?: unknown }).toSorted,
      typeof (Object as unknown as { groupBy?: unknown }).groupBy,
    ]),
  ).toEqual(['undefined', 'undefined', 'undefined', 'undefined', 'undefined']);

  const year = await currentYear(page);
  const reportingYear = await reportYear(page);
  await seedEntry(page, appServer.url, { date: `${year}-03-05`, category: '普法宣传教育', title: '宪法宣传周', summary: '组织开展宪法宣传周集中宣传活动，发放宣传资料1200份' });
  if (reportingYear !== year) {
    await seedEntry(page, appServer.url, { date: `${reportingYear}-03-05`, category: '普法宣传教育', title: '上年度普法集中宣传', summary: '组织开展普法集中宣传活动' });
  }
  await page.reload();
  await expect(rowOf(page, '宪法宣传周')).toBeVisible();

  await openFromMenu(page, '统计');
  await expect(page.getByRole('img', { name: '按月份统计图' }).locator('canvas')).toBeVisible();

  await openFromMenu(page, '年报');
  await page.getByRole('button', { name: '生成报告' }).click();
  await expect(paper(page).getByRole('heading', { level: 1 })).toContainText(String(reportingYear));

  await openFromMenu(page, '设置');
  await expect(page.getByLabel('单位名称')).toBeVisible();
  // The data folder's path is copyable: without navigator.clipboard, antd falls back to execCommand('copy').
  const folderRow = page.getByRole('row').filter({ hasText: '数据文件夹' });
  await folderRow.getByRole('button', { name: '复制' }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { __copied?: string }).__copied)).toBe(appServer.dataDir);

  for (const item of ['年报体检', '备份与恢复', '数据包与汇总', '台账']) await openFromMenu(page, item);
  await expect(rowOf(page, '宪法宣传周')).toBeVisible();

  expect(problems).toEqual([]);
});
