import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/app-server';
import { apiCall } from './helpers/ledger';
import { blockWith, paper, reportYear, seedEntry } from './helpers/report';

// The 模板管理 drawer (copy, edit, export, import) and leaving an entry out of the report.

const UNIT = '柳州市测试区司法局';
const PUFA = '组织开展宪法宣传周集中宣传活动';
const ENFORCEMENT = '开展行政执法案卷评查工作';
const EDITED = '我局精心组织宪法宣传周系列活动，覆盖全区各街道社区';
const COPY = '本局五部分模板';
const NEW_HEADING = '扎实开展全民普法宣传';

/** The unit's name and one 普法 entry in the page's report year, which it returns. */
async function unitWithOneEntry(page: Page, base: string): Promise<number> {
  await page.goto(base);
  const year = await reportYear(page);
  await apiCall(page.request, base, 'unit.update', { name: UNIT });
  await seedEntry(page, base, { date: `${year}-03-05`, category: '普法宣传教育', title: '宪法宣传周', summary: `${PUFA}，发放宣传资料1200份` });
  return year;
}

test('年报模板：复制五部分模板，改小节标题，用副本生成报告；导出后再导入', async ({ page, appServer }) => {
  // Many steps through two drawers on a shared 2-core machine.
  test.slow();
  const base = appServer.url;
  await unitWithOneEntry(page, base);

  await page.goto(`${base}#/report`);
  await page.getByRole('button', { name: '管理模板' }).click();
  const manager = page.getByRole('dialog', { name: '报告模板' });
  const five = manager.getByLabel('模板 五部分（法定五项内容）');
  await expect(five).toContainText('内置');
  await expect(five.getByRole('button', { name: '编辑' })).toBeDisabled();
  await page.screenshot({ path: '/tmp/report-templates-manager.png', animations: 'disabled' });

  await five.getByRole('button', { name: '复制' }).click();
  const copyDialog = page.getByRole('dialog', { name: /复制模板/ });
  await copyDialog.getByLabel('新模板的名称').fill(COPY);
  await copyDialog.getByRole('button', { name: '复制' }).click();

  const editor = page.getByRole('dialog', { name: `编辑模板：${COPY}` });
  await expect(editor.getByLabel('模板名称')).toHaveValue(COPY);
  await editor.getByText('（十）深入开展普法宣传教育', { exact: true }).click();
  const heading = editor.getByLabel('第10小节标题');
  await expect(heading).toHaveValue('深入开展普法宣传教育');
  await expect(editor.locator('.ant-form-item').filter({ has: page.getByLabel('第10小节的类别') })).toContainText('普法宣传教育');
  // A tall window, so the one picture shows the form from the top down to the opened subsection.
  await page.setViewportSize({ width: 1366, height: 2600 });
  await page.screenshot({ path: '/tmp/report-templates-editor.png', animations: 'disabled' });
  await page.setViewportSize({ width: 1366, height: 800 });

  // A blank heading is refused with a message that names the subsection; nothing is saved.
  await heading.fill('');
  await editor.getByRole('button', { name: '保存模板' }).click();
  await expect(editor.getByRole('alert').filter({ hasText: '模板没有保存' })).toContainText('第10小节的标题：不能为空');
  await editor.getByRole('alert').filter({ hasText: '模板没有保存' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/report-templates-error.png', animations: 'disabled' });

  await heading.fill(NEW_HEADING);
  await editor.getByRole('button', { name: '保存模板' }).click();
  await expect(editor).toBeHidden();
  const copy = manager.getByLabel(`模板 ${COPY}`);
  await expect(copy).toContainText('第2版');
  await copy.getByRole('button', { name: '选用' }).click();
  await expect(copy).toContainText('当前选用');

  // Export the copy, then import the file back: a new template, its name made unique.
  const [download] = await Promise.all([page.waitForEvent('download'), copy.getByRole('button', { name: '导出' }).click()]);
  expect(download.suggestedFilename()).toBe(`报告模板-${COPY}.json`);
  const file = await download.path();
  const exported = JSON.parse(fs.readFileSync(file, 'utf8')) as { format: string; name: string; parts: { subsections?: { heading: string }[] }[] };
  expect(exported.format).toBe('fazhi-report-template');
  expect(exported.name).toBe(COPY);
  expect(exported.parts[0]?.subsections?.map((s) => s.heading)).toContain(NEW_HEADING);
  await manager.getByLabel('选择模板文件').setInputFiles(file);
  await expect(page.getByText(`已导入模板“${COPY}（导入）”（已有同名模板`)).toBeVisible();
  await expect(manager.getByLabel(`模板 ${COPY}（导入）`)).toContainText('自建');

  // A file that is not a template is refused, saying why.
  await manager.getByLabel('选择模板文件').setInputFiles({ name: '随便.json', mimeType: 'application/json', buffer: Buffer.from('{"a":1}') });
  await expect(page.getByText('这不是法治台账导出的报告模板')).toBeVisible();
  await expect(manager.getByRole('listitem').filter({ hasText: '随便' })).toHaveCount(0);

  await manager.getByRole('button', { name: 'Close' }).or(manager.getByLabel('Close')).first().click();
  await expect(manager).toBeHidden();
  await expect(page.getByLabel('报告模板').locator('xpath=ancestor::*[contains(@class,"ant-select")][1]')).toContainText(COPY);
  await page.getByRole('button', { name: '生成报告' }).click();
  await expect(paper(page).getByRole('heading', { level: 3 }).filter({ hasText: NEW_HEADING })).toHaveCount(1);
  await expect(paper(page)).not.toContainText('深入开展普法宣传教育');
  await expect(blockWith(page, PUFA)).toHaveCount(1);
});

test('年报：从来源中把一条台账排除出报告，再恢复；修改过的段落被移出时说明修改已保留', async ({ page, appServer }) => {
  const base = appServer.url;
  const year = await unitWithOneEntry(page, base);
  await seedEntry(page, base, { date: `${year}-05-10`, category: '行政执法', title: '案卷评查', summary: `${ENFORCEMENT}，评查案卷86卷` });
  await page.goto(`${base}#/report`);
  await page.getByRole('button', { name: '生成报告' }).click();
  await expect(blockWith(page, PUFA)).toHaveCount(1);

  // Exclude an untouched paragraph's entry: its sentence goes; the entry is listed with 恢复.
  await blockWith(page, ENFORCEMENT).getByRole('button', { name: /来源 1 条/ }).click();
  await page.locator('.ant-popover').filter({ hasText: '案卷评查' }).getByRole('button', { name: '不写入报告' }).click();
  await expect(paper(page)).not.toContainText(ENFORCEMENT);
  const excluded = page.getByLabel('已排除的活动');
  await expect(excluded).toContainText('案卷评查');
  await expect(blockWith(page, PUFA)).toHaveCount(1);

  // Exclude the entry of an edited paragraph: the change list and a card say the edit is kept.
  await blockWith(page, PUFA).click();
  await page.getByLabel('段落文字').fill(EDITED);
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(blockWith(page, EDITED)).toContainText('已修改');
  await blockWith(page, EDITED).getByRole('button', { name: /来源 1 条/ }).click();
  await page.locator('.ant-popover').filter({ hasText: '宪法宣传周' }).getByRole('button', { name: '不写入报告' }).click();
  await expect(paper(page)).not.toContainText(EDITED);
  await expect(paper(page)).not.toContainText(PUFA);
  const changes = page.getByLabel('本次重新生成的变化');
  await expect(changes.locator('li').filter({ hasText: '您修改过的段落已移出报告' })).toContainText('您的修改已保留');
  await expect(page.getByLabel('暂未写入报告的修改')).toContainText(EDITED);
  await expect(excluded.locator('.ant-list-item')).toHaveCount(2);
  await page.screenshot({ path: '/tmp/report-templates-excluded.png', fullPage: true });
  await excluded.scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/report-templates-side-panel.png', animations: 'disabled' });

  // 恢复 brings each back: the edited paragraph with the user's text, the other as generated.
  await excluded.locator('.ant-list-item').filter({ hasText: '宪法宣传周' }).getByRole('button', { name: '恢复' }).click();
  await expect(blockWith(page, EDITED)).toContainText('已修改');
  await expect(page.getByLabel('暂未写入报告的修改')).toHaveCount(0);
  await excluded.locator('.ant-list-item').filter({ hasText: '案卷评查' }).getByRole('button', { name: '恢复' }).click();
  await expect(blockWith(page, ENFORCEMENT)).toHaveCount(1);
  await expect(page.getByLabel('已排除的活动')).toHaveCount(0);

  // A paragraph deleted by hand is listed by its text, and comes back from there.
  await blockWith(page, ENFORCEMENT).click();
  await page.getByRole('button', { name: '删除本段' }).click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: '删除' }).click();
  await expect(paper(page)).not.toContainText(ENFORCEMENT);
  const deleted = page.locator('.ant-card').filter({ hasText: '已删除的段落' });
  await expect(deleted).toContainText(ENFORCEMENT);
  await deleted.getByRole('button', { name: /恢复已删除的段落/ }).click();
  await expect(blockWith(page, ENFORCEMENT)).toHaveCount(1);
  await expect(deleted).toHaveCount(0);
});

