import { expect, test } from './fixtures/app-server';
import { apiCall } from './helpers/ledger';
import { paper, reportYear } from './helpers/report';

// A long report (a year of many entries) is shown a batch of paragraphs at a time, so the page stays
// usable; going to a paragraph further down from the side panel moves the shown part there.

const ENTRIES = 420;

test('年报：很长的报告分批显示，滚动到底显示后面的段落，从提示跳到后面的段落', async ({ page, appServer }) => {
  test.slow();
  const base = appServer.url;
  await page.goto(base);
  const year = await reportYear(page);
  await apiCall(page.request, base, 'unit.update', { name: '柳州市测试区司法局' });
  const categories = await apiCall<{ id: number; key: string | null }[]>(page.request, base, 'categories.list', {});
  const ids = categories.filter((c) => c.key !== 'first-duty').map((c) => c.id);
  for (let i = 0; i < ENTRIES; i += 20) {
    await Promise.all(
      Array.from({ length: 20 }, (_, j) =>
        apiCall(page.request, base, 'activities.create', {
          date: `${year}-${String(1 + ((i + j) % 12)).padStart(2, '0')}-${String(1 + ((i + j) % 28)).padStart(2, '0')}`,
          categoryId: ids[(i + j) % ids.length]!,
          title: `第${i + j + 1}项工作`,
          summary: `组织开展第${i + j + 1}项法治工作，参加干部职工${10 + ((i + j) % 50)}人`,
        }),
      ),
    );
  }

  await page.goto(`${base}#/report`);
  await page.getByRole('button', { name: '生成报告' }).click();
  const blocks = paper(page).locator('[data-key]');
  await expect(blocks).toHaveCount(300);
  const later = paper(page).getByRole('button', { name: /^显示后面的 \d+ 段/ });
  await expect(later).toBeVisible();
  await expect(paper(page).locator('.report-signature')).toHaveCount(0);

  // Nearing the end of what is shown brings the next batch.
  await later.scrollIntoViewIfNeeded();
  await expect.poll(() => blocks.count()).toBeGreaterThan(300);

  // The warning about the duties paragraph points at part 三, far below: the shown part moves there.
  await page.reload();
  await expect(blocks).toHaveCount(300);
  await page.getByText(/第一责任人职责段还没有填写/).click();
  const duties = paper(page).locator('[data-key="leader.duties"]');
  await expect(duties).toBeInViewport();
  await expect(paper(page).getByRole('button', { name: /^显示前面的 300 段/ })).toBeVisible();
  await page.screenshot({ path: '/tmp/report-long-jump.png' });
  // The signature closes the report once its last paragraph is shown.
  await expect(paper(page).locator('.report-signature')).toContainText('柳州市测试区司法局');
});
