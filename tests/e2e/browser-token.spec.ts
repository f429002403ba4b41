import { expect, test } from './fixtures/app-server';
import { activityDialog, currentYear, fillActivityForm, saveButton } from './helpers/ledger';

// Browser mode's per-launch secret as a person meets it: the printed address signs the browser in
// (and leaves no token in the address bar); without it there is only a page saying what to open;
// after a restart an old tab is told plainly, and nothing is saved.

test('用启动时显示的地址打开才能使用；不带口令只看到提示；程序重启后旧页面说明原因且不保存', async ({ browser, appServer }) => {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const bare = await page.goto(appServer.url);
    expect(bare?.status()).toBe(401);
    await expect(page.getByRole('heading', { name: '请用程序显示的地址打开' })).toBeVisible();
    await expect(page.getByText('请打开法治台账启动时显示的地址')).toBeVisible();

    await page.goto(`${appServer.address}#/ledger`);
    await expect(page.getByRole('button', { name: '新增活动' })).toBeVisible();
    expect(page.url()).toBe(`${appServer.url}#/ledger`);
    const [cookie] = await context.cookies(appServer.url);
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
    expect(await page.evaluate(() => document.cookie)).toBe('');

    // A new launch, a new secret: this tab's cookie is no longer accepted.
    await appServer.restart();
    const year = await currentYear(page);
    await page.getByRole('button', { name: '新增活动' }).click();
    const dialog = activityDialog(page);
    await fillActivityForm(dialog, { date: `${year}-03-15`, category: '普法宣传教育', title: '重启后保存的一条' });
    await saveButton(dialog).click();
    await expect(dialog.getByText('没有法治台账本次启动的访问口令')).toBeVisible();

    await page.reload();
    await expect(page.getByRole('heading', { name: '请用程序显示的地址打开' })).toBeVisible();
    await page.goto(appServer.address);
    await expect(page.getByRole('button', { name: '新增活动' })).toBeVisible();
    await expect(page.getByText('重启后保存的一条')).toHaveCount(0);
  } finally {
    await context.close();
  }
});