test('年报模板：删除自建模板要确认，内置模板不能删除', async ({ page, appServer }) => {
  const base = appServer.url;
  await page.goto(base);
  const [five] = await apiCall<{ id: number }[]>(page.request, base, 'report.templates.list', {});
  await apiCall(page.request, base, 'report.templates.copy', { id: five!.id, name: COPY });
  await page.goto(`${base}#/report`);
  await page.getByRole('button', { name: '管理模板' }).click();
  const manager = page.getByRole('dialog', { name: '报告模板' });
  await expect(manager.getByLabel('模板 五部分（法定五项内容）').getByRole('button', { name: '删除' })).toHaveCount(0);
  const copy = manager.getByLabel(`模板 ${COPY}`);
  await copy.getByRole('button', { name: '删除' }).click();
  await expect(page.getByText(`删除模板“${COPY}”？`)).toBeVisible();
  await page.screenshot({ path: '/tmp/report-templates-delete.png', animations: 'disabled' });
  await page.locator('.ant-popconfirm').getByRole('button', { name: '删除' }).click();
  await expect(page.getByText(`已删除模板“${COPY}”`)).toBeVisible();
  await expect(manager.getByLabel(`模板 ${COPY}`)).toHaveCount(0);
  const left = await apiCall<{ name: string }[]>(page.request, base, 'report.templates.list', {});
  expect(left.map((t) => t.name)).not.toContain(COPY);
});

