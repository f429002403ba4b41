import type { Browser, Locator, Page } from '@playwright/test';
import type { HostAccount } from './fixtures/host-server';
import { expect, test } from './fixtures/host-server';
import { activityDialog, apiCall, currentYear, fillActivityForm, rowOf, saveButton } from './helpers/ledger';
import { blockWith, paper, reportYear, seedEntry } from './helpers/report';

// 审核 in host mode, as two colleagues do it at their own desks: a 录入员 of 办公室 writes and
// submits, the 审核员 of 法制科 returns it with a reason and later approves it; two people editing
// one entry at once do not overwrite each other; a filed year is locked. Each colleague is a
// browser context of their own (their own cookie), signed in on the host's sign-in page.

const FIRST_PASSWORD = 'Chushi#2026a';
const NEW_PASSWORD = 'Xinmima#2026b';

const ADMIN: HostAccount = { username: 'guanli', displayName: '王管理', role: 'admin', password: FIRST_PASSWORD };
const REVIEWER: HostAccount = { username: 'fazhike', displayName: '李审核', role: 'reviewer', department: '法制科', password: FIRST_PASSWORD };
const CLERK: HostAccount = { username: 'bangongshi', displayName: '张录入', role: 'entry', department: '办公室', password: FIRST_PASSWORD };

// An array option is given as [value, options]: a bare array would be read as that pair.
test.use({ hostAccounts: [[ADMIN, REVIEWER, CLERK], { scope: 'test' }] });

/** A colleague's own browser, signed in; the first sign-in asks for a new password, as the host requires. */
async function signedIn(browser: Browser, url: string, who: HostAccount): Promise<Page> {
  const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1366, height: 800 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.getByLabel('用户名').fill(who.username);
  await page.getByLabel('密码', { exact: true }).fill(who.password);
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByLabel('当前密码').fill(who.password);
  await page.getByLabel('新密码', { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel('再次输入新密码').fill(NEW_PASSWORD);
  await page.getByRole('button', { name: '修改密码' }).click();
  await expect(page.getByRole('menuitem', { name: /台账$/ })).toBeVisible();
  return page;
}

async function openMenu(page: Page, item: string): Promise<void> {
  await page.getByRole('menuitem', { name: new RegExp(`${item}$`) }).click();
  await expect(page.getByRole('heading', { level: 1, name: item })).toBeVisible();
}

async function openEntry(page: Page, title: string): Promise<Locator> {
  await rowOf(page, title).getByRole('button', { name: `编辑“${title}”` }).click();
  const dialog = activityDialog(page, '编辑活动');
  await expect(dialog).toBeVisible();
  return dialog;
}

function statusIn(row: Locator, status: string): Locator {
  return row.getByText(status, { exact: true });
}

test('录入员提交审核，审核员写明原因退回，改好再提交后审核通过；提交后录入员不能再改', async ({ browser, hostServer }) => {
  // Two people's whole round trip, each signing in and changing a first password: longer than one page's test.
  test.setTimeout(240_000);
  const clerk = await signedIn(browser, hostServer.url, CLERK);
  const reviewer = await signedIn(browser, hostServer.url, REVIEWER);
  const year = await currentYear(clerk);
  const title = '“12·4”国家宪法日宣传';

  // The 录入员 writes an entry: it is a 草稿 until submitted.
  await clerk.getByRole('button', { name: '新增活动' }).click();
  const draft = activityDialog(clerk);
  await fillActivityForm(draft, { date: `${year}-03-04`, category: '普法宣传教育', title, summary: '在文化广场开展国家宪法日宣传。', department: '办公室' });
  await saveButton(draft).click();
  await expect(draft).toBeHidden();
  await expect(clerk.getByRole('columnheader', { name: '状态' })).toBeVisible();
  await expect(statusIn(rowOf(clerk, title), '草稿')).toBeVisible();

  let dialog = await openEntry(clerk, title);
  await expect(dialog.getByText('录入人：')).toBeVisible();
  await expect(dialog.getByText('张录入')).toBeVisible();
  await dialog.getByRole('button', { name: '提交审核' }).click();
  await expect(clerk.getByText('已提交审核，请等待审核员审核')).toBeVisible();
  await expect(statusIn(rowOf(clerk, title), '已提交')).toBeVisible();

  // Submitted: the 录入员 can read it but not change it, and is told why.
  dialog = await openEntry(clerk, title);
  await expect(dialog.getByText(/已提交审核，等待审核员审核，暂不能修改/)).toBeVisible();
  await expect(dialog.getByLabel('事项标题')).toBeDisabled();
  await expect(saveButton(dialog)).toHaveCount(0);
  await expect(dialog.getByRole('button', { name: '提交审核' })).toHaveCount(0);
  await dialog.getByRole('button', { name: '关闭', exact: true }).last().click();

  // The 审核员's queue: one entry, opened from its row, returned with a reason (which is required).
  await openMenu(reviewer, '审核');
  await expect(reviewer.getByRole('heading', { name: '待审核 1 条' })).toBeVisible();
  const queued = rowOf(reviewer, title);
  await expect(queued).toContainText('办公室');
  await expect(queued).toContainText('张录入');
  await queued.getByText(title).click();
  const reviewing = activityDialog(reviewer, '编辑活动');
  await expect(reviewing.getByRole('button', { name: '通过' })).toBeVisible();
  await reviewing.getByRole('button', { name: '退回' }).click();
  const returnBox = reviewer.getByRole('dialog', { name: '退回台账' });
  await returnBox.getByRole('button', { name: '退回' }).click();
  await expect(returnBox.getByText('请填写退回原因')).toBeVisible();
  await returnBox.getByLabel('退回原因').fill('请补充参加人数');
  await returnBox.getByRole('button', { name: '退回' }).click();
  await expect(reviewer.getByText('已退回给录入人修改')).toBeVisible();
  await expect(reviewer.getByRole('heading', { name: '待审核 0 条' })).toBeVisible();

  // The 录入员 sees 退回 with its reason, fixes the entry and submits it again.
  await clerk.reload();
  const returnedRow = rowOf(clerk, title);
  await expect(statusIn(returnedRow, '退回')).toBeVisible();
  await statusIn(returnedRow, '退回').hover();
  await expect(clerk.getByRole('tooltip', { name: '退回原因：请补充参加人数' })).toBeVisible();
  dialog = await openEntry(clerk, title);
  await expect(dialog.getByText('退回原因：请补充参加人数')).toBeVisible();
  await dialog.getByLabel('参加人数').fill('30');
  await dialog.getByRole('button', { name: '提交审核' }).click();
  await expect(statusIn(rowOf(clerk, title), '已提交')).toBeVisible();

  // The 审核员 approves it straight from the queue.
  await reviewer.getByRole('button', { name: '刷新' }).click();
  await expect(reviewer.getByRole('heading', { name: '待审核 1 条' })).toBeVisible();
  await rowOf(reviewer, title).getByRole('button', { name: `通过“${title}”` }).click();
  await expect(reviewer.getByText(`“${title}”已审核通过`)).toBeVisible();
  await expect(reviewer.getByRole('heading', { name: '待审核 0 条' })).toBeVisible();

  await clerk.reload();
  await expect(statusIn(rowOf(clerk, title), '已审核')).toBeVisible();
  // The 状态 filter finds it among the approved, and not among the drafts.
  await clerk.getByRole('button', { name: /更多筛选/ }).click();
  await clerk.getByLabel('审核状态筛选').click();
  await pickStatus(clerk, '草稿');
  await expect(rowOf(clerk, title)).toHaveCount(0);
  await expect(clerk.getByText('状态：草稿')).toBeVisible();
  dialog = await openEntryAfterFilter(clerk, title, '已审核');
  await expect(dialog.getByText(/已审核通过，不能再修改/)).toBeVisible();
  await expect(dialog.getByLabel('参加人数')).toBeDisabled();
});

/** antd's list keeps a hidden copy of each option for screen readers; the visible one is clicked. */
async function pickStatus(page: Page, status: string): Promise<void> {
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: new RegExp(`^${status}$`) }).first().click();
}

