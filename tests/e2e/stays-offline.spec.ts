import path from 'node:path';
import { expect, test } from './fixtures/app-server';
import { tempDir, writePng } from './helpers/files';
import { activityDialog, addActivityThroughForm, closeDrawer, currentYear, rowOf } from './helpers/ledger';

// Intranet machines have no way out: a font, script or report fetched from anywhere but the
// local server would be a blank box or a hang for the user, so any such request fails this test.
test('新增活动、上传照片、看缩略图的全过程不向 127.0.0.1 以外发出任何请求', async ({ page, context, appServer }) => {
  const seen: string[] = [];
  const foreign: string[] = [];
  const isLocal = (raw: string) => {
    const url = new URL(raw);
    if (url.protocol === 'data:' || url.protocol === 'blob:') return true;
    return url.hostname === '127.0.0.1';
  };
  context.on('request', (request) => {
    seen.push(request.url());
    if (!isLocal(request.url())) foreign.push(request.url());
  });
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (isLocal(url)) return route.continue();
    foreign.push(url);
    return route.abort('blockedbyclient');
  });

  await page.goto(appServer.url);
  const year = await currentYear(page);
  await addActivityThroughForm(page, {
    date: `${year}-12-04`,
    category: '普法宣传教育',
    title: '国家宪法日宣传',
    summary: '开展国家宪法日集中宣传活动。',
    department: '法规科',
    participantCount: 20,
    location: '文化广场',
    tags: ['宪法'],
  });
  await expect(rowOf(page, '国家宪法日宣传')).toBeVisible();

  // Evidence: the upload and the thumbnail are requests of their own.
  await rowOf(page, '国家宪法日宣传').getByRole('button', { name: /佐证/ }).click();
  const dialog = activityDialog(page, '编辑活动');
  await dialog.locator('input[type=file]').setInputFiles(writePng(path.join(tempDir(), '宣传现场.png')));
  const thumbnail = dialog.getByRole('img', { name: '宣传现场.png的缩略图' });
  await expect.poll(() => thumbnail.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  await closeDrawer(dialog);
  // Every page, so a chart library or a page added later that reaches out is caught too.
  for (const item of ['统计', '年报', '年报体检', '备份与恢复', '数据包与汇总', '设置', '台账']) {
    await page.getByRole('menuitem', { name: new RegExp(`${item}$`) }).click();
    await expect(page.getByRole('heading', { level: 1, name: item })).toBeVisible();
  }
  await expect(page.getByRole('button', { name: '新增活动' })).toBeVisible();

  expect(foreign).toEqual([]);
  expect(seen.some((u) => u.includes('/api/activities.create'))).toBe(true);
  expect(seen.some((u) => /\/upload\?name=/.test(u))).toBe(true);
  expect(seen.some((u) => /\/files\/[0-9a-f-]+\/thumbnail$/.test(u))).toBe(true);
  expect(seen.filter((u) => u.includes('/api/')).length).toBeGreaterThan(0);
});
