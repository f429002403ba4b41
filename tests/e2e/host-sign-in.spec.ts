import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test as base } from '@playwright/test';
import { activityDialog, currentYear, fillActivityForm, rowOf, saveButton } from './helpers/ledger';

// Host mode (fazhi serve) as a colleague at another desk meets it: the sign-in page, the password the
// administrator handed over changed first, a menu of only their role's pages, their name in the
// header, 修改密码 and 退出登录; a session that ends under an open form keeps what was typed for the
// same user; the 审计员 finds all of it in 审计日志 and exports it. The accounts are made on the host's
// command line before it starts, as the administrator would. The idle logout is not run here: it
// takes the policy's minutes (its arithmetic is tests/unit/idle-clock.test.ts).

const ROOT = path.resolve(__dirname, '..', '..');
const READY = /法治台账主机模式已启动，端口 (\d+)。/;
const START_TIMEOUT_MS = 20_000;

const ADMIN = { username: 'wangadmin', name: '王管理', role: 'admin', password: 'Admin#2026host' };
const ENTRY = { username: 'zhangsan', name: '张三', role: '录入员', dept: '办公室', password: 'Chushi#2026a' };
const AUDITOR = { username: 'zhaoshenji', name: '赵审计', role: '审计员', password: 'Shenji#2026a' };
const NEW_PASSWORD = 'Xinmima#2026b';

function fazhi(args: string[]): string {
  return execFileSync(process.execPath, ['bin/fazhi.cjs', ...args], { cwd: ROOT, encoding: 'utf8' });
}

class HostServer {
  url = '';
  log = '';
  private child: ChildProcess | null = null;

  constructor(readonly dataDir: string) {}

  async start(): Promise<void> {
    const child = spawn(process.execPath, ['bin/fazhi.cjs', 'serve', '--data', this.dataDir, '--host', '127.0.0.1', '--port', '0'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    const port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`主机模式在 ${START_TIMEOUT_MS / 1000} 秒内没有报告已启动\n${this.log}`)), START_TIMEOUT_MS);
      child.stdout?.setEncoding('utf8');
      child.stderr?.setEncoding('utf8');
      child.stdout?.on('data', (chunk: string) => {
        this.log += chunk;
        const m = READY.exec(this.log);
        if (m) {
          clearTimeout(timer);
          resolve(Number(m[1]));
        }
      });
      child.stderr?.on('data', (chunk: string) => {
        this.log += chunk;
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`主机模式启动前就退出了（退出码 ${String(code)}）\n${this.log}`));
      });
    });
    this.url = `http://127.0.0.1:${port}/`;
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    this.child = null;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    await exited;
  }
}

const test = base.extend<{ host: HostServer }>({
  // Playwright reads a fixture's dependencies from its first parameter's pattern: this one has none.
  // eslint-disable-next-line no-empty-pattern
  host: async ({}, use, testInfo) => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fazhi-e2e-host-'));
    fazhi(['users', 'add', ADMIN.username, '--name', ADMIN.name, '--role', ADMIN.role, '--password', ADMIN.password, '--data', dataDir]);
    fazhi(['users', 'add', ENTRY.username, '--name', ENTRY.name, '--role', ENTRY.role, '--dept', ENTRY.dept, '--password', ENTRY.password, '--data', dataDir]);
    fazhi(['users', 'add', AUDITOR.username, '--name', AUDITOR.name, '--role', AUDITOR.role, '--password', AUDITOR.password, '--data', dataDir]);
    const server = new HostServer(dataDir);
    try {
      await server.start();
      await use(server);
    } finally {
      await server.stop();
      if (testInfo.status !== testInfo.expectedStatus) await testInfo.attach('host-log.txt', { body: server.log, contentType: 'text/plain' });
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  },
});

async function signIn(page: Page, username: string, password: string): Promise<void> {
  const name = page.getByLabel('用户名', { exact: true });
  if ((await name.inputValue()) !== username) await name.fill(username);
  await page.getByLabel('密码', { exact: true }).fill(password);
  // Enter, as people do: the form submits without reaching for the button.
  await page.getByLabel('密码', { exact: true }).press('Enter');
}

async function changeFirstPassword(page: Page, current: string, next: string): Promise<void> {
  await expect(page.getByText('请修改密码')).toBeVisible();
  await page.getByLabel('当前密码').fill(current);
  await page.getByLabel('新密码', { exact: true }).fill(next);
  await page.getByLabel('再次输入新密码').fill(next);
  await page.getByRole('button', { name: '修改密码' }).click();
}

function userMenu(page: Page, who: string) {
  return page.getByRole('button', { name: `当前用户：${who}` });
}