async function openEntryAfterFilter(page: Page, title: string, status: string): Promise<Locator> {
  await page.getByLabel('审核状态筛选').click();
  await pickStatus(page, status);
  await expect(statusIn(rowOf(page, title), status)).toBeVisible();
  return openEntry(page, title);
}

test('两人同时修改一条台账：后保存的人看到提示，自己的修改不会丢，重新载入后看到对方的内容', async ({ browser, hostServer }) => {
  // Two signed-in browsers and six saves: on a loaded 2-core CI machine this has taken 90 s.
  test.setTimeout(180_000);
  const clerk = await signedIn(browser, hostServer.url, CLERK);
  const reviewer = await signedIn(browser, hostServer.url, REVIEWER);
  const year = await currentYear(clerk);
  const title = '法治讲座';

  await clerk.getByRole('button', { name: '新增活动' }).click();
  const created = activityDialog(clerk);
  await fillActivityForm(created, { date: `${year}-05-20`, category: '普法宣传教育', title, summary: '邀请律师讲授民法典。', location: '三楼会议室', department: '办公室' });
  await saveButton(created).click();
  await expect(created).toBeHidden();

  // Both open the entry; the 审核员 saves first.
  const mine = await openEntry(clerk, title);
  await reviewer.reload();
  const theirs = await openEntry(reviewer, title);
  await theirs.getByLabel('地点').fill('一楼报告厅');
  await saveButton(theirs).click();
  await expect(theirs).toBeHidden();

  // The 录入员's save is refused instead of overwriting the 地点 just saved.
  await mine.getByLabel('内容摘要').fill('邀请律师讲授民法典婚姻家庭编，干部职工40人参加。');
  await saveButton(mine).click();
  const conflict = clerk.getByRole('dialog', { name: '这条台账已被他人修改' });
  await expect(conflict).toBeVisible();
  await expect(conflict.getByLabel('我的修改')).toHaveValue('内容摘要：邀请律师讲授民法典婚姻家庭编，干部职工40人参加。');

  // 返回继续编辑 keeps every typed value on screen.
  await conflict.getByRole('button', { name: '返回继续编辑' }).click();
  await expect(conflict).toBeHidden();
  await expect(mine.getByLabel('内容摘要')).toHaveValue('邀请律师讲授民法典婚姻家庭编，干部职工40人参加。');

  // 重新载入 shows the colleague's version; saving again on top of it goes through.
  await saveButton(mine).click();
  await expect(conflict).toBeVisible();
  await conflict.getByRole('button', { name: '重新载入' }).click();
  await expect(conflict).toBeHidden();
  await expect(mine.getByLabel('地点')).toHaveValue('一楼报告厅');
  await expect(mine.getByLabel('内容摘要')).toHaveValue('邀请律师讲授民法典。');
  await mine.getByLabel('内容摘要').fill('邀请律师讲授民法典婚姻家庭编，干部职工40人参加。');
  await saveButton(mine).click();
  await expect(mine).toBeHidden();

  const again = await openEntry(clerk, title);
  await expect(again.getByLabel('地点')).toHaveValue('一楼报告厅');
  await expect(again.getByLabel('内容摘要')).toHaveValue('邀请律师讲授民法典婚姻家庭编，干部职工40人参加。');
});

