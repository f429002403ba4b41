import fs from 'node:fs';
import { expect, test } from './fixtures/app-server';
import { apiCall } from './helpers/ledger';
import { blockWith, paper, reportYear, seedEntry } from './helpers/report';

const UNIT = '柳州市测试区司法局';
const PUFA = '组织开展宪法宣传周集中宣传活动';
const ENFORCEMENT = '开展行政执法案卷评查工作';
const LATE = '组织行政复议案件集体讨论';
const EDITED = '我局精心组织宪法宣传周系列活动，覆盖全区各街道社区';

test('年报：生成、修改一段、重新生成保留修改并加入新台账、恢复原文', async ({ page, appServer }) => {
  const base = appServer.url;
  await page.goto(base);
  const year = await reportYear(page);
  await apiCall(page.request, base, 'unit.update', { name: UNIT });
  await seedEntry(page, base, { date: `${year}-03-05`, category: '普法宣传教育', title: '宪法宣传周', summary: `${PUFA}，发放宣传资料1200份` });
  await seedEntry(page, base, { date: `${year}-05-10`, category: '行政执法', title: '案卷评查', summary: `${ENFORCEMENT}，评查案卷86卷` });

  await page.goto(`${base}#/report`);
  await expect(page.getByText(`${year}年度的报告还没有生成`)).toBeVisible();
  await page.getByLabel('报告模板').click();
  await page.locator('.ant-select-dropdown').getByText(/^五部分/).filter({ visible: true }).click();
  await expect(page.getByLabel('报告模板').locator('xpath=ancestor::*[contains(@class,"ant-select")][1]')).toContainText('五部分');
  await page.getByRole('button', { name: '生成报告' }).click();

  const title = paper(page).getByRole('heading', { level: 1 });
  await expect(title).toContainText(UNIT);
  await expect(title).toContainText(String(year));
  await expect(paper(page).getByRole('heading', { level: 2 }).first()).toHaveText(/^一、/);
  const pufaBlock = blockWith(page, PUFA);
  await expect(pufaBlock).toHaveCount(1);
  await expect(pufaBlock).toHaveAttribute('data-origin', 'log');
  await expect(pufaBlock.getByRole('button', { name: /来源 1 条/ })).toBeVisible();
  // It sits under its own subsection: the nearest heading before it names 普法.
  const headingOfPufa = await pufaBlock.evaluate((el) => {
    let prev = el.previousElementSibling;
    while (prev && !prev.querySelector('h3, h2')) prev = prev.previousElementSibling;
    return prev?.textContent ?? '';
  });
  expect(headingOfPufa).toMatch(/普法/);
  await expect(blockWith(page, ENFORCEMENT)).toHaveCount(1);
  await expect(paper(page)).not.toContainText(LATE);
  const generated = (await pufaBlock.locator('p').textContent()) ?? '';
  expect(generated).toContain(PUFA);
  await page.screenshot({ path: '/tmp/shots/report-generated.png', fullPage: true });

  // Edit the paragraph.
  await pufaBlock.click();
  const box = page.getByLabel('段落文字');
  await expect(box).toHaveValue(new RegExp(PUFA));
  await box.fill(EDITED);
  await page.screenshot({ path: '/tmp/shots/report-editing.png' });
  await page.getByRole('button', { name: '保存', exact: true }).click();
  const editedBlock = blockWith(page, EDITED);
  await expect(editedBlock).toContainText('已修改');
  await expect(paper(page)).not.toContainText(PUFA);
  await page.screenshot({ path: '/tmp/shots/report-edited.png', fullPage: true });

  // A new entry, then 重新生成: the edit stays, the new sentence comes in, the change is listed.
  await seedEntry(page, base, { date: `${year}-06-18`, category: '矛盾纠纷化解', title: '复议案件集体讨论', summary: `${LATE}，提升办案质量` });
  await page.getByRole('button', { name: '重新生成' }).click();
  await expect(blockWith(page, LATE)).toHaveCount(1);
  await expect(blockWith(page, EDITED)).toContainText('已修改');
  await expect(paper(page)).not.toContainText(PUFA);
  const changes = page.getByLabel('本次重新生成的变化');
  await expect(changes.locator('li').filter({ hasText: '新增' }).filter({ hasText: LATE })).toHaveCount(1);
  await page.screenshot({ path: '/tmp/shots/report-regenerated.png', fullPage: true });

  // 恢复原文 brings the generated sentence back.
  await blockWith(page, EDITED).getByRole('button', { name: '恢复原文' }).click();
  await page.getByRole('button', { name: '恢复', exact: true }).click();
  await expect(blockWith(page, PUFA)).toHaveCount(1);
  await expect(blockWith(page, PUFA)).not.toContainText('已修改');
  await expect(blockWith(page, PUFA).locator('p')).toHaveText(generated);
  await expect(paper(page)).not.toContainText(EDITED);
});