test('年报模板：改政策表述（新纲要）、加比率、改主要负责人参与方式、调整和删除部分，生成的报告随之改变', async ({ page, appServer }) => {
  test.slow();
  const base = appServer.url;
  await unitWithOneEntry(page, base);
  const [five] = await apiCall<{ id: number }[]>(page.request, base, 'report.templates.list', {});
  const copy = await apiCall<{ id: number }>(page.request, base, 'report.templates.copy', { id: five!.id, name: COPY });

  await page.goto(`${base}#/report`);
  await page.getByRole('button', { name: '管理模板' }).click();
  const manager = page.getByRole('dialog', { name: '报告模板' });
  await manager.getByLabel(`模板 ${COPY}`).getByRole('button', { name: '编辑' }).click();
  const editor = page.getByRole('dialog', { name: `编辑模板：${COPY}` });

  // The 纲要 of 2021—2025 gives way to its successor: one row, and every text naming {纲要} follows.
  const gangyao = editor.getByLabel('政策表述第2条的表述');
  await expect(editor.getByLabel('政策表述第2条的名称')).toHaveValue('纲要');
  await expect(gangyao).toHaveValue('《法治政府建设实施纲要（2021—2025年）》');
  await gangyao.fill('《法治政府建设实施纲要（2026—2030年）》');
  // A new reference, used in the opening paragraph; a second row of the same name is refused.
  await editor.getByRole('button', { name: /添加政策表述/ }).click();
  await editor.getByLabel('政策表述第3条的名称').fill('纲要');
  await editor.getByLabel('政策表述第3条的表述').fill('重复的表述');
  await editor.getByRole('button', { name: '保存模板' }).click();
  await expect(editor.getByRole('alert').filter({ hasText: '模板没有保存' })).toContainText('政策表述的名称“纲要”重复');
  await editor.getByLabel('政策表述第3条的名称').fill('普法规划');
  await editor.getByLabel('政策表述第3条的表述').fill('“八五”普法规划');
  const opening = editor.getByLabel('开头段');
  await opening.fill((await opening.inputValue()).replace('扎实推进依法行政', '扎实推进依法行政，全面实施{普法规划}'));

  // A rate worked out from two counts.
  await editor.getByRole('button', { name: /添加比率/ }).click();
  const rates = await editor.getByLabel(/^比率第\d+条的名称$/).count();
  await editor.getByLabel(`比率第${rates}条的名称`).fill('结案率');
  await editor.getByLabel(`比率第${rates}条的分子`).fill('结案');
  await editor.getByLabel(`比率第${rates}条的分母`).fill('办理案件');

  // Only 述法 and 主持 bring an entry to the leader's part; 参加 goes by category.
  const roles = editor.getByLabel('第3部分的主要负责人参与方式');
  await expect(roles.getByRole('checkbox', { name: '参加' })).toBeChecked();
  await expect(editor.getByLabel('第3部分标题')).toHaveValue(/第一责任人职责/);
  await roles.getByRole('checkbox', { name: '参加' }).uncheck();
  await expect(roles.getByRole('checkbox', { name: '参加' })).not.toBeChecked();

  // The leader's part moves up to 二、; 其他情况 is removed; then it is offered again, the leader's part not.
  await editor.getByRole('button', { name: '上移第3部分' }).click();
  await expect(editor.getByLabel('第2部分的主要负责人参与方式').getByRole('checkbox', { name: '参加' })).not.toBeChecked();
  await editor.getByRole('button', { name: '删除第5部分' }).click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: '删除' }).click();
  await editor.getByRole('button', { name: /添加部分/ }).hover();
  await expect(page.getByRole('menuitem', { name: '其他情况' })).not.toHaveClass(/disabled/);
  await expect(page.getByRole('menuitem', { name: /主要负责人履职（主要负责人的台账已有归入之处）/ })).toHaveClass(/disabled/);
  await page.setViewportSize({ width: 1366, height: 2600 });
  await page.screenshot({ path: '/tmp/report-templates-parts.png', animations: 'disabled' });
  await page.setViewportSize({ width: 1366, height: 800 });
  await editor.getByRole('button', { name: '保存模板' }).click();
  await expect(editor).toBeHidden();

  const saved = await apiCall<{ body: { references: Record<string, string>; rates: { name: string }[]; parts: { kind: string; roles?: string[] }[] } }>(page.request, base, 'report.templates.get', { id: copy.id });
  expect(saved.body.references).toEqual({ 党代会精神: '党的二十大精神', 纲要: '《法治政府建设实施纲要（2026—2030年）》', 普法规划: '“八五”普法规划' });
  expect(saved.body.rates.at(-1)).toEqual({ name: '结案率', numerator: '结案', denominator: '办理案件' });
  expect(saved.body.parts.map((p) => p.kind)).toEqual(['measures', 'leader', 'problems', 'plans']);
  expect(saved.body.parts[1]?.roles).toEqual(['主持', '述法']);

  await manager.getByLabel(`模板 ${COPY}`).getByRole('button', { name: '选用' }).click();
  await manager.getByRole('button', { name: 'Close' }).or(manager.getByLabel('Close')).first().click();
  await page.getByRole('button', { name: '生成报告' }).click();
  const opened = blockWith(page, '认真落实');
  await expect(opened).toContainText('认真落实《法治政府建设实施纲要（2026—2030年）》');
  await expect(opened).toContainText('扎实推进依法行政，全面实施“八五”普法规划');
  const parts = paper(page).getByRole('heading', { level: 2 });
  await expect(parts).toHaveCount(4);
  await expect(parts.nth(1)).toContainText('二、');
  await expect(parts.nth(1)).toContainText('第一责任人职责');
  await expect(paper(page)).not.toContainText('其他需要报告的情况');
});

test('年报体检的“去补充”链接可直接打开模板管理', async ({ page, appServer }) => {
  const year = await unitWithOneEntry(page, appServer.url);
  await page.goto(`${appServer.url}#/report?year=${year}&open=templates`);
  await expect(page.getByRole('dialog', { name: '报告模板' })).toBeVisible();
  await expect(page).toHaveURL(/#\/report$/);
});

test('台账页面还在加载时打开年报的链接，去的是年报页，台账不会截走这个链接', async ({ page, appServer }) => {
  // Holding the categories answer keeps the 台账 page loading, which is when its link handler
  // listened before the page switcher and turned the 年报 link into a ledger filter (a CI failure).
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/categories.list', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(appServer.url);
  await expect(page.getByRole('heading', { name: '台账', level: 1 })).toBeVisible();
  await page.goto(`${appServer.url}#/report?year=2025&open=templates`);
  release();
  await expect(page.getByRole('dialog', { name: '报告模板' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '年报', level: 1 })).toBeVisible();
});
