import fs from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures/app-server';
import { apiCall, categoryId } from './helpers/ledger';
import { paper, reportYear } from './helpers/report';

// 成句规则 in the template editor: how an entry with no 内容摘要 is worded. A changed metric wording
// reaches the report; 恢复默认措辞 brings the shipped wording back; a blank metric name is refused.

const UNIT = '柳州市测试区司法局';
const COPY = '本局成句模板';
const OURS = '解答群众法律咨询';
const DEFAULT_WORDS = '接待群众咨询';

interface Saved {
  version: number;
  body: { phrases: { metrics: { name: string; words: string; order: number }[] } };
}

/** A 普法 entry with no summary and 接待咨询 120 人次, and a copy of the five-part template; returns the copy's id. */
async function entryAndCopy(page: Page, base: string): Promise<number> {
  await page.goto(base);
  const year = await reportYear(page);
  await apiCall(page.request, base, 'unit.update', { name: UNIT });
  await apiCall(page.request, base, 'activities.create', {
    date: `${year}-03-15`,
    categoryId: await categoryId(page.request, base, '普法宣传教育'),
    title: '民法典进社区',
    summary: '',
    location: '城南社区',
    metrics: [{ name: '接待咨询', value: 120, unit: '人次' }],
  });
  const [five] = await apiCall<{ id: number }[]>(page.request, base, 'report.templates.list', {});
  const copy = await apiCall<{ id: number }>(page.request, base, 'report.templates.copy', { id: five!.id, name: COPY });
  return copy.id;
}

async function openEditor(page: Page, base: string): Promise<{ manager: Locator; editor: Locator }> {
  await page.goto(`${base}#/report`);
  await page.getByRole('button', { name: '管理模板' }).click();
  const manager = page.getByRole('dialog', { name: '报告模板' });
  await manager.getByLabel(`模板 ${COPY}`).getByRole('button', { name: '编辑' }).click();
  const editor = page.getByRole('dialog', { name: `编辑模板：${COPY}` });
  await expect(editor.getByLabel('模板名称')).toHaveValue(COPY);
  return { manager, editor };
}

/** Opens 指标的写法 and returns the 1-based row of this metric. */
async function metricRow(editor: Locator, name: string): Promise<number> {
  const card = editor.locator('.ant-card').filter({ hasText: '成句规则（没有内容摘要的台账怎样写成句子）' });
  await card.getByRole('button', { name: /^指标的写法（\d+条）$/ }).click();
  const names = await card.getByLabel(/^指标写法第\d+条的指标名称$/).evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value));
  const row = names.indexOf(name) + 1;
  expect(row, `指标写法中应有“${name}”`).toBeGreaterThan(0);
  return row;
}

async function useCopyAndGenerate(page: Page, manager: Locator): Promise<void> {
  await manager.getByLabel(`模板 ${COPY}`).getByRole('button', { name: '选用' }).click();
  await expect(manager.getByLabel(`模板 ${COPY}`)).toContainText('当前选用');
  await manager.getByRole('button', { name: 'Close' }).or(manager.getByLabel('Close')).first().click();
  await expect(manager).toBeHidden();
  await page.getByRole('button', { name: '生成报告' }).click();
}

test('成句规则：改指标“接待咨询”的写法，用这个模板生成的报告按新写法成句', async ({ page, appServer }) => {
  test.slow();
  const base = appServer.url;
  const id = await entryAndCopy(page, base);
  const { manager, editor } = await openEditor(page, base);

  const row = await metricRow(editor, '接待咨询');
  const words = editor.getByLabel(`指标写法第${row}条的写法`);
  await expect(words).toHaveValue(DEFAULT_WORDS);
  // The find box narrows the long list to the rows that name what is typed.
  await editor.getByLabel('查找指标写法').fill('咨询');
  await expect(editor.getByLabel(/^指标写法第\d+条的指标名称$/).filter({ visible: true })).toHaveCount(1);
  await words.fill(OURS);

  fs.mkdirSync('/tmp/shots', { recursive: true });
  await page.setViewportSize({ width: 1366, height: 1400 });
  await editor.getByText('成句规则（没有内容摘要的台账怎样写成句子）').scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/shots/phrase-rules.png', animations: 'disabled' });
  await page.setViewportSize({ width: 1366, height: 800 });

  await editor.getByRole('button', { name: '保存模板' }).click();
  await expect(editor).toBeHidden();
  const saved = await apiCall<Saved>(page.request, base, 'report.templates.get', { id });
  expect(saved.version).toBe(2);
  expect(saved.body.phrases.metrics.find((m) => m.name === '接待咨询')).toEqual({ name: '接待咨询', words: OURS, order: 40 });

  await useCopyAndGenerate(page, manager);
  await expect(paper(page)).toContainText(`${OURS}120人次`);
  await expect(paper(page)).not.toContainText(`${DEFAULT_WORDS}120人次`);
});

