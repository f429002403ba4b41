import { expect, test } from './fixtures/app-server';
import { activityDialog, activityTotal, currentYear, fillActivityForm, saveButton } from './helpers/ledger';

test('标题为空时在标题框下提示，且什么都不写入', async ({ page, appServer }) => {
  await page.goto(appServer.url);
  const year = await currentYear(page);
  await page.getByRole('button', { name: '新增活动' }).click();
  const dialog = activityDialog(page);
  await fillActivityForm(dialog, { date: `${year}-05-10`, category: '行政执法', title: '' });
  await saveButton(dialog).click();

  const title = dialog.getByLabel('事项标题');
  await expect(title).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByText('请填写事项标题')).toBeVisible();
  await expect(dialog).toBeVisible();

  // A title of spaces only is still empty.
  await title.fill('   ');
  await title.press('Enter');
  await expect(dialog.getByText('请填写事项标题')).toBeVisible();

  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('这一年还没有记录')).toBeVisible();
  expect(await activityTotal(page.request, appServer.url)).toBe(0);
});

test('结束日期早于开始日期时显示后台的中文说明，且什么都不写入', async ({ page, appServer }) => {
  await page.goto(appServer.url);
  const year = await currentYear(page);
  await page.getByRole('button', { name: '新增活动' }).click();
  const dialog = activityDialog(page);
  await fillActivityForm(dialog, {
    date: `${year}-05-10`,
    endDate: `${year}-05-01`,
    category: '行政执法',
    title: '双随机检查',
  });
  await saveButton(dialog).click();

  await expect(dialog.getByRole('alert').filter({ hasText: '结束日期' })).toContainText('不能早于开始日期');
  await expect(dialog.getByLabel('结束日期')).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog).toBeVisible();
  expect(await activityTotal(page.request, appServer.url)).toBe(0);

  // Fixing the date clears the way: the same form then saves.
  const end = dialog.getByLabel('结束日期');
  await end.click();
  await end.fill(`${year}-05-12`);
  await end.press('Enter');
  await expect(end).toHaveValue(`${year}-05-12`);
  // The server's message goes as soon as the date is changed.
  await expect(end).not.toHaveAttribute('aria-invalid', 'true');
  await saveButton(dialog).click();
  await expect(dialog).toBeHidden();
  expect(await activityTotal(page.request, appServer.url)).toBe(1);
});

test('指标出错时，后台的说明标在出错的那一行', async ({ page, appServer }) => {
  await page.goto(appServer.url);
  const year = await currentYear(page);
  await page.getByRole('button', { name: '新增活动' }).click();
  const dialog = activityDialog(page);
  await fillActivityForm(dialog, {
    date: `${year}-06-16`,
    category: '普法宣传教育',
    title: '安全宣传咨询日',
    metrics: [
      { name: '参与', value: 200, unit: '人次' },
      { name: '参与', value: 150, unit: '人' },
    ],
  });
  await saveButton(dialog).click();

  // Only the server knows the rule (one name per entry): its message lands under row 2's name.
  await expect(dialog.getByLabel('指标2名称')).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByLabel('指标1名称')).not.toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByText('与第1项重名（同一条台账中指标名称不能重复）', { exact: true })).toBeVisible();
  expect(await activityTotal(page.request, appServer.url)).toBe(0);

  await dialog.getByLabel('指标2名称').fill('参与人数');
  await saveButton(dialog).click();
  await expect(dialog).toBeHidden();
  expect(await activityTotal(page.request, appServer.url)).toBe(1);
});
