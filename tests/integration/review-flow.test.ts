import { describe, expect, it } from 'vitest';
import type { OpenApp } from '../../electron/open-app';
import { stageUpload } from '../../electron/attachments';
import { listAudit } from '../../electron/store/audit-store';
import type { ReportView } from '../../shared/domain/report-draft';
import { stageBytes } from '../helpers/package-fixtures';
import type { SignedIn } from '../helpers/review-callers';
import { refusal, signedIn } from '../helpers/review-callers';
import { openTempApp } from '../helpers/temp-app';

// 审核 on the real store, through the registry as signed-in accounts: a 录入员's entry is a 草稿,
// locked once submitted, given back by a 退回 with its reason, and locked again once approved; the
// 审核员's queue; the machine's own user untouched by any of it.

const SUBMITTED = '这条台账已提交审核，不能修改；如需修改，请审核员退回';
const APPROVED = '这条台账已审核，不能修改；如需修改，请审核员退回';

const PDF = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n', 'latin1');

interface Office {
  app: OpenApp;
  clerk: SignedIn;
  otherClerk: SignedIn;
  reviewer: SignedIn;
}

async function office(): Promise<Office> {
  const app = openTempApp();
  return {
    app,
    clerk: await signedIn(app, 'zhangsan', '张三', 'entry', '办公室'),
    otherClerk: await signedIn(app, 'zhaosi', '赵四', 'entry', '法规科'),
    reviewer: await signedIn(app, 'lisi', '李四', 'reviewer', '法制科'),
  };
}

async function attach(app: OpenApp, as: SignedIn, activityId: string) {
  const staged = await stageUpload(app.ctx.dataDir, (async function* () {
    yield PDF;
  })(), '签到表.pdf');
  return as.registry.call('attachments.add', { activityId, stagedId: staged.stagedId, kind: '签到表', fileName: staged.fileName });
}

