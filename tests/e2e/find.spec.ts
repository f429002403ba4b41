import { expect, test } from './fixtures/app-server';
import { currentYear, rowOf, searchBox, seedActivity } from './helpers/ledger';

test('用摘要里的两个字就能找到记录，命中处高亮；更多筛选和筛选标签可增可减', async ({ page, appServer }) => {
  await page.goto(appServer.url);
  const year = await currentYear(page);
  const study = { date: `${year}-03-02`, title: '专题学习会', summary: '组织干部学习新修订的保密法，强化保密意识。', department: '办公室' };
  const review = { date: `${year}-05-20`, title: '执法案卷评查', summary: '开展年度行政执法案卷评查。', department: '法规科' };
  const school = { date: `${year}-09-01`, title: '普法进校园', summary: '到第一中学开展开学第一课法治宣传。', leaderRole: '主持', tags: ['进校园'] };
  await seedActivity(page.request, appServer.url, '学习贯彻习近平法治思想', study);
  await seedActivity(page.request, appServer.url, '行政执法', review);
  await seedActivity(page.request, appServer.url, '普法宣传教育', school);
  await page.reload();
  await expect(page.getByText('共 3 条')).toBeVisible();

  // 保密 is only in the summary, not the title.
  await searchBox(page).fill('保密');
  await expect(page.getByText('共 1 条')).toBeVisible();
  const hit = rowOf(page, study.title);
  await expect(hit).toBeVisible();
  await expect(rowOf(page, review.title)).toHaveCount(0);
  await expect(rowOf(page, school.title)).toHaveCount(0);
  await expect(hit.locator('mark').first()).toHaveText('保密');
  await expect(hit.locator('mark')).toHaveCount(2);
  await expect(page.getByText('搜索：保密')).toBeVisible();
  await expect(page.getByLabel('排序')).toBeVisible();
  await expect(page.getByText('相关度')).toBeVisible();

  await page.getByRole('button', { name: '清空' }).click();
  await expect(page.getByText('共 3 条')).toBeVisible();
  await expect(searchBox(page)).toHaveValue('');

  // The rarer filters live behind 更多筛选.
  await page.getByRole('button', { name: /更多筛选/ }).click();
  await page.getByLabel('主要负责人参与筛选').click();
  await page.getByText('主持', { exact: true }).filter({ visible: true }).click();
  await expect(page.getByText('共 1 条')).toBeVisible();
  await expect(rowOf(page, school.title)).toBeVisible();
  await expect(page.getByText('主要负责人：主持')).toBeVisible();

  // No departments are set up in this unit: the name can be typed.
  await page.getByLabel('承办科室筛选').fill('法规科');
  await page.getByLabel('承办科室筛选').press('Enter');
  await expect(page.getByText('没有符合条件的记录')).toBeVisible();
  // Closing one filter tag lifts only that filter.
  await page.getByLabel('去掉“主要负责人：主持”').click();
  await expect(page.getByText('共 1 条')).toBeVisible();
  await expect(rowOf(page, review.title)).toBeVisible();

  // A range of dates, typed as people type them.
  await page.getByRole('button', { name: '清空' }).click();
  const from = page.getByPlaceholder('起始日期');
  await from.click();
  await from.fill(`${year}-05-01`);
  await from.press('Enter');
  const to = page.getByPlaceholder('截止日期');
  await to.fill(`${year}-09-30`);
  await to.press('Enter');
  await expect(page.getByText(`日期：${year}-05-01 至 ${year}-09-30`)).toBeVisible();
  await expect(page.getByText('共 2 条')).toBeVisible();
  await expect(rowOf(page, study.title)).toHaveCount(0);

  // A tag in the table filters by it.
  await page.getByRole('button', { name: '清空' }).click();
  await rowOf(page, school.title).getByText('进校园', { exact: true }).click();
  await expect(page.getByText('标签：进校园')).toBeVisible();
  await expect(page.getByText('共 1 条')).toBeVisible();
});
