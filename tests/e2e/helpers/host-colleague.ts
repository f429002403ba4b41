import type { Browser, BrowserContext, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import type { HostAccount } from '../fixtures/host-server';

// A colleague at their own desk in host mode: their own browser (their own cookie), signing in on
// the host's sign-in page and changing the first password the administrator handed over.

export const NEW_PASSWORD = 'Xinmima#2026b';

/** A browser of its own, as on another desk. */
export function colleagueBrowser(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1366, height: 768 } });
}

/** The first sign-in: the host asks for a new password before anything else. Ends on the role's first page. */
export async function firstSignIn(page: Page, url: string, who: HostAccount): Promise<void> {
  await page.goto(url);
  await page.getByLabel('用户名').fill(who.username);
  await page.getByLabel('密码', { exact: true }).fill(who.password);
  await page.getByRole('button', { name: '登录' }).click();
  const signedIn = page.getByRole('button', { name: new RegExp(`^当前用户：${who.displayName}`) });
  const mustChange = page.getByLabel('当前密码');
  // The first administrator set their own password on the host's command line: no change is asked of them.
  await expect(signedIn.or(mustChange)).toBeVisible();
  if (await mustChange.isVisible()) {
    await mustChange.fill(who.password);
    await page.getByLabel('新密码', { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel('再次输入新密码').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: '修改密码' }).click();
  }
  await expect(signedIn).toBeVisible();
}

/** Signs in again after the session ended, with the password changed at the first sign-in. */
export async function signInAgain(page: Page, who: HostAccount): Promise<void> {
  const name = page.getByLabel('用户名', { exact: true });
  if ((await name.inputValue()) !== who.username) await name.fill(who.username);
  await page.getByLabel('密码', { exact: true }).fill(NEW_PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByRole('button', { name: new RegExp(`^当前用户：${who.displayName}`) })).toBeVisible();
}

/** A colleague's own browser, signed in for the first time. */
export async function signedInColleague(browser: Browser, url: string, who: HostAccount): Promise<Page> {
  const context = await colleagueBrowser(browser);
  const page = await context.newPage();
  await firstSignIn(page, url, who);
  return page;
}
