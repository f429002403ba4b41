import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { damageStore, fillStore } from '../helpers/backup-fixtures';
import type { Page } from '@playwright/test';
import type { AppServer } from './fixtures/app-server';
import { expect, test } from './fixtures/app-server';
import { activityTotal, apiCall, currentYear, rowOf, seedActivity } from './helpers/ledger';

/**
 * One entry and 3,000 filler rows (so the damage falls on the entries' pages), a backup, then the
 * store damaged as a failing disk would, and the server started again on it.
 */
async function damagedAfterBackup(page: Page, appServer: AppServer, options: { extraFolder?: string; loseLocalBackups?: boolean } = {}): Promise<void> {
  await page.goto(appServer.url);
  const year = await currentYear(page);
  await seedActivity(page.request, appServer.url, '普法宣传教育', { date: `${year}-03-15`, title: '种子条目' });
  if (options.extraFolder) {
    await apiCall(page.request, appServer.url, 'backup.settings.update', { keepLast: 10, keepDaily: 30, keepMonthly: 12, intervalHours: 4, extraFolder: options.extraFolder });
  }
  await appServer.stop();
  const store = path.join(appServer.dataDir, 'fazhi.db');
  fillStore(store, 3000);
  await appServer.start();
  await apiCall(page.request, appServer.url, 'backup.create', {});
  await appServer.stop();
  damageStore(store);
  if (options.loseLocalBackups) fs.rmSync(path.join(appServer.dataDir, 'backups'), { recursive: true, force: true });
  await appServer.start();
}

test('备份后删除台账，再从备份恢复，台账回来了；恢复前的数据也留了一份备份', async ({ page, appServer }) => {
  await page.goto(appServer.url);
  const year = await currentYear(page);
  const ids: string[] = [];
  for (const title of ['宪法宣传周活动', '领导干部集体学法']) {
    ids.push((await seedActivity(page.request, appServer.url, '普法宣传教育', { date: `${year}-03-15`, title })).id);
  }

  await page.goto(`${appServer.url}#/backup`);
  await expect(page.getByRole('heading', { name: '备份与恢复' })).toBeVisible();
  await expect(page.getByText('还没有备份')).toBeVisible();
  await page.getByRole('button', { name: '立即备份' }).click();
  await expect(page.getByText('已备份并校验：2 条台账')).toBeVisible();
  const manual = page.getByRole('row').filter({ hasText: '手动' });
  await expect(manual).toContainText('2 条');
  await expect(manual).toContainText('完好');

  // Delete both for good: through the trash and out of it.
  await page.goto(`${appServer.url}#/ledger`);
  await expect(rowOf(page, '宪法宣传周活动')).toBeVisible();
  await rowOf(page, '宪法宣传周活动').getByRole('button', { name: '删除“宪法宣传周活动”' }).click();
  await expect(rowOf(page, '宪法宣传周活动')).toHaveCount(0);
  await apiCall(page.request, appServer.url, 'activities.delete', { id: ids[1] });
  await apiCall(page.request, appServer.url, 'activities.trash.empty', { confirm: '清空回收站' });
  await page.reload();
  await expect(rowOf(page, '领导干部集体学法')).toHaveCount(0);
  expect(await activityTotal(page.request, appServer.url)).toBe(0);

  await page.goto(`${appServer.url}#/backup`);
  await manual.getByRole('button', { name: /^恢复/ }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('恢复前会先把当前数据备份一份');
  await expect(dialog).toContainText(path.join(appServer.dataDir, 'backups'));
  await page.screenshot({ path: '/tmp/backup-restore-confirm.png' });
  await dialog.getByRole('button', { name: '恢复' }).click();
  await expect(page.getByText('已恢复，现有 2 条台账')).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: '恢复前' })).toContainText('0 条');
  await page.screenshot({ path: '/tmp/backup-page.png', fullPage: true });

  await page.goto(`${appServer.url}#/ledger`);
  await expect(rowOf(page, '宪法宣传周活动')).toBeVisible();
  await expect(rowOf(page, '领导干部集体学法')).toBeVisible();
});

