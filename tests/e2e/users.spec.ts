import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/app-server';
import { shownText } from './helpers/ledger';

// 用户管理 on the host's own screen (local browser mode: the machine's own user): the first 管理员,
// a 录入员 with a temporary password shown once, a reset, a disable, and the password rules.

function usersCard(page: Page) {
  return page.getByRole('region', { name: '用户', exact: true });
}

function rowOf(page: Page, username: string) {
  return usersCard(page).getByRole('row').filter({ hasText: username });
}

async function createUser(page: Page, fields: { username: string; displayName: string; role: string; department?: string }) {
  await usersCard(page).getByRole('button', { name: '新建用户' }).click();
  const dialog = page.getByRole('dialog', { name: '新建用户' });
  await dialog.getByLabel('用户名').fill(fields.username);
  await dialog.getByLabel('姓名').fill(fields.displayName);
  await dialog.getByLabel('角色').click();
  await page.locator('.ant-select-item-option').filter({ hasText: fields.role }).first().click();
  if (fields.department) await dialog.getByLabel('科室').fill(fields.department);
  await dialog.getByRole('button', { name: '新建' }).click();
}

test('用户管理：新建用户后显示一次初始密码，可重置、停用和启用', async ({ page, appServer }) => {
  await page.goto(`${appServer.url}#/users`);
  await expect(shownText(page, '还没有用户。点击“新建用户”添加第一名管理员。')).toBeVisible();

  await createUser(page, { username: 'zhangsan', displayName: '张三', role: '录入员' });
  // A 录入员 needs a 科室: said under the box, before anything is sent.
  await expect(page.getByRole('dialog', { name: '新建用户' }).getByText('录入员须填写所属科室')).toBeVisible();
  await page.getByRole('dialog', { name: '新建用户' }).getByLabel('科室').fill('办公室');
  await page.getByRole('dialog', { name: '新建用户' }).getByRole('button', { name: '新建' }).click();

  const shown = page.getByRole('dialog', { name: '“张三”（zhangsan）的初始密码' });
  await expect(shown.getByText('请当面告知本人，首次登录须修改')).toBeVisible();
  const password = (await shown.locator('code').textContent()) ?? '';
  expect(password).toMatch(/^\S{12,}$/);
  await shown.getByRole('button', { name: '我已记下' }).click();
  await expect(rowOf(page, 'zhangsan')).toContainText('待修改初始密码');
  await expect(rowOf(page, 'zhangsan')).toContainText('办公室');

  await rowOf(page, 'zhangsan').getByRole('button', { name: '重置密码' }).click();
  await page.getByRole('dialog', { name: '重置“张三”（zhangsan）的密码？' }).getByRole('button', { name: '重置密码' }).click();
  const reset = page.getByRole('dialog', { name: '“张三”（zhangsan）的新密码' });
  await expect(reset.locator('code')).not.toHaveText(password);
  await reset.getByRole('button', { name: '我已记下' }).click();

  await rowOf(page, 'zhangsan').getByRole('button', { name: '停用' }).click();
  await page.getByRole('dialog', { name: '停用“张三”（zhangsan）？' }).getByRole('button', { name: '停用' }).click();
  await expect(rowOf(page, 'zhangsan')).toContainText('已停用');
  await rowOf(page, 'zhangsan').getByRole('button', { name: '启用' }).click();
  // Reset before the disable: the new temporary password must still be changed at the next sign-in.
  await expect(rowOf(page, 'zhangsan')).toContainText('须修改密码');
});

test('密码与登录规则：超出范围的值说明允许的范围，保存后刷新仍在', async ({ page, appServer }) => {
  await page.goto(`${appServer.url}#/users`);
  const card = page.getByRole('region', { name: '密码与登录规则' });
  const idle = card.getByLabel('无操作自动退出时间');
  await expect(idle).toHaveValue('30');
  await expect(card.getByText('可填 5—240分钟，默认 30分钟')).toBeVisible();
  await idle.fill('20');
  await card.getByRole('button', { name: '保存' }).click();
  await expect(shownText(page, '已保存密码与登录规则，新的规则立即生效')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('region', { name: '密码与登录规则' }).getByLabel('无操作自动退出时间')).toHaveValue('20');
});
