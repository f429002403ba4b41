import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/app-server';
import { apiCall, categoryId } from './helpers/ledger';
import { blockWith, paper, reportYear, seedEntry } from './helpers/report';

// A log kept as staff keep it — title, date, place, count, figures, no 内容摘要 — reads as a sentence in
// the preview, every figure in it, marked 自动成句 so the user knows the words are not theirs.

const COMPOSED = '在城南社区开展民法典进社区宣传活动';
const WRITTEN = '开展行政执法案卷评查工作';
const SENTENCE = '3月15日，在城南社区开展民法典进社区宣传活动，参加23人，发放宣传资料800份、接待群众咨询120人次';

/** The composed entry's id; the page is left on the generated report. */
async function seedAndAssemble(page: Page, base: string): Promise<string> {
  await page.goto(base);
  const year = await reportYear(page);
  const created = await apiCall<{ id: string }>(page.request, base, 'activities.create', {
    date: `${year}-03-15`,
    categoryId: await categoryId(page.request, base, '普法宣传教育'),
    title: '民法典进社区',
    summary: '',
    location: '城南社区',
    participantCount: 23,
    metrics: [
      { name: '发放资料', value: 800, unit: '份' },
      { name: '接待咨询', value: 120, unit: '人次' },
    ],
  });
  await seedEntry(page, base, { date: `${year}-05-10`, category: '行政执法', title: '案卷评查', summary: WRITTEN });

  await page.goto(`${base}#/report`);
  await page.getByRole('button', { name: '生成报告' }).click();
  return created.id;
}

test('年报：没有内容摘要的台账按字段自动成句，写入全部数字，并标明“自动成句”', async ({ page, appServer }) => {
  await seedAndAssemble(page, appServer.url);
  const composed = blockWith(page, COMPOSED);
  await expect(composed).toHaveCount(1);
  await expect(composed).toContainText(SENTENCE);
  await expect(composed.getByText('自动成句')).toBeVisible();
  await expect(blockWith(page, WRITTEN).getByText('自动成句')).toHaveCount(0);
  await expect(paper(page)).not.toContainText('没有填写内容摘要');
  await page.screenshot({ path: '/tmp/shots/report-composed.png', fullPage: true });
});

test('年报：在来源中把自动成句“采用为内容摘要”，台账存下这句话，段落不再标“自动成句”', async ({ page, appServer }) => {
  const base = appServer.url;
  const id = await seedAndAssemble(page, base);
  const composed = blockWith(page, COMPOSED);
  await expect(composed.getByText('自动成句')).toBeVisible();

  await composed.getByRole('button', { name: /来源 1 条/ }).click();
  const sources = page.locator('.ant-popover').filter({ hasText: '民法典进社区' });
  await sources.getByRole('button', { name: '采用为内容摘要' }).click();
  await expect(page.getByText(`已存为内容摘要：${SENTENCE}。`)).toBeVisible();

  await expect(composed.getByText('自动成句')).toHaveCount(0);
  await expect(composed).toContainText(SENTENCE);
  const stored = await apiCall<{ summary: string }>(page.request, base, 'activities.get', { id });
  expect(stored.summary).toBe(`${SENTENCE}。`);

  // A source with a summary (the user's own words) is never offered the button.
  await blockWith(page, WRITTEN).getByRole('button', { name: /来源 1 条/ }).click();
  const written = page.locator('.ant-popover').filter({ hasText: '案卷评查' });
  await expect(written.getByRole('button', { name: '不写入报告' })).toBeVisible();
  await expect(written.getByRole('button', { name: '采用为内容摘要' })).toHaveCount(0);
});