test('备份设置：超出范围的份数被拒绝并说明范围；另存文件夹不存在时本机备份照常完成并提示原因', async ({ page, appServer }) => {
  await seedActivity(page.request, appServer.url, '普法宣传教育', { date: '2025-03-15', title: '宪法宣传' });
  await page.goto(`${appServer.url}#/backup`);
  const folder = page.getByLabel('另存备份的文件夹');
  await folder.fill(path.join(appServer.dataDir, '没有插入的U盘'));
  await page.getByRole('button', { name: '保存设置' }).click();
  await expect(page.getByText('备份设置已保存')).toBeVisible();
  await page.getByRole('button', { name: '立即备份' }).click();
  await expect(page.getByText('本机备份已完成，但没有另存到备份文件夹')).toBeVisible();
  await expect(page.getByText(/找不到文件夹/)).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: '手动' })).toHaveCount(1);

  await folder.fill('相对路径');
  await page.getByRole('button', { name: '保存设置' }).click();
  await expect(page.getByText('请填写完整路径').first()).toBeVisible();
});

test('保留份数改少、会删除现有备份时，说明删几份，输入“删除备份”后才保存', async ({ page, appServer }) => {
  await seedActivity(page.request, appServer.url, '普法宣传教育', { date: '2025-03-15', title: '宪法宣传' });
  await apiCall(page.request, appServer.url, 'backup.create', {});
  await apiCall(page.request, appServer.url, 'backup.create', {});
  await page.goto(`${appServer.url}#/backup`);
  await expect(page.getByRole('row').filter({ hasText: '手动' })).toHaveCount(2);
  await page.getByLabel('保留最近的备份份数').fill('1');
  await page.getByLabel('按天保留的天数').fill('0');
  await page.getByLabel('按月保留的月数').fill('0');
  await page.getByRole('button', { name: '保存设置' }).click();

  const dialog = page.getByRole('dialog').filter({ hasText: '新的保留规则会删除备份' });
  // The older of the two 手动 (a fresh, empty store gets no 启动时 backup).
  await expect(dialog).toContainText('下次备份时将删除现有的 1 份备份');
  const ok = dialog.getByRole('button', { name: '删除备份并保存' });
  await expect(ok).toBeDisabled();
  await dialog.getByLabel('确认删除备份').fill('删除备份');
  await ok.click();
  // The dialog closes when the save has answered, whichever way; then the answer is checked in the
  // store before the page's message, so a failure says which of the two went wrong.
  await expect(dialog).toBeHidden();
  await expect.poll(() => apiCall(page.request, appServer.url, 'backup.settings.get', {})).toMatchObject({ keepLast: 1, keepDaily: 0, keepMonthly: 0 });
  await expect(page.getByText('备份设置已保存')).toBeVisible();
});

test('数据文件损坏时打开恢复页面，说明损坏文件另存在哪里，恢复最近的完好备份后照常使用', async ({ page, appServer }) => {
  await damagedAfterBackup(page, appServer);

  await page.reload();
  await expect(page.getByText('数据文件已损坏')).toBeVisible();
  await expect(page.getByText(path.join(appServer.dataDir, 'damaged'))).toBeVisible();
  await expect(page.getByText(/最近一份完好的备份是/)).toContainText('3001 条台账');
  await page.screenshot({ path: '/tmp/backup-recovery.png', fullPage: true });
  await page.getByRole('button', { name: '恢复这份备份' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('损坏的数据文件已另存在');
  await dialog.getByRole('button', { name: '恢复' }).click();
  await expect(page.getByRole('navigation', { name: '主菜单' })).toBeVisible();
  await page.goto(`${appServer.url}#/ledger`);
  await expect(rowOf(page, '种子条目')).toBeVisible();
  expect(await activityTotal(page.request, appServer.url)).toBe(3001);
});

test('本机备份也丢失时，恢复页面列出另存在 U 盘中的备份，标明“另存处”，并能从那里恢复', async ({ page, appServer }) => {
  const usb = fs.mkdtempSync(path.join(os.tmpdir(), 'fazhi-usb-'));
  // The local backups are lost with the store; the U 盘 keeps its copy.
  await damagedAfterBackup(page, appServer, { extraFolder: usb, loseLocalBackups: true });

  await page.reload();
  await expect(page.getByText('数据文件已损坏')).toBeVisible();
  await expect(page.getByText(/最近一份完好的备份是/)).toContainText('3001 条台账');
  await expect(page.getByRole('row').filter({ hasText: '手动' })).toContainText('另存处');
  await page.screenshot({ path: '/tmp/backup-recovery-extra.png', fullPage: true });
  await page.getByRole('button', { name: '恢复这份备份' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '恢复' }).click();
  await expect(page.getByRole('navigation', { name: '主菜单' })).toBeVisible();
  await page.goto(`${appServer.url}#/ledger`);
  await expect(rowOf(page, '种子条目')).toBeVisible();
});