test('年报：填写存在的不足和明年安排后重新生成', async ({ page, appServer }) => {
  const base = appServer.url;
  await page.goto(base);
  const year = await reportYear(page);
  await apiCall(page.request, base, 'unit.update', { name: UNIT });
  await seedEntry(page, base, { date: `${year}-03-05`, category: '普法宣传教育', title: '宪法宣传周', summary: `${PUFA}，发放宣传资料1200份` });
  await page.goto(`${base}#/report`);
  await page.getByRole('button', { name: '生成报告' }).click();
  await expect(paper(page)).toContainText('请在年度材料中填写存在的不足');

  await page.getByRole('button', { name: /填写年度材料/ }).click();
  const drawer = page.getByRole('dialog');
  await drawer.getByRole('button', { name: '添加一条不足' }).click();
  await drawer.getByRole('textbox', { name: '存在的不足第1条' }).fill('执法人员法治素养有待提升，培训的针对性还不够强');
  await drawer.getByRole('button', { name: '添加一条安排' }).click();
  await drawer.getByRole('textbox', { name: '下一年度安排第1条' }).fill('持续深化行政执法规范化建设');
  await page.screenshot({ path: '/tmp/shots/report-narrative.png' });
  await drawer.getByRole('button', { name: '保存并重新生成' }).click();

  await expect(drawer).toBeHidden();
  await expect(paper(page)).toContainText('执法人员法治素养有待提升');
  await expect(paper(page)).toContainText('持续深化行政执法规范化建设');
  await expect(paper(page)).not.toContainText('请在年度材料中填写存在的不足');
});

test('年报：下载 Word 文件，内容就是预览中（含修改）的报告', async ({ page, appServer }) => {
  const base = appServer.url;
  await page.goto(base);
  const year = await reportYear(page);
  await apiCall(page.request, base, 'unit.update', { name: UNIT });
  await seedEntry(page, base, { date: `${year}-03-05`, category: '普法宣传教育', title: '宪法宣传周', summary: `${PUFA}，发放宣传资料1200份` });
  await page.goto(`${base}#/report`);
  await expect(page.getByRole('button', { name: /下载报告/ })).toBeDisabled();
  await page.getByRole('button', { name: '生成报告' }).click();
  const pufaBlock = blockWith(page, PUFA);
  await pufaBlock.click();
  await page.getByLabel('段落文字').fill(EDITED);
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(blockWith(page, EDITED)).toContainText('已修改');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /下载报告/ }).click()]);
  expect(download.suggestedFilename()).toBe(`${UNIT}${year}年法治政府建设情况报告.docx`);
  const file = await download.path();
  const JSZip = (await import('jszip')).default;
  const xml = await (await JSZip.loadAsync(fs.readFileSync(file))).file('word/document.xml')!.async('string');
  expect(xml).toContain(EDITED);
  expect(xml).not.toContain(PUFA);
  expect(xml).toContain(UNIT);
});
