import { expect, test } from './fixtures/app-server';
import { activityTotal, apiCall, categoryId, currentYear, rowOf, seedActivity } from './helpers/ledger';

test('删除的活动进入回收站，恢复后回到台账；“撤销”也能找回', async ({ page, appServer }) => {
  await page.goto(appServer.url);
  const year = await currentYear(page);
  const categoryIdOf = await categoryId(page.request, appServer.url, '突发事件应对');
  for (const title of ['安全生产月应急演练', '汛期隐患排查']) {
    await apiCall(page.request, appServer.url, 'activities.create', { date: `${year}-06-16`, categoryId: categoryIdOf, title });
  }
  await page.reload();
  const drill = rowOf(page, '安全生产月应急演练');
  const check = rowOf(page, '汛期隐患排查');
  await expect(drill).toBeVisible();
  await expect(check).toBeVisible();

  await drill.getByRole('button', { name: '删除“安全生产月应急演练”' }).click();
  await expect(page.getByText('“安全生产月应急演练”已移入回收站')).toBeVisible();
  await expect(drill).toHaveCount(0);
  await expect(check).toBeVisible();

  await page.getByRole('tab', { name: '回收站' }).click();
  await expect(drill).toBeVisible();
  await expect(check).toHaveCount(0);
  await drill.getByRole('button', { name: '恢复“安全生产月应急演练”' }).click();
  await expect(drill).toHaveCount(0);
  await expect(page.getByText('回收站是空的')).toBeVisible();

  await page.getByRole('tab', { name: '台账记录' }).click();
  await expect(drill).toBeVisible();
  await expect(check).toBeVisible();

  // The 撤销 in the message undoes a slip without visiting the trash.
  await check.getByRole('button', { name: '删除“汛期隐患排查”' }).click();
  await expect(check).toHaveCount(0);
  await page.getByRole('button', { name: '撤销删除“汛期隐患排查”' }).click();
  await expect(check).toBeVisible();
  await page.reload();
  await expect(check).toBeVisible();
  await expect(drill).toBeVisible();
});

test('回收站中可以彻底删除一条，也可以清空；彻底删除前要确认', async ({ page, appServer }) => {
  await page.goto(appServer.url);
  const year = await currentYear(page);
  const ids: string[] = [];
  for (const title of ['过期的会议通知', '重复录入的讲座', '误录的检查']) {
    ids.push((await seedActivity(page.request, appServer.url, '行政执法', { date: `${year}-02-01`, title })).id);
  }
  for (const id of ids) await apiCall(page.request, appServer.url, 'activities.delete', { id });
  await page.reload();
  await page.getByRole('tab', { name: '回收站' }).click();
  await expect(page.getByText('共 3 条')).toBeVisible();

  const first = rowOf(page, '过期的会议通知');
  await first.getByRole('button', { name: '彻底删除“过期的会议通知”' }).click();
  await expect(page.getByText('彻底删除后不能恢复')).toBeVisible();
  // 取消 keeps it.
  await page.getByRole('button', { name: '取消' }).click();
  await expect(first).toBeVisible();
  await first.getByRole('button', { name: '彻底删除“过期的会议通知”' }).click();
  await page.getByRole('button', { name: '彻底删除', exact: true }).click();
  await expect(first).toHaveCount(0);
  await expect(page.getByText('共 2 条')).toBeVisible();

  await page.getByRole('button', { name: '清空回收站' }).click();
  const confirm = page.getByRole('dialog').filter({ hasText: '清空回收站？' });
  await expect(confirm).toContainText('回收站中的 2 条记录');
  await confirm.getByRole('button', { name: '清空回收站' }).click();
  await expect(page.getByText('回收站是空的')).toBeVisible();
  expect(await activityTotal(page.request, appServer.url, 'only')).toBe(0);
  expect(await activityTotal(page.request, appServer.url)).toBe(0);
});