describe('the review flow for two users', () => {
  it('draft → submitted (locked) → returned with a reason (editable) → resubmitted → approved (locked)', async () => {
    const { app, clerk, otherClerk, reviewer } = await office();
    const made = await clerk.registry.call('activities.create', { date: '2025-04-01', categoryId: 1, title: '办公室集体学法' });
    expect(made).toMatchObject({ reviewStatus: 'draft', authorName: '张三', department: '办公室', submittedAt: null, reviewedBy: '' });
    const own = await attach(app, clerk, made.id);

    // Another 科室's 录入员 does not see it, by list or by id.
    expect((await otherClerk.registry.call('activities.list', {})).items).toEqual([]);
    expect(await refusal(otherClerk.registry.call('activities.get', { id: made.id }))).toMatchObject({ code: 'forbidden' });

    const submitted = await clerk.registry.call('activities.submit', { id: made.id });
    expect(submitted.reviewStatus).toBe('submitted');
    expect(submitted.submittedAt).toBe(submitted.updatedAt);

    // Locked for its author: every change is refused, at the boundary, with nothing written.
    const before = await app.registry.call('activities.get', { id: made.id });
    for (const attempt of [
      clerk.registry.call('activities.update', { id: made.id, title: '改一下' }),
      clerk.registry.call('activities.delete', { id: made.id }),
      clerk.registry.call('attachments.setKind', { id: own.id, kind: '照片' }),
      clerk.registry.call('attachments.remove', { id: own.id }),
      attach(app, clerk, made.id),
    ]) {
      expect(await refusal(attempt)).toEqual(expect.objectContaining({ code: 'forbidden', message: SUBMITTED }));
    }
    expect(await refusal(clerk.registry.call('activities.submit', { id: made.id }))).toMatchObject({ code: 'forbidden', message: expect.stringContaining('已提交审核') });
    expect(await app.registry.call('activities.get', { id: made.id })).toEqual(before);
    expect(await app.registry.call('attachments.list', { activityId: made.id })).toHaveLength(1);

    // A return needs its reason.
    expect(await refusal(reviewer.registry.call('activities.review', { id: made.id, decision: 'return' }))).toMatchObject({ code: 'invalid_input', message: expect.stringContaining('退回时请写明原因') });
    const returned = await reviewer.registry.call('activities.review', { id: made.id, decision: 'return', reason: '请补充参加人数' });
    expect(returned).toMatchObject({ reviewStatus: 'returned', reviewNote: '请补充参加人数', reviewedBy: '李四' });
    expect(returned.reviewedAt).toBe(returned.updatedAt);

    // Editable again; the reason stays with it until it is approved.
    const fixed = await clerk.registry.call('activities.update', { id: made.id, participantCount: 25 });
    expect(fixed).toMatchObject({ participantCount: 25, reviewStatus: 'returned', reviewNote: '请补充参加人数' });
    expect((await clerk.registry.call('activities.list', { reviewStatus: 'returned' })).items.map((a) => a.id)).toEqual([made.id]);
    await clerk.registry.call('activities.submit', { id: made.id });

    const approved = await reviewer.registry.call('activities.review', { id: made.id, decision: 'approve' });
    expect(approved).toMatchObject({ reviewStatus: 'approved', reviewNote: '', reviewedBy: '李四', participantCount: 25 });
    expect(await refusal(clerk.registry.call('activities.update', { id: made.id, title: '再改' }))).toMatchObject({ code: 'forbidden', message: APPROVED });
    expect(await refusal(clerk.registry.call('activities.delete', { id: made.id }))).toMatchObject({ code: 'forbidden', message: APPROVED });
    expect(await refusal(reviewer.registry.call('activities.review', { id: made.id, decision: 'approve' }))).toMatchObject({ code: 'conflict', message: '“办公室集体学法”已审核，不用再审核' });

    // The 审核员 may still correct it, and it stays approved.
    const corrected = await reviewer.registry.call('activities.update', { id: made.id, summary: '审核时补写的摘要' });
    expect(corrected).toMatchObject({ summary: '审核时补写的摘要', reviewStatus: 'approved' });

    // The history says each step and who took it.
    const history = await app.registry.call('activities.history', { id: made.id });
    expect(history.map((h) => [h.operator, h.note]).reverse()).toEqual([
      ['张三', ''],
      ['张三', '提交审核'],
      ['李四', '退回：请补充参加人数'],
      ['张三', ''],
      ['张三', '提交审核'],
      ['李四', '审核通过'],
      ['李四', ''],
    ]);

    // The audit log says each decision in words, and a refusal's kind too (the 审计员 reads, and exports, it).
    const reviews = listAudit(app.ctx.db, { operation: 'activities.review' }).items.map((r) => [r.object, r.success, r.detail]).reverse();
    expect(reviews).toEqual([
      [`台账=${made.id}；审核结果=退回`, false, '填写有误：退回原因：退回时请写明原因，方便录入人修改'],
      [`台账=${made.id}；审核结果=退回；退回原因=请补充参加人数`, true, ''],
      [`台账=${made.id}；审核结果=通过`, true, ''],
      [`台账=${made.id}；审核结果=通过`, false, '与现有内容冲突：“办公室集体学法”已审核，不用再审核'],
    ]);
  });

  it('refuses a submit or a review out of turn, with what to do', async () => {
    const { clerk, reviewer } = await office();
    const made = await clerk.registry.call('activities.create', { date: '2025-04-01', categoryId: 1, title: '办公室学法' });
    expect(await refusal(reviewer.registry.call('activities.review', { id: made.id, decision: 'approve' }))).toMatchObject({
      code: 'conflict',
      message: '“办公室学法”还没有提交审核（现为草稿），请录入人提交后再审核',
    });
    // The 审核员 submitting for an entry already submitted: the handler's own refusal.
    await clerk.registry.call('activities.submit', { id: made.id });
    expect(await refusal(reviewer.registry.call('activities.submit', { id: made.id }))).toMatchObject({
      code: 'conflict',
      message: '“办公室学法”已提交，只有草稿或退回的台账才能提交审核',
    });
    // A 录入员 may not review.
    expect(await refusal(clerk.registry.call('activities.review', { id: made.id, decision: 'approve' }))).toMatchObject({ code: 'forbidden' });
  });

  it('copies and imports by a user start as their drafts; the machine’s own user’s entries are approved at once', async () => {
    const { app, clerk } = await office();
    const local = await app.registry.call('activities.create', { date: '2025-04-01', categoryId: 1, title: '本机录入', department: '办公室' });
    expect(local).toMatchObject({ reviewStatus: 'approved', authorName: '' });
    expect((await app.registry.call('activities.copy', { id: local.id, date: '2025-05-01' })).reviewStatus).toBe('approved');

    const copy = await clerk.registry.call('activities.copy', { id: local.id, date: '2025-05-02' });
    expect(copy).toMatchObject({ reviewStatus: 'draft', authorName: '张三', department: '办公室' });

    const csv = Buffer.from('\ufeff日期,类别,事项标题\n2025-03-01,普法,宪法进社区\n', 'utf8');
    const imported = await clerk.registry.call('ledger.import.commit', { stagedId: stageBytes(app, csv), fileName: '台账.csv' });
    expect(imported.added).toBe(1);
    const drafts = await clerk.registry.call('activities.list', { reviewStatus: 'draft', sort: 'title' });
    expect(drafts.items.map((a) => [a.title, a.authorName])).toEqual([
      ['宪法进社区', '张三'],
      ['本机录入', '张三'],
    ]);
    const hostImport = await app.registry.call('ledger.import.commit', { stagedId: stageBytes(app, csv), fileName: '本机台账.csv', department: '法规科' });
    expect(hostImport.added).toBe(1);
    expect((await app.registry.call('activities.list', { department: '法规科' })).items.map((a) => a.reviewStatus)).toEqual(['approved']);
  });

  it('the queue holds the submitted entries not in the trash, the longest waiting first, by 科室 if asked', async () => {
    let clock = Date.parse('2025-06-01T02:00:00.000Z');
    const app = openTempApp(undefined, () => new Date((clock += 60_000)).toISOString());
    const clerk = await signedIn(app, 'zhangsan', '张三', 'entry', '办公室');
    const otherClerk = await signedIn(app, 'zhaosi', '赵四', 'entry', '法规科');
    const reviewer = await signedIn(app, 'lisi', '李四', 'reviewer', '法制科');
    const a = await clerk.registry.call('activities.create', { date: '2025-04-01', categoryId: 1, title: '办公室学法' });
    const b = await otherClerk.registry.call('activities.create', { date: '2025-03-01', categoryId: 2, title: '法规科培训' });
    const c = await clerk.registry.call('activities.create', { date: '2025-02-01', categoryId: 1, title: '还是草稿' });
    const d = await clerk.registry.call('activities.create', { date: '2025-02-02', categoryId: 1, title: '提交后被删' });
    await otherClerk.registry.call('activities.submit', { id: b.id });
    await clerk.registry.call('activities.submit', { id: a.id });
    await clerk.registry.call('activities.submit', { id: d.id });
    await reviewer.registry.call('activities.delete', { id: d.id });

    const queue = await reviewer.registry.call('review.queue', {});
    expect(queue.items.map((i) => i.id)).toEqual([b.id, a.id]);
    expect(queue.items[0]).toMatchObject({ title: '法规科培训', department: '法规科', authorName: '赵四', date: '2025-03-01', categoryName: expect.any(String) });
    expect(queue.items[0]!.categoryName.length).toBeGreaterThan(0);
    expect(queue.items[0]!.submittedAt < queue.items[1]!.submittedAt).toBe(true);
    expect((await reviewer.registry.call('review.queue', { department: '办公室' })).items.map((i) => i.id)).toEqual([a.id]);
    expect(queue.items.map((i) => i.id)).not.toContain(c.id);
    expect(await refusal(clerk.registry.call('review.queue', {}))).toMatchObject({ code: 'forbidden' });
  });
});