test('同事登录主机：初始密码先修改，菜单只有本角色能用的页面，可修改密码和退出登录', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.getByRole('button', { name: '登录' })).toBeVisible();
  // Nothing of the app before signing in.
  await expect(page.getByRole('navigation', { name: '主菜单' })).toHaveCount(0);

  await signIn(page, ENTRY.username, 'Wrong#2026pass');
  await expect(page.getByText(/用户名或密码不正确，再错 \d 次账户将被锁定/)).toBeVisible();

  await signIn(page, ENTRY.username, ENTRY.password);
  await expect(page.getByText('请修改密码')).toBeVisible();
  await page.getByLabel('当前密码').fill(ENTRY.password);
  await page.getByLabel('新密码', { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel('再次输入新密码').fill(`${NEW_PASSWORD}x`);
  await page.getByRole('button', { name: '修改密码' }).click();
  await expect(page.getByText('两次输入的新密码不一致')).toBeVisible();
  // The host's rule, under the box it concerns.
  await page.getByLabel('新密码', { exact: true }).fill('abcdefgh');
  await page.getByLabel('再次输入新密码').fill('abcdefgh');
  await page.getByRole('button', { name: '修改密码' }).click();
  await expect(page.getByText(/密码至少\d+位/)).toBeVisible();
  await changeFirstPassword(page, ENTRY.password, NEW_PASSWORD);

  const who = `${ENTRY.name} · 录入员 · ${ENTRY.dept}`;
  await expect(userMenu(page, who)).toBeVisible();
  await expect(page.getByRole('button', { name: '新增活动' })).toBeVisible();
  const menu = page.getByRole('navigation', { name: '主菜单' });
  await expect(menu.getByRole('menuitem')).toHaveCount(1);
  await expect(menu.getByRole('menuitem', { name: /台账$/ })).toBeVisible();
  // An address of a page the role has not lands on its own page.
  await page.goto(`${host.url}#/backup`);
  await expect(page.getByRole('heading', { level: 1, name: '台账' })).toBeVisible();

  // 修改密码 from the header: a wrong current password is named under its box.
  await userMenu(page, who).click();
  await page.getByRole('menuitem', { name: '修改密码' }).click();
  const dialog = page.getByRole('dialog', { name: '修改密码' });
  await dialog.getByLabel('当前密码').fill('Wrong#2026pass');
  await dialog.getByLabel('新密码', { exact: true }).fill('Another#2026c');
  await dialog.getByLabel('再次输入新密码').fill('Another#2026c');
  await dialog.getByRole('button', { name: '修改密码' }).click();
  await expect(dialog.getByText(/当前密码不正确/)).toBeVisible();
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(dialog).toBeHidden();

  await userMenu(page, who).click();
  await page.getByRole('menuitem', { name: '退出登录' }).click();
  await expect(page.getByText('您已退出登录，请重新登录')).toBeVisible();
  await expect(page.getByRole('button', { name: '登录' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: '登录' })).toBeVisible();
  await signIn(page, ENTRY.username, NEW_PASSWORD);
  await expect(userMenu(page, who)).toBeVisible();
});

test('登录失效时正在填写的台账不丢：同一账户重新登录后接着保存', async ({ page, context, host }) => {
  await page.goto(host.url);
  await signIn(page, ENTRY.username, ENTRY.password);
  await changeFirstPassword(page, ENTRY.password, NEW_PASSWORD);
  await expect(page.getByRole('button', { name: '新增活动' })).toBeVisible();

  const year = await currentYear(page);
  await page.getByRole('button', { name: '新增活动' }).click();
  const form = activityDialog(page);
  await fillActivityForm(form, { date: `${year}-03-15`, category: '普法宣传教育', title: '登录失效前填写的一条' });
  // The session is gone (as when the administrator signs the user out): the browser no longer has it.
  await context.clearCookies();
  await saveButton(form).click();
  await expect(page.getByRole('button', { name: '登录' })).toBeVisible();
  await expect(page.getByText('刚才的操作没有保存', { exact: false }).first()).toBeVisible();
  await expect(page.getByLabel('用户名', { exact: true })).toHaveValue(ENTRY.username);

  await signIn(page, ENTRY.username, NEW_PASSWORD);
  await expect(page.getByRole('button', { name: '登录' })).toHaveCount(0);
  await expect(form.getByLabel('事项标题')).toHaveValue('登录失效前填写的一条');
  await saveButton(form).click();
  await expect(form).toBeHidden();
  await expect(rowOf(page, '登录失效前填写的一条')).toBeVisible();
});

test('审计员只看到审计日志：登录、失败和修改都有记录，可按用户和结果筛选并导出 Excel', async ({ page, host }) => {
  // Something for the log: a failed and a successful sign-in of the 录入员, and their password change.
  await page.goto(host.url);
  await signIn(page, ENTRY.username, 'Wrong#2026pass');
  await expect(page.getByText(/用户名或密码不正确/)).toBeVisible();
  await signIn(page, ENTRY.username, ENTRY.password);
  await changeFirstPassword(page, ENTRY.password, NEW_PASSWORD);
  await userMenu(page, `${ENTRY.name} · 录入员 · ${ENTRY.dept}`).click();
  await page.getByRole('menuitem', { name: '退出登录' }).click();

  await signIn(page, AUDITOR.username, AUDITOR.password);
  await changeFirstPassword(page, AUDITOR.password, NEW_PASSWORD);
  await expect(page.getByRole('heading', { level: 1, name: '审计日志' })).toBeVisible();
  const menu = page.getByRole('navigation', { name: '主菜单' });
  await expect(menu.getByRole('menuitem')).toHaveCount(1);

  const search = page.getByLabel('用户名筛选');
  await search.fill(ENTRY.username);
  await search.press('Enter');
  await expect(page.getByRole('row').filter({ hasText: '修改自己的密码' })).toBeVisible();
  await page.getByLabel('结果筛选').click();
  await page.getByTitle('失败（含被拒绝）').click();
  const failed = page.getByRole('row').filter({ hasText: '登录' }).filter({ hasText: '失败' });
  await expect(failed.first()).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: '修改自己的密码' })).toHaveCount(0);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 Excel' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
});