test('成句规则：空的指标名称不能保存；“恢复默认措辞”换回默认写法，保存后报告照默认写法', async ({ page, appServer }) => {
  test.slow();
  const base = appServer.url;
  const id = await entryAndCopy(page, base);
  // The copy already words 接待咨询 its own way (version 2).
  const before = await apiCall<Saved & { name: string }>(page.request, base, 'report.templates.get', { id });
  const metrics = before.body.phrases.metrics.map((m) => (m.name === '接待咨询' ? { ...m, words: OURS } : m));
  await apiCall(page.request, base, 'report.templates.update', { id, name: COPY, body: { ...before.body, phrases: { ...before.body.phrases, metrics } } });

  const { manager, editor } = await openEditor(page, base);
  const row = await metricRow(editor, '接待咨询');
  const name = editor.getByLabel(`指标写法第${row}条的指标名称`);
  const words = editor.getByLabel(`指标写法第${row}条的写法`);
  await expect(words).toHaveValue(OURS);

  // A blank metric name: a Chinese message under the box, and a refusal naming the row.
  await name.fill('');
  const item = editor.locator('.ant-form-item').filter({ has: page.getByLabel(`指标写法第${row}条的指标名称`) });
  await expect(item).toContainText('请填写指标名称');
  await editor.getByRole('button', { name: '保存模板' }).click();
  const refusal = editor.getByRole('alert').filter({ hasText: '模板没有保存' });
  await expect(refusal).toContainText(`成句规则的指标写法第${row}项的名称：不能为空`);
  await expect(item).toContainText('不能为空');
  expect((await apiCall<Saved>(page.request, base, 'report.templates.get', { id })).version).toBe(2);

  // 恢复默认措辞 asks first, then puts back the shipped rules, the blank name and the wording included.
  await editor.getByRole('button', { name: '恢复默认措辞' }).click();
  const confirm = page.getByRole('dialog').filter({ hasText: '恢复默认的成句规则？' });
  await confirm.getByRole('button', { name: '恢复默认' }).click();
  await expect(confirm).toBeHidden();
  await expect(name).toHaveValue('接待咨询');
  await expect(words).toHaveValue(DEFAULT_WORDS);
  await expect(item).not.toContainText('不能为空');

  // The restore counts as a change: closing now asks before throwing it away.
  await editor.getByRole('button', { name: '取消', exact: true }).or(editor.getByRole('button', { name: '取 消' })).first().click();
  const discard = page.getByRole('dialog').filter({ hasText: '放弃未保存的修改？' });
  await expect(discard).toBeVisible();
  await discard.getByRole('button', { name: '继续编辑' }).click();
  await expect(discard).toBeHidden();

  await editor.getByRole('button', { name: '保存模板' }).click();
  await expect(editor).toBeHidden();
  const saved = await apiCall<Saved>(page.request, base, 'report.templates.get', { id });
  expect(saved.version).toBe(3);
  expect(saved.body.phrases.metrics.find((m) => m.name === '接待咨询')?.words).toBe(DEFAULT_WORDS);

  await useCopyAndGenerate(page, manager);
  await expect(paper(page)).toContainText(`${DEFAULT_WORDS}120人次`);
  await expect(paper(page)).not.toContainText(OURS);
});
