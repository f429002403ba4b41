import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures/app-server';
import { activityDialog, shownText } from './helpers/ledger';

async function chooseCategory(scope: Locator, name: string): Promise<void> {
  const box = scope.getByLabel('类别', { exact: true });
  await box.click();
  await box.fill(name);
  await box.press('Enter');
  await expect(shownText(scope, name)).toBeVisible();
}

function nameBoxes(card: Locator): Locator {
  return card.getByRole('textbox', { name: /^指标“.+”名称$/ });
}

/** The one-click metric buttons under 常用 in the entry form. */
function chip(dialog: Locator, name: string): Locator {
  return dialog.getByRole('button').filter({ hasText: new RegExp(`^${name}（`) });
}

function metricsCard(page: Page): Locator {
  return page.getByRole('region', { name: '统计指标' });
}

test('设置中添加、改名、停用的统计指标，在新增活动的常用指标中随之变化', async ({ page, appServer }) => {
  await page.goto(`${appServer.url}#/settings`);
  await expect(page.getByRole('heading', { level: 1, name: '设置' })).toBeVisible();
  const card = metricsCard(page);

  await chooseCategory(card, '普法宣传教育');
  await expect(card.getByLabel('指标“开展活动”名称')).toHaveValue('开展活动');
  await expect(nameBoxes(card)).toHaveCount(7);

  await card.getByLabel('指标名称', { exact: true }).fill('以案释法');
  await card.getByLabel('单位', { exact: true }).fill('场');
  await card.getByRole('button', { name: '添加指标' }).click();
  await expect(shownText(page, '已添加“以案释法”')).toBeVisible();
  await expect(card.getByLabel('指标“以案释法”单位')).toHaveValue('场');
  await expect(nameBoxes(card).last()).toHaveValue('以案释法');
  await expect(card.getByLabel('指标名称', { exact: true })).toHaveValue('');

  // The same name twice is refused, and the reason is shown at the name box.
  await card.getByLabel('指标名称', { exact: true }).fill('以案释法');
  await card.getByRole('button', { name: '添加指标' }).click();
  await expect(shownText(card, '与已有指标重名')).toBeVisible();
  await expect(nameBoxes(card)).toHaveCount(8);

  await card.getByLabel('指标“发放资料”名称').fill('发放宣传资料');
  await card.getByRole('button', { name: '保存', exact: true }).click();
  await expect(shownText(page, '已保存“发放宣传资料”')).toBeVisible();
  await expect(card.getByLabel('指标“发放宣传资料”名称')).toHaveValue('发放宣传资料');
  await expect(card.getByRole('button', { name: '保存', exact: true })).toHaveCount(0);

  await card.getByLabel('停用“短信”').click();
  await expect(shownText(page, '已停用“短信”')).toBeVisible();
  await expect(card.getByLabel('停用“短信”')).toBeChecked();

  await card.getByRole('button', { name: '上移“以案释法”' }).click();
  await expect(shownText(page, '已上移“以案释法”')).toBeVisible();
  await expect(nameBoxes(card).nth(6)).toHaveValue('以案释法');
  await expect(nameBoxes(card).last()).toHaveValue('短信');

  // Kept by the backend, not only by the page.
  await page.reload();
  await chooseCategory(metricsCard(page), '普法宣传教育');
  await expect(metricsCard(page).getByLabel('指标“发放宣传资料”名称')).toBeVisible();
  await expect(metricsCard(page).getByLabel('停用“短信”')).toBeChecked();
  await expect(nameBoxes(metricsCard(page)).nth(6)).toHaveValue('以案释法');

  await page.getByRole('menuitem', { name: '台账' }).click();
  await page.getByRole('button', { name: '新增活动' }).click();
  const dialog = activityDialog(page);
  await chooseCategory(dialog, '普法宣传教育');
  await expect(chip(dialog, '以案释法')).toHaveText('以案释法（场）');
  await expect(chip(dialog, '发放宣传资料')).toBeVisible();
  await expect(chip(dialog, '开展活动')).toBeVisible();
  await expect(chip(dialog, '发放资料')).toHaveCount(0);
  await expect(chip(dialog, '短信')).toHaveCount(0);

  await chip(dialog, '以案释法').click();
  await expect(dialog.getByLabel('指标“以案释法”单位')).toHaveValue('场');
});
