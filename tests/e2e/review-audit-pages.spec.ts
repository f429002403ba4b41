import fs from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import type { HostAccount } from './fixtures/host-server';
import { expect, test } from './fixtures/host-server';
import { activityDialog, apiCall, currentYear, rowOf } from './helpers/ledger';
import { seedEntry } from './helpers/report';
import { signedInColleague } from './helpers/host-colleague';

// The 审核 and 审计日志 pages as the 审核员 and the 审计员 meet them on the host, with a few entries
// a 录入员 of 办公室 has written and submitted: the queue lists them with who wrote them; each review
// action says what it did once; the log names every step in Chinese and exports to Excel. Each page
// is also kept as a picture (1366×768) in the test's output folder, to be looked at.

const FIRST_PASSWORD = 'Chushi#2026a';
const ADMIN: HostAccount = { username: 'guanli', displayName: '王管理', role: 'admin', password: FIRST_PASSWORD };
const REVIEWER: HostAccount = { username: 'fazhike', displayName: '李审核', role: 'reviewer', department: '法制科', password: FIRST_PASSWORD };
const CLERK: HostAccount = { username: 'bangongshi', displayName: '张录入', role: 'entry', department: '办公室', password: FIRST_PASSWORD };
const AUDITOR: HostAccount = { username: 'shenji', displayName: '赵审计', role: 'auditor', password: FIRST_PASSWORD };

// An array option is given as [value, options]: a bare array would be read as that pair.
test.use({ hostAccounts: [[ADMIN, REVIEWER, CLERK, AUDITOR], { scope: 'test' }] });

const ENTRIES = [
  { title: '“12·4”国家宪法日宣传', category: '普法宣传教育', summary: '在文化广场设点宣传宪法，发放资料300份。' },
  { title: '民法典进社区宣讲', category: '普法宣传教育', summary: '到城东社区宣讲民法典婚姻家庭编，居民80人参加。' },
  { title: '科室学法：行政复议法', category: '普法宣传教育', summary: '集中学习新修订的行政复议法。' },
];

async function openMenu(page: Page, item: string): Promise<void> {
  await page.getByRole('menuitem', { name: new RegExp(`${item}$`) }).click();
  await expect(page.getByRole('heading', { level: 1, name: item })).toBeVisible();
}

/** antd's toasts on screen. */
function messages(page: Page): Locator {
  return page.locator('.ant-message-notice');
}

/** One action, one message: the given one, alone. Then waits for it to go, so the next action's can be counted. */
async function saysOnce(page: Page, text: string): Promise<void> {
  await expect(messages(page).filter({ hasText: text })).toBeVisible();
  await expect(messages(page)).toHaveCount(1);
  await expect(messages(page)).toHaveCount(0);
}

