import { expect, test } from './fixtures/app-server';
import { activityDialog, rowOf, saveButton, shownText } from './helpers/ledger';

test('从模板新建：填空生成标题和摘要，未填的建议指标不保存；复制后改成另一条', async ({ page, appServer }) => {
  await page.goto(appServer.url);
  await page.getByRole('button', { name: '从模板新建' }).click();
  await page.getByRole('menuitem', { name: /法治讲座/ }).click();
  const dialog = activityDialog(page);
  await expect(dialog).toBeVisible();

  // The template's category, leader role and tags are already there.
  await expect(shownText(dialog, '学习贯彻习近平法治思想')).toBeVisible();
  await expect(dialog.getByRole('radio', { name: '参加', exact: true })).toBeChecked();
  await expect(shownText(dialog, '法治讲座')).toBeVisible();

  // Keyboard only: the first 填空 box has the cursor, Tab goes on, Ctrl+Enter saves.
  const topic = dialog.getByLabel('讲座主题');
  await expect(topic).toBeFocused();
  await page.keyboard.type('民法典合同编');
  await page.keyboard.press('Tab');
  await page.keyboard.type('市律师协会王律师');
  await page.keyboard.press('Tab');
  await page.keyboard.type('全体干部职工');
  const title = '法治专题讲座：民法典合同编';
  await expect(dialog.getByLabel('事项标题')).toHaveValue(title);
  await expect(dialog.getByLabel('内容摘要')).toHaveValue(/^邀请市律师协会王律师作民法典合同编专题讲座，全体干部职工参加/);
  await dialog.getByLabel('指标“参学”数值').fill('60');
  await page.keyboard.press('Control+Enter');
  await expect(dialog).toBeHidden();

  const row = rowOf(page, title);
  await expect(row).toBeVisible();
  await expect(row).toContainText('邀请市律师协会王律师');
  await row.getByRole('button', { name: `编辑“${title}”` }).click();
  const edit = activityDialog(page, '编辑活动');
  // The 讲座 suggestion was left empty, so only 参学 was kept.
  await expect(edit.getByLabel('指标1名称')).toHaveValue('参学');
  await expect(edit.getByLabel('指标“参学”数值')).toHaveValue('60');
  await expect(edit.getByLabel('指标2名称')).toHaveCount(0);
  await edit.getByRole('button', { name: '取消' }).click();
  await expect(edit).toBeHidden();

  // 复制 opens the copy, already saved, for the next lecture.
  await row.getByRole('button', { name: `复制“${title}”` }).click();
  const copy = activityDialog(page, '编辑活动');
  await expect(copy.getByText(`已复制“${title}”为一条新记录`)).toBeVisible();
  await copy.getByLabel('事项标题').fill('法治专题讲座：行政复议法');
  await saveButton(copy).click();
  await expect(copy).toBeHidden();
  await expect(rowOf(page, '法治专题讲座：行政复议法')).toBeVisible();
  await expect(row).toBeVisible();
  await expect(page.getByText('共 2 条')).toBeVisible();
});
