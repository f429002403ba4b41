import type { Page } from '@playwright/test';
import type { HostAccount } from './fixtures/host-server';
import { expect, test } from './fixtures/host-server';
import { apiCall } from './helpers/ledger';
import { colleagueBrowser, firstSignIn, signedInColleague, signInAgain } from './helpers/host-colleague';
import { SHARED_TOUCH_KEY } from '../../renderer/auth/shared-activity';

// 无操作自动退出 in host mode, as a colleague meets it: the page warns before the host's idle time
// runs out, 继续使用 keeps them signed in, and a page left alone signs out to the sign-in screen
// saying why. Tabs of one browser are one session on the host, so work in one tab keeps the other
// from warning. The host's policy is minutes long (at least 5), so the page's clock is moved on with
// Playwright's clock; the host's own clock runs as it does, which is why the host still holds the
// session for the second sign-in (the page's countdown never ends after the host's: idle-clock.ts).

const FIRST_PASSWORD = 'Chushi#2026a';
const ADMIN: HostAccount = { username: 'guanli', displayName: '王管理', role: 'admin', password: FIRST_PASSWORD };
const CLERK: HostAccount = { username: 'bangongshi', displayName: '张录入', role: 'entry', department: '办公室', password: FIRST_PASSWORD };

// An array option is given as [value, options]: a bare array would be read as that pair.
test.use({ hostAccounts: [[ADMIN, CLERK], { scope: 'test' }] });

function warning(page: Page) {
  return page.getByRole('dialog', { name: '即将自动退出登录' });
}

/** The app itself, not a sign-in screen over it. */
function app(page: Page) {
  return page.getByRole('button', { name: '新增活动' });
}

/** Lets the page run its idle check (once a second) a couple of times at the clock as it now is. */
async function settle(page: Page): Promise<void> {
  await page.clock.runFor(2_000);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
}

test('按管理员设置的时间提醒即将自动退出，继续使用不退出；一直不操作则退回登录页并说明原因', async ({ browser, hostServer }) => {
  const url = hostServer.url;
  // The administrator shortens the idle time to 10 minutes, with the warning 2 minutes before.
  const admin = await signedInColleague(browser, url, ADMIN);
  await apiCall(admin.request, url, 'auth.policy.update', { idleMinutes: 10, idleWarnMinutes: 2 });

  const context = await colleagueBrowser(browser);
  await context.clock.install();
  const page = await context.newPage();
  await firstSignIn(page, url, CLERK);
  await expect(app(page)).toBeVisible();

  // Well before the end: no warning.
  await page.clock.fastForward('06:00');
  await settle(page);
  await expect(warning(page)).toHaveCount(0);

  // Within the last 2 minutes: the warning, with the time left.
  await page.clock.fastForward('02:00');
  await expect(warning(page)).toBeVisible();
  await expect(warning(page)).toContainText(/将在 (\d+ 分 \d{2} 秒|\d+ 秒)后自动退出登录/);
  await expect(warning(page).getByRole('button', { name: '退出登录' })).toBeVisible();

  // 继续使用: the host hears of it, the warning goes, the app stays.
  const kept = page.waitForResponse((r) => r.url().endsWith('/api/app.info') && r.ok());
  await warning(page).getByRole('button', { name: '继续使用' }).click();
  await kept;
  await expect(warning(page)).toHaveCount(0);
  await settle(page);
  await expect(warning(page)).toHaveCount(0);
  await expect(app(page)).toBeVisible();

  // Left alone past the idle time: the sign-in screen, saying why, with the user name filled in.
  await page.clock.fastForward('11:00');
  await expect(page.getByText('长时间没有操作，已自动退出，请重新登录')).toBeVisible();
  await expect(page.getByRole('button', { name: '登录' })).toBeVisible();
  await expect(warning(page)).toHaveCount(0);
  await expect(page.getByLabel('用户名', { exact: true })).toHaveValue(CLERK.username);
  await signInAgain(page, CLERK);
  await expect(app(page)).toBeVisible();
  await context.close();
});

test('同一浏览器开两个标签页：在一个页里操作，另一个页不提醒也不退出；在任一页继续使用，两个页的提醒都消失', async ({ browser, hostServer }) => {
  const url = hostServer.url;
  // The default policy: 30 minutes, warned 5 before.
  const context = await colleagueBrowser(browser);
  await context.clock.install();
  const working = await context.newPage();
  await firstSignIn(working, url, CLERK);
  // The same browser's second tab: already signed in (one cookie, one session on the host).
  const other = await context.newPage();
  await other.goto(url);
  await expect(app(other)).toBeVisible();
  await expect(app(working)).toBeVisible();

  // Twenty minutes on, the colleague moves the mouse in the first tab: it tells the host.
  await context.clock.fastForward('20:00');
  const told = working.waitForResponse((r) => r.url().endsWith('/api/app.info') && r.ok());
  await working.mouse.move(20, 20);
  await working.mouse.move(400, 300);
  await told;
  const shared = () => working.evaluate((key) => localStorage.getItem(key), SHARED_TOUCH_KEY);
  await expect.poll(() => other.evaluate((key) => localStorage.getItem(key), SHARED_TOUCH_KEY)).toBe(await shared());

  // Eight more minutes: past the other tab's own warning time (and nearly its idle end), but not the session's.
  await context.clock.fastForward('08:00');
  await settle(other);
  await settle(working);
  await expect(warning(other)).toHaveCount(0);
  await expect(other.getByRole('button', { name: '登录' })).toHaveCount(0);
  await expect(app(other)).toBeVisible();
  await expect(warning(working)).toHaveCount(0);

  // Nobody does anything for a while: both tabs warn, as the host would end the one session.
  await context.clock.fastForward('18:00');
  await expect(warning(other)).toBeVisible();
  await expect(warning(working)).toBeVisible();
  // 继续使用 in the background tab: the first tab's warning goes too.
  await warning(other).getByRole('button', { name: '继续使用' }).click();
  await expect(warning(other)).toHaveCount(0);
  await expect(warning(working)).toHaveCount(0);
  await expect(app(working)).toBeVisible();
  await context.close();
});
