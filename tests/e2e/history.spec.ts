import { expect, test } from './fixtures/app-server';
import { activityDialog, apiCall, currentYear, rowOf, saveButton, seedActivity } from './helpers/ledger';

test('修改记录：改过的字段按“旧值 → 新值”列出，并记下操作人', async ({ page, appServer }) => {
  await page.goto(appServer.url);
  const year = await currentYear(page);
  await apiCall(page.request, appServer.url, 'unit.update', { operatorName: '李明' });
  await seedActivity(page.request, appServer.url, '普法宣传教育', {
    date: `${year}-06-26`,
    title: '国际禁毒日宣传',
    participantCount: 30,
    tags: ['禁毒'],
  });
  await page.reload();

  const row = rowOf(page, '国际禁毒日宣传');
  await row.getByRole('button', { name: '编辑“国际禁毒日宣传”' }).click();
  const dialog = activityDialog(page, '编辑活动');
  await dialog.getByLabel('事项标题').fill('“6·26”国际禁毒日集中宣传');
  await dialog.getByLabel('参加人数').fill('45');
  await dialog.getByLabel('标签').fill('主题日');
  await dialog.getByLabel('标签').press('Enter');
  await saveButton(dialog).click();
  await expect(dialog).toBeHidden();

  const edited = rowOf(page, '“6·26”国际禁毒日集中宣传');
  await edited.getByRole('button', { name: '“6·26”国际禁毒日集中宣传”的修改记录' }).click();
  const history = activityDialog(page, '编辑活动');
  await expect(history.getByRole('tab', { name: '修改记录' })).toHaveAttribute('aria-selected', 'true');
  const update = history.getByRole('article', { name: /^修改 / });
  await expect(update).toContainText('操作人：李明');
  await expect(update).toContainText('事项标题：国际禁毒日宣传 → “6·26”国际禁毒日集中宣传');
  await expect(update).toContainText('参加人数：30人 → 45人');
  await expect(update).toContainText('标签：禁毒 → 禁毒、主题日');
  await expect(history.getByRole('article', { name: /^新增 / })).toContainText('填写了：日期、类别、事项标题');
});
