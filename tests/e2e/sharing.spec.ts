import net from 'node:net';
import { expect, test } from './fixtures/app-server';
import { colleagueBrowser } from './helpers/host-colleague';
import { apiCall, seedActivity } from './helpers/ledger';

// 局域网共享 from the program itself (local browser mode, as the desktop window would): the three
// steps on the 局域网共享 page, the panel that replaces the app while sharing runs, the host's own
// address signed in with the new 管理员 in a second browser, who is connected, and 停止共享.

const ADMIN = { username: 'wangzr', displayName: '王主任', password: 'Fazhi#2025a' };

/** A port nobody listens on now (the test machine's 8080 may be anyone's). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

test('局域网共享: set up, start from the page, a colleague signs in, stop', async ({ page, appServer, browser }, testInfo) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  // Entries kept before accounts, without 科室.
  await seedActivity(page.request, appServer.url, '普法宣传教育', { date: '2025-03-15', title: '宪法宣传周' });
  await seedActivity(page.request, appServer.url, '普法宣传教育', { date: '2025-05-19', title: '法治讲座' });

  await page.goto(`${appServer.url}#/sharing`);
  await expect(page.getByRole('heading', { name: /第1步 创建管理员/ })).toBeVisible();
  // Not before there is a 管理员.
  await expect(page.getByRole('button', { name: '开启局域网共享' })).toBeDisabled();

  // Step 1: the first 管理员, typed at the host.
  await page.getByLabel('用户名').fill(ADMIN.username);
  await page.getByLabel('姓名').fill(ADMIN.displayName);
  await page.getByLabel('密码', { exact: true }).fill(ADMIN.password);
  await page.getByLabel('再输一遍').fill(ADMIN.password);
  await page.getByRole('button', { name: '创建管理员' }).click();
  await expect(page.getByText('已有管理员 1 名')).toBeVisible();

  // Step 2: a 审核员 (made as the administrator would) becomes the 录入人 of the old entries.
  await apiCall(page.request, appServer.url, 'users.create', { username: 'lisi', displayName: '李四', role: 'reviewer' });
  await page.reload();
  await page.getByLabel('“未填写科室”的归属科室').fill('办公室');
  await page.getByLabel('“未填写科室”的录入人').click();
  await page.getByTitle('李四（审核员）').click();
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('已为 2 条台账指定录入人')).toBeVisible();
  await expect(page.getByText('已准备好，可以启用局域网共享。')).toBeVisible();

  // A second tab of this machine, open on the ledger before sharing starts.
  const tab = await page.context().newPage();
  await tab.goto(`${appServer.url}#/ledger`);
  await expect(tab.getByRole('menuitem', { name: '统计' })).toBeVisible();

  // Step 3: start on a free port, on every card (as the unit would).
  const port = await freePort();
  await page.getByLabel('端口').fill(String(port));
  await page.getByRole('button', { name: '开启局域网共享' }).click();
  const panel = page.getByRole('main', { name: '局域网共享已开启' });
  await expect(panel.getByRole('heading', { name: /局域网共享已开启/ })).toBeVisible();
  const localUrl = `http://127.0.0.1:${port}/`;
  const own = panel.getByRole('region', { name: '本机使用' });
  await expect(own.getByRole('link', { name: localUrl })).toHaveAttribute('href', localUrl);
  // What to tell colleagues: this machine's cards, or the plain word that it has none.
  const tell = panel.getByRole('region', { name: '请把地址告诉同事' });
  await expect(tell.getByText(new RegExp(`^http://[\\d.]+:${port}/$`)).first().or(tell.getByText('本机没有找到局域网地址'))).toBeVisible();
  await expect(panel.getByRole('region', { name: '在线用户' }).getByText('现在还没有人登录')).toBeVisible();
  // The menu and pages are gone, and the host refuses this window's own calls.
  await expect(page.getByRole('menuitem', { name: '台账' })).toHaveCount(0);
  // The other tab learns it at its next click: refused once, then the panel instead of the pages.
  // (Any call of its own may already have been refused and switched it; otherwise a click does.)
  const stats = tab.getByRole('menuitem', { name: '统计' });
  if (await stats.isVisible()) await stats.click();
  await expect(tab.getByRole('main', { name: '局域网共享已开启' })).toBeVisible();
  await expect(tab.getByRole('menuitem', { name: '台账' })).toHaveCount(0);
  await tab.close();
  const shut = await page.request.post(`${appServer.url}api/activities.list`, { data: {} });
  expect(((await shut.json()) as { error: { message: string } }).error.message).toBe(`局域网共享已开启：本机也请在浏览器中打开 ${localUrl} 用账户登录使用，或先停止共享。`);

  // The host's own address, in a browser of its own, signed in with the new 管理员.
  const other = await colleagueBrowser(browser);
  try {
    const host = await other.newPage();
    await host.goto(localUrl);
    await host.getByLabel('用户名').fill(ADMIN.username);
    await host.getByLabel('密码', { exact: true }).fill(ADMIN.password);
    await host.getByRole('button', { name: '登录' }).click();
    await expect(host.getByRole('button', { name: new RegExp(`^当前用户：${ADMIN.displayName}`) })).toBeVisible();

    // Listed as connected at the next refresh.
    const connected = panel.getByRole('region', { name: '在线用户' });
    await connected.getByRole('button', { name: '刷新' }).click();
    const row = connected.getByRole('row', { name: new RegExp(ADMIN.displayName) });
    await expect(row).toContainText('管理员');
    await expect(row).toContainText('127.0.0.1');
    await expect(connected.getByText('在线用户（1）')).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('sharing-panel.png') });

    // 停止共享, after the confirmation: the app is back, the host's address no longer answers.
    await panel.getByRole('button', { name: '停止共享' }).click();
    const confirm = page.getByRole('dialog', { name: '停止局域网共享？' });
    await expect(confirm).toContainText('在线的 1 位同事将不能继续使用');
    await confirm.getByRole('button', { name: '停止共享' }).click();
    await expect(panel).toHaveCount(0);
    await expect(page.getByRole('heading', { name: /第3步 开启局域网共享/ })).toBeVisible();
    const after = await page.request.post(`${appServer.url}api/activities.list`, { data: {} });
    expect(((await after.json()) as { ok: boolean }).ok).toBe(true);
    await expect.poll(() => fetch(`${localUrl}auth/state`).then(() => 'listening', () => 'closed')).toBe('closed');
  } finally {
    await other.close();
  }
});
