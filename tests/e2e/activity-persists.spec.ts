import { expect, test } from './fixtures/app-server';
import { activityDialog, addActivityThroughForm, currentYear, rowOf, shownText } from './helpers/ledger';

test('新增的活动在重启服务后仍然保存着全部内容', async ({ page, appServer }) => {
  await page.goto(appServer.url);
  const year = await currentYear(page);
  const draft = {
    date: `${year}-03-15`,
    endDate: `${year}-03-16`,
    category: '普法宣传教育',
    title: '“3·15”消费者权益日普法宣传',
    summary: '在人民广场开展“3·15”消费者权益日普法宣传活动，发放宣传资料500余份。',
    department: '法规科',
    participantCount: 36,
    location: '人民广场',
    tags: ['民法典', '进社区'],
    participantsDesc: '法规科、执法大队全体人员',
    leaderRole: '主持' as const,
    period: '季度汇总' as const,
    docTitle: '关于开展“3·15”宣传活动的通知',
    docNumber: '某市监发〔2025〕12号',
    details: '上午九点在人民广场设点，现场解答群众咨询。',
    metrics: [
      { name: '发放资料', value: 500, unit: '份', approximate: true },
      { name: '接待咨询', value: 120, unit: '人次' },
    ],
  };

  await addActivityThroughForm(page, draft);
  const row = rowOf(page, draft.title);
  await expect(row).toBeVisible();
  await expect(page.getByText('共 1 条')).toBeVisible();

  await appServer.restart();
  await page.reload();

  await expect(row).toBeVisible();
  await expect(row).toContainText(`${draft.date} 至 ${draft.endDate}`);
  await expect(row).toContainText(draft.category);
  await expect(row).toContainText(draft.summary);
  await expect(row).toContainText(draft.department);
  await expect(row).toContainText('季度汇总');
  await expect(row).toContainText('民法典');
  await expect(row).toContainText('进社区');

  // Fields the table does not show are checked in the edit form.
  await row.getByRole('button', { name: `编辑“${draft.title}”` }).click();
  const dialog = activityDialog(page, '编辑活动');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('日期', { exact: true })).toHaveValue(draft.date);
  await expect(dialog.getByLabel('结束日期')).toHaveValue(draft.endDate);
  await expect(shownText(dialog, draft.category)).toBeVisible();
  await expect(dialog.getByLabel('事项标题')).toHaveValue(draft.title);
  await expect(dialog.getByLabel('内容摘要')).toHaveValue(draft.summary);
  await expect(dialog.getByLabel('承办科室')).toHaveValue(draft.department);
  await expect(dialog.getByLabel('参加人数')).toHaveValue('36');
  await expect(dialog.getByLabel('地点')).toHaveValue(draft.location);
  await expect(shownText(dialog, '民法典')).toBeVisible();
  await expect(shownText(dialog, '进社区')).toBeVisible();
  await expect(dialog.getByLabel('参加人员')).toHaveValue(draft.participantsDesc);
  await expect(dialog.getByRole('radio', { name: '主持', exact: true })).toBeChecked();
  await expect(shownText(dialog, '季度汇总')).toBeVisible();
  await expect(dialog.getByText(`这条记录是${year}年第一季度的合计数`)).toBeVisible();
  // The section with a document in it opens by itself.
  await expect(dialog.getByLabel('文件标题')).toHaveValue(draft.docTitle);
  await expect(dialog.getByLabel('文号')).toHaveValue(draft.docNumber);
  await expect(dialog.getByLabel('详细情况')).toHaveValue(draft.details);
  await expect(dialog.getByLabel('指标1名称')).toHaveValue('发放资料');
  await expect(dialog.getByLabel('指标“发放资料”数值')).toHaveValue('500');
  await expect(dialog.getByLabel('指标“发放资料”单位')).toHaveValue('份');
  await expect(dialog.getByLabel('指标“发放资料”为约数')).toBeChecked();
  await expect(dialog.getByLabel('指标2名称')).toHaveValue('接待咨询');
  await expect(dialog.getByLabel('指标“接待咨询”数值')).toHaveValue('120');
  await expect(dialog.getByLabel('指标“接待咨询”为约数')).not.toBeChecked();
});
