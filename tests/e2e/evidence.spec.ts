import path from 'node:path';
import { expect, test } from './fixtures/app-server';
import { tempDir, writePdf, writePng } from './helpers/files';
import { activityDialog, closeDrawer, currentYear, rowOf, seedActivity } from './helpers/ledger';

test('佐证材料：照片和PDF上传后列出类型与缩略图；补齐签到表后从佐证检查中消失', async ({ page, appServer }) => {
  await page.goto(appServer.url);
  const year = await currentYear(page);
  const title = '法治专题讲座：宪法修正案解读';
  await seedActivity(page.request, appServer.url, '学习贯彻习近平法治思想', { date: `${year}-04-10`, title, tags: ['法治讲座'] });
  await page.reload();
  await expect(rowOf(page, title)).toContainText('缺2项');

  await page.getByRole('tab', { name: '佐证检查' }).click();
  const gap = rowOf(page, title);
  await expect(gap).toContainText('签到表');
  await expect(gap).toContainText('照片');
  await gap.getByRole('button', { name: `补充“${title}”的佐证` }).click();

  const dialog = activityDialog(page, '编辑活动');
  await expect(dialog.getByRole('tab', { name: /佐证材料/ })).toHaveAttribute('aria-selected', 'true');
  await expect(dialog.getByText('按惯例还需要：签到表、照片')).toBeVisible();

  const dir = tempDir();
  const photo = writePng(path.join(dir, '讲座现场.png'));
  const notice = writePdf(path.join(dir, '关于举办宪法修正案解读讲座的通知.pdf'));
  await dialog.locator('input[type=file]').setInputFiles([photo, notice]);
  const photoCard = dialog.getByRole('listitem', { name: '讲座现场.png' });
  const pdfCard = dialog.getByRole('listitem', { name: '关于举办宪法修正案解读讲座的通知.pdf' });
  await expect(photoCard).toContainText('照片');
  await expect(pdfCard).toContainText('通知/方案');
  const thumbnail = photoCard.getByRole('img', { name: '讲座现场.png的缩略图' });
  await expect(thumbnail).toHaveAttribute('src', /\/thumbnail$/);
  await expect.poll(() => thumbnail.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  await expect(pdfCard.getByRole('img', { name: /缩略图/ })).toHaveCount(0);
  await expect(dialog.getByText('按惯例还需要：签到表', { exact: true })).toBeVisible();

  // A scan named nothing in particular comes in as 其他; choosing 签到表 completes the entry.
  await dialog.locator('input[type=file]').setInputFiles(writePdf(path.join(dir, '扫描件001.pdf')));
  const scan = dialog.getByRole('listitem', { name: '扫描件001.pdf' });
  await expect(scan).toContainText('其他');
  await scan.getByLabel('“扫描件001.pdf”的材料类型').click();
  await page.locator('.ant-select-dropdown').getByText('签到表', { exact: true }).filter({ visible: true }).click();
  await expect(scan).toContainText('签到表');
  await expect(dialog.getByText(/按惯例还需要/)).toHaveCount(0);
  await expect(dialog.getByRole('listitem')).toHaveCount(3);
  await closeDrawer(dialog);

  await expect(rowOf(page, title)).toHaveCount(0);
  await expect(page.getByText(`${year}年的记录佐证材料齐全`)).toBeVisible();
  await page.getByRole('tab', { name: '台账记录' }).click();
  await expect(rowOf(page, title).getByRole('button', { name: '查看佐证材料' })).toBeVisible();

  // Removing a file asks first, then the entry falls short again.
  await rowOf(page, title).getByRole('button', { name: '查看佐证材料' }).click();
  const again = activityDialog(page, '编辑活动');
  await again.getByRole('button', { name: '删除“扫描件001.pdf”' }).click();
  await page.getByRole('button', { name: '删除', exact: true }).click();
  await expect(again.getByRole('listitem')).toHaveCount(2);
  await expect(again.getByText('按惯例还需要：签到表', { exact: true })).toBeVisible();
});