describe('the annual report reads approved entries only', () => {
  it('leaves drafts and submitted entries out unless a draft of everything is asked for, and the check counts them', async () => {
    const { app, clerk, reviewer } = await office();
    await app.registry.call('activities.create', { date: '2025-03-01', categoryId: 1, title: '本机录入的学法活动', summary: '局党组开展集体学法。' });
    const approved = await clerk.registry.call('activities.create', { date: '2025-04-01', categoryId: 1, title: '办公室学法', summary: '办公室开展集体学法。' });
    const pending = await clerk.registry.call('activities.create', { date: '2025-05-01', categoryId: 1, title: '未审核的学法', summary: '这一句尚未审核。' });
    await clerk.registry.call('activities.submit', { id: approved.id });
    await reviewer.registry.call('activities.review', { id: approved.id, decision: 'approve' });
    await clerk.registry.call('activities.submit', { id: pending.id });

    const templateId = (await reviewer.registry.call('report.templates.list', {}))[0]!.id;
    const sources = (view: ReportView) => new Set(view.document.blocks.flatMap((b) => b.sources));
    const text = (view: ReportView) => JSON.stringify(view.document);

    const report = await reviewer.registry.call('report.assemble', { year: 2025, templateId });
    expect(sources(report).has(approved.id)).toBe(true);
    expect(sources(report).has(pending.id)).toBe(false);
    expect(text(report)).not.toContain('这一句尚未审核');

    const everything = await reviewer.registry.call('report.assemble', { year: 2025, templateId, includeUnreviewed: true });
    expect(sources(everything).has(pending.id)).toBe(true);
    expect(text(everything)).toContain('这一句尚未审核');

    const readiness = await reviewer.registry.call('report.readiness', { year: 2025, templateId });
    expect(readiness.groups[0]).toEqual({ key: 'review', title: '台账审核' });
    expect(readiness.findings[0]).toMatchObject({ code: 'entries-unreviewed', severity: 'must', text: expect.stringContaining('还有 1 条台账未审核，未计入报告') });

    await reviewer.registry.call('activities.review', { id: pending.id, decision: 'approve' });
    const after = await reviewer.registry.call('report.readiness', { year: 2025, templateId });
    expect(after.findings.map((f) => f.code)).not.toContain('entries-unreviewed');
  });
});