test('报告报送后审核员锁定本年度：录入员不能再改这一年的台账，审核员也不能解除锁定', async ({ browser, hostServer }) => {
  const clerk = await signedIn(browser, hostServer.url, CLERK);
  const reviewer = await signedIn(browser, hostServer.url, REVIEWER);
  const year = await currentYear(clerk);
  const title = '行政执法人员培训';

  await clerk.getByRole('button', { name: '新增活动' }).click();
  const created = activityDialog(clerk);
  await fillActivityForm(created, { date: `${year}-04-10`, category: '普法宣传教育', title, department: '办公室' });
  await saveButton(created).click();
  await expect(created).toBeHidden();

  await openMenu(reviewer, '年报');
  await reviewer.getByRole('button', { name: '报告已报送，锁定本年度' }).click();
  await expect(reviewer.getByText(/只有管理员可以解除锁定/)).toBeVisible();
  await reviewer.getByRole('button', { name: '锁定', exact: true }).click();
  await expect(reviewer.getByText(`${year}年度已锁定`, { exact: true })).toBeVisible();
  await expect(reviewer.getByText('已锁定', { exact: true })).toBeVisible();
  await expect(reviewer.getByRole('button', { name: '解除锁定' })).toHaveCount(0);

  await clerk.reload();
  const dialog = await openEntry(clerk, title);
  await expect(dialog.getByText(`${year}年度已锁定（年度报告已报送），本年度的台账不能再修改。如确需修改，请联系管理员解除锁定。`)).toBeVisible();
  await expect(dialog.getByLabel('事项标题')).toBeDisabled();
  await expect(dialog.getByRole('button', { name: '提交审核' })).toHaveCount(0);
});

test('审核员生成年报：只有审核通过的台账写入报告，草稿和待审核的不写入', async ({ browser, hostServer }) => {
  test.setTimeout(180_000);
  const clerk = await signedIn(browser, hostServer.url, CLERK);
  const reviewer = await signedIn(browser, hostServer.url, REVIEWER);
  const year = await reportYear(reviewer);
  const approved = '集中开展宪法宣传，发放宣传资料860份';
  const waiting = '开展民法典进社区宣讲，听众120人';
  const draft = '组织科室学法，学习行政复议法';
  // The 录入员's own browser (their cookie) writes three entries; one is approved, one only submitted.
  const ids: string[] = [];
  for (const [title, summary] of [['宪法宣传周', approved], ['民法典进社区', waiting], ['科室学法', draft]] as const) {
    ids.push((await seedEntry(clerk, hostServer.url, { date: `${year}-04-0${ids.length + 1}`, category: '普法宣传教育', title, summary })));
  }
  await apiCall(clerk.request, hostServer.url, 'activities.submit', { id: ids[0] });
  await apiCall(clerk.request, hostServer.url, 'activities.submit', { id: ids[1] });
  await apiCall(reviewer.request, hostServer.url, 'activities.review', { id: ids[0], decision: 'approve' });

  await openMenu(reviewer, '年报');
  await reviewer.getByLabel('报告模板').click();
  await reviewer.locator('.ant-select-dropdown').getByText(/^五部分/).filter({ visible: true }).click();
  await reviewer.getByRole('button', { name: '生成报告' }).click();
  await expect(blockWith(reviewer, approved)).toHaveCount(1);
  await expect(paper(reviewer)).not.toContainText(waiting);
  await expect(paper(reviewer)).not.toContainText(draft);
});