test('审核页列出待审核的台账，审核操作只提示一次；审计日志页用中文列出每一步并可导出 Excel', async ({ browser, hostServer }, testInfo) => {
  // Four colleagues sign in, each changing a first password: longer than one page's test.
  test.setTimeout(240_000);
  const url = hostServer.url;
  const clerk = await signedInColleague(browser, url, CLERK);
  const year = await currentYear(clerk);
  const ids: string[] = [];
  for (const [i, e] of ENTRIES.entries()) ids.push(await seedEntry(clerk, url, { ...e, date: `${year}-0${i + 3}-1${i}` }));
  for (const id of ids) await apiCall(clerk.request, url, 'activities.submit', { id });

  // The 审核员's queue: every submitted entry, with its 科室 and 录入人.
  const reviewer = await signedInColleague(browser, url, REVIEWER);
  await openMenu(reviewer, '审核');
  await expect(reviewer.getByRole('heading', { name: '待审核 3 条' })).toBeVisible();
  for (const e of ENTRIES) {
    const row = rowOf(reviewer, e.title);
    await expect(row).toContainText('办公室');
    await expect(row).toContainText('张录入');
    await expect(row).toContainText(e.category);
    await expect(row.getByRole('button', { name: `通过“${e.title}”` })).toBeVisible();
  }
  for (const header of ['日期', '标题', '类别', '承办科室', '录入人', '提交时间', '操作']) {
    await expect(reviewer.getByRole('columnheader', { name: header, exact: true })).toBeVisible();
  }
  await reviewer.screenshot({ path: testInfo.outputPath('审核.png') });

  // 通过 from the row, and from the opened entry: one message each.
  await rowOf(reviewer, ENTRIES[0]!.title).getByRole('button', { name: `通过“${ENTRIES[0]!.title}”` }).click();
  await saysOnce(reviewer, `“${ENTRIES[0]!.title}”已审核通过`);
  await expect(reviewer.getByRole('heading', { name: '待审核 2 条' })).toBeVisible();
  await rowOf(reviewer, ENTRIES[1]!.title).getByText(ENTRIES[1]!.title).click();
  const opened = activityDialog(reviewer, '编辑活动');
  await opened.getByRole('button', { name: '通过' }).click();
  await saysOnce(reviewer, '已审核通过');
  await expect(reviewer.getByRole('heading', { name: '待审核 1 条' })).toBeVisible();

  // On the ledger, the 录入员's 提交审核 (a save, then the submission) says so once too.
  await seedEntry(clerk, url, { date: `${year}-06-01`, category: '普法宣传教育', title: '法治讲座', summary: '邀请律师讲授民法典。' });
  await clerk.reload();
  await rowOf(clerk, '法治讲座').getByRole('button', { name: '编辑“法治讲座”' }).click();
  const draft = activityDialog(clerk, '编辑活动');
  await draft.getByRole('button', { name: '提交审核' }).click();
  await saysOnce(clerk, '已提交审核，请等待审核员审核');
  await expect(rowOf(clerk, '法治讲座').getByText('已提交', { exact: true })).toBeVisible();

  // The 审计员's log: newest first, every column and step in Chinese.
  const auditor = await signedInColleague(browser, url, AUDITOR);
  await expect(auditor.getByRole('heading', { level: 1, name: '审计日志' })).toBeVisible();
  for (const header of ['时间', '用户', 'IP 地址', '操作', '对象', '结果']) {
    await expect(auditor.getByRole('columnheader', { name: header, exact: true })).toBeVisible();
  }
  const rows = auditor.getByRole('row');
  await expect(rows.filter({ hasText: 'bangongshi' }).filter({ hasText: '把台账提交审核' }).filter({ hasText: '成功' }).first()).toBeVisible();
  await expect(rows.filter({ hasText: 'fazhike' }).filter({ hasText: '审核台账' }).filter({ hasText: '审核结果=通过' }).filter({ hasText: '成功' }).first()).toBeVisible();
  await expect(rows.filter({ hasText: 'shenji' }).filter({ hasText: '修改自己的密码' }).filter({ hasText: '成功' }).first()).toBeVisible();
  await expect(rows.filter({ hasText: 'bangongshi' }).filter({ hasText: '新增活动' }).first()).toBeVisible();
  await expect(rows.filter({ hasText: '本机' }).filter({ hasText: '新建用户' }).first()).toBeVisible();
  // The 录入员's ledger asks the host for nothing the role may not have: no refusals in the log.
  await expect(rows.filter({ hasText: '失败' })).toHaveCount(0);
  // A raw operation name shown alone would mean a step the page cannot name.
  await expect(auditor.getByRole('cell', { name: /^activities\.\w+$/ })).toHaveCount(0);
  await auditor.screenshot({ path: testInfo.outputPath('审计日志.png') });

  const downloading = auditor.waitForEvent('download');
  await auditor.getByRole('button', { name: '导出 Excel' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  // An .xlsx is a zip: it starts with PK.
  const file = await download.path();
  expect(fs.readFileSync(file).subarray(0, 2).toString('latin1')).toBe('PK');
  await expect(messages(auditor).filter({ hasText: /已导出 \d+ 条审计记录/ })).toBeVisible();
});
