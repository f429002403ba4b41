import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/app-server';
import { shownText } from './helpers/ledger';

// 设置 → 公文格式（导出 Word）: what the exported report's faces, line spacing and seal will be.

function docxCard(page: Page) {
  return page.getByRole('region', { name: '公文格式（导出 Word）' });
}

test('公文格式：改行距和字体方案后保存，刷新后仍在；恢复默认回到 GB/T 9704 的值', async ({ page, appServer }) => {
  await page.goto(`${appServer.url}#/settings`);
  const card = docxCard(page);
  const spacing = card.getByLabel('正文行距（固定值）');
  await expect(spacing).toHaveValue('28.95');
  await expect(card.getByText('当前为标准格式')).toBeVisible();
  await expect(card.getByText('可填 28—29.5 磅；默认 28.95 磅，每页正好 22 行')).toBeVisible();

  await card.getByRole('radio', { name: /Windows 常见字体/ }).check();
  await expect(card.getByText('随字体方案（仿宋）')).toBeVisible();
  await spacing.fill('29.2');
  await card.getByRole('button', { name: '保存' }).click();
  await expect(shownText(page, '已保存公文格式')).toBeVisible();
  await expect(card.getByText('当前为标准格式')).toHaveCount(0);
  await card.scrollIntoViewIfNeeded();
  await card.screenshot({ path: '/tmp/docx-settings-card.png' });

  await page.reload();
  await expect(docxCard(page).getByLabel('正文行距（固定值）')).toHaveValue('29.20');
  await expect(docxCard(page).getByRole('radio', { name: /Windows 常见字体/ })).toBeChecked();

  await docxCard(page).getByRole('button', { name: '恢复默认' }).click();
  await page.getByRole('tooltip').getByRole('button', { name: '恢复默认' }).click();
  await expect(shownText(page, '已恢复默认公文格式')).toBeVisible();
  await expect(docxCard(page).getByLabel('正文行距（固定值）')).toHaveValue('28.95');
  await expect(docxCard(page).getByRole('radio', { name: /标准字体/ })).toBeChecked();
  await page.reload();
  await expect(docxCard(page).getByLabel('正文行距（固定值）')).toHaveValue('28.95');
  await expect(docxCard(page).getByText('当前为标准格式')).toBeVisible();
});

test('公文格式：超出范围的行距不保存，并说明允许的范围', async ({ page, appServer }) => {
  await page.goto(`${appServer.url}#/settings`);
  const card = docxCard(page);
  const spacing = card.getByLabel('正文行距（固定值）');
  await expect(spacing).toHaveValue('28.95');

  await spacing.fill('35');
  await card.getByRole('button', { name: '保存' }).click();
  const why = '正文行距应在28—29.5磅之间（公文通常为28.95磅，每页22行）';
  await expect(card.getByRole('alert').filter({ hasText: why })).toBeVisible();
  await expect(card.locator('.ant-form-item-explain-error', { hasText: why })).toBeVisible();
  await expect(spacing).toHaveValue('35.00');
  await card.screenshot({ path: '/tmp/docx-settings-refused.png' });

  await spacing.fill('');
  await card.getByRole('button', { name: '保存' }).click();
  await expect(card.getByText('请填写正文行距（28—29.5磅）')).toBeVisible();

  await page.reload();
  await expect(docxCard(page).getByLabel('正文行距（固定值）')).toHaveValue('28.95');
});
