import { expect, test } from './fixtures/app-server';
import { activityDialog, apiCall, categoryId, closeDrawer } from './helpers/ledger';

// Reminders and the report deadlines depend on the date, so the server's "today" is set with
// `fazhi web --today` and the page's clock with Playwright's, both to the same day.

const LOGGED = '十月集体学法';

test.use({ appServerArgs: ['--today', '2026-11-01'] });

test('提醒：30天没有记台账、临近的普法日（一键登记，逐个提醒）；12月起年报体检倒计时报送期限', async ({ page, appServer }) => {
  const base = appServer.url;
  await page.clock.setFixedTime(new Date('2026-11-01T10:00:00+08:00'));
  await page.goto(base);
  await apiCall(page.request, base, 'activities.create', { date: '2026-10-30', title: LOGGED, categoryId: await categoryId(page.request, base, '学习贯彻习近平法治思想') });
  await page.reload();
  const reminders = page.getByRole('region', { name: '提醒' });
  await expect(page.getByRole('button', { name: '新增活动' })).toBeVisible();
  await expect(reminders).toHaveCount(0);

  // A month later nothing more has been logged, and 12·4 is three days away.
  appServer.args = ['--today', '2026-12-01'];
  await appServer.restart();
  await page.clock.setFixedTime(new Date('2026-12-01T10:00:00+08:00'));
  await page.reload();
  const idle = reminders.getByRole('status').filter({ hasText: '没有记台账' });
  await expect(idle).toContainText(`已经30天没有记台账了（最近一条是11月1日的“${LOGGED}”）`);
  // One 普法日 at a time: 12·2 first, then 12·4 once that one is dismissed.
  const pufa = reminders.getByRole('status').filter({ hasText: '普法日提醒' });
  await expect(pufa).toContainText('12月2日 全国交通安全日 还有1天');

  await pufa.getByRole('button', { name: '登记活动' }).click();
  const drawer = activityDialog(page);
  await expect(drawer.getByLabel('日期', { exact: true })).toHaveValue('2026-12-02');
  await expect(drawer.getByLabel('事项标题')).toHaveValue(/全国交通安全日/);
  await closeDrawer(drawer);

  // Dismissed for today: each stays away after a reload.
  await pufa.getByRole('button', { name: '今天不再提醒' }).click();
  await expect(pufa).toContainText('12月4日 国家宪法日 还有3天');
  await idle.getByRole('button', { name: '今天不再提醒' }).click();
  await expect(idle).toHaveCount(0);
  await page.reload();
  await expect(pufa).toContainText('国家宪法日');
  await expect(reminders.getByRole('status').filter({ hasText: '没有记台账' })).toHaveCount(0);

  // In December the 年报体检 counts down to 1 March (报送上级) and 1 April (向社会公开).
  await page.goto(`${base}#/checkup`);
  const deadlines = page.getByRole('region', { name: '报送期限' });
  await expect(deadlines).toContainText('报送上级（2027年3月1日前）');
  await expect(deadlines).toContainText('还有90天');
  await expect(deadlines).toContainText('向社会公开（2027年4月1日前）');
  await expect(deadlines).toContainText('还有121天');
});
