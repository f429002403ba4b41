import { describe, expect, it } from 'vitest';
import type { OpenApp } from '../../electron/open-app';
import { stageUpload } from '../../electron/attachments';
import { exportPackage, mergeInto, unitApp } from '../helpers/package-fixtures';
import type { SignedIn } from '../helpers/review-callers';
import { refusal, signedIn } from '../helpers/review-callers';

// The 录入员's objects on the real store, through the registry as signed-in accounts: their own
// 科室's entries and the entries they are the 录入人 of, whatever 科室 those are filed under — a
// merged entry keeps the sending unit's 科室 when host setup gives it a 录入人, and a 审核员 may move
// an entry to another 科室. A colleague who is neither of the 科室 nor the 录入人 is refused.

const PDF = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n', 'latin1');

async function staged(app: OpenApp): Promise<{ stagedId: string; fileName: string }> {
  const { stagedId, fileName } = await stageUpload(app.ctx.dataDir, (async function* () {
    yield PDF;
  })(), '签到表.pdf');
  return { stagedId, fileName };
}

interface Unit {
  app: OpenApp;
  /** 办公室's 录入员, the 录入人 of the entries below. */
  author: SignedIn;
  /** Another 录入员 of 办公室: same 科室 as the author, but neither the entry's 科室 nor its 录入人. */
  officeColleague: SignedIn;
  /** A 录入员 of 宣传科. */
  stranger: SignedIn;
  reviewer: SignedIn;
}

async function unit(app: OpenApp): Promise<Unit> {
  return {
    app,
    author: await signedIn(app, 'zhangsan', '张三', 'entry', '办公室'),
    officeColleague: await signedIn(app, 'zhaosi', '赵四', 'entry', '办公室'),
    stranger: await signedIn(app, 'wangwu', '王五', 'entry', '宣传科'),
    reviewer: await signedIn(app, 'lisi', '李四', 'reviewer', '法制科'),
  };
}

/** The author's 草稿, moved by the 审核员 to 法规科 (it stays a 草稿 and the author's). */
async function movedDraft(u: Unit): Promise<{ id: string; title: string; attachmentId: string }> {
  const made = await u.author.registry.call('activities.create', { date: '2025-04-01', categoryId: 1, title: '联合学法（法规科承办）' });
  const attachment = await u.author.registry.call('attachments.add', { activityId: made.id, ...(await staged(u.app)), kind: '签到表' });
  const moved = await u.reviewer.registry.call('activities.update', { id: made.id, department: '法规科' });
  expect(moved).toMatchObject({ department: '法规科', reviewStatus: 'draft', authorName: '张三' });
  return { id: made.id, title: made.title, attachmentId: attachment.id };
}

const FOREIGN = (own: string) => `这条台账属于“法规科”，录入员只能处理本科室（${own}）的台账`;

describe('a 录入员 and the entries they are the 录入人 of in another 科室', () => {
  it('a merged entry that keeps its 科室: the 录入人 gets and lists it, a colleague of neither does not', async () => {
    const sender = await unitApp('城关司法所');
    const merged = await sender.registry.call('activities.create', { date: '2025-03-15', categoryId: 1, title: '所里的普法', department: '法规科' });
    const app = await unitApp('某区司法局');
    await mergeInto(app, await exportPackage(sender));
    const own = await app.registry.call('activities.create', { date: '2025-03-20', categoryId: 1, title: '办公室学法', department: '办公室' });
    const u = await unit(app);
    const authorUserId = app.ctx.db.prepare("SELECT id FROM users WHERE username = 'zhangsan'").pluck().get() as string;
    // Host setup: 法规科's entries without a 录入人 go to 办公室's 录入员; the merged one keeps 法规科.
    await app.registry.call('host.assignOwners', { assignments: [{ fromDepartment: '法规科', toDepartment: '办公室', authorUserId }] });
    expect(await app.registry.call('activities.get', { id: merged.id })).toMatchObject({ department: '法规科', authorName: '张三' });

    expect(await u.author.registry.call('activities.get', { id: merged.id })).toMatchObject({ id: merged.id, department: '法规科' });
    expect((await u.author.registry.call('activities.list', {})).items.map((a) => a.id).sort()).toEqual([merged.id, own.id].sort());
    expect((await u.author.registry.call('activities.list', { text: '普法' })).items.map((a) => a.id)).toEqual([merged.id]);
    // A 科室 filter is a filter: their own 科室's entries only.
    expect((await u.author.registry.call('activities.list', { department: '办公室' })).items.map((a) => a.id)).toEqual([own.id]);
    expect(await u.author.registry.call('activities.history', { id: merged.id })).not.toHaveLength(0);

    for (const colleague of [u.officeColleague, u.stranger]) {
      const own = colleague === u.stranger ? '宣传科' : '办公室';
      const error = await refusal(colleague.registry.call('activities.get', { id: merged.id }));
      expect(error).toMatchObject({ code: 'forbidden', message: FOREIGN(own) });
      expect(error.message).not.toContain('所里的普法');
      expect((await colleague.registry.call('activities.list', {})).items.map((a) => a.id)).not.toContain(merged.id);
    }
  });

  it('the 录入人 updates it (keeping its 科室 or taking it into their own), attaches to it and submits it; a colleague of neither is refused everywhere', async () => {
    const app = await unitApp('某区司法局');
    const u = await unit(app);
    const entry = await movedDraft(u);

    // The form sends the 科室 the entry has: kept.
    const updated = await u.author.registry.call('activities.update', { id: entry.id, title: '联合学法（宪法）', department: '法规科' });
    expect(updated).toMatchObject({ title: '联合学法（宪法）', department: '法规科' });
    // A third 科室 is refused, nothing changed.
    expect(await refusal(u.author.registry.call('activities.update', { id: entry.id, department: '宣传科' }))).toMatchObject({
      code: 'forbidden',
      message: '录入员只能录入本科室（办公室）的台账，不能记为“宣传科”',
    });
    expect((await app.registry.call('activities.get', { id: entry.id })).department).toBe('法规科');
    expect(await u.author.registry.call('attachments.list', { activityId: entry.id })).toHaveLength(1);
    await u.author.registry.call('attachments.setKind', { id: entry.attachmentId, kind: '照片' });
    expect(await u.author.registry.call('attachments.get', { id: entry.attachmentId })).toMatchObject({ kind: '照片' });
    const second = await u.author.registry.call('attachments.add', { activityId: entry.id, ...(await staged(app)), kind: '签到表' });

    const before = await app.registry.call('activities.get', { id: entry.id });
    for (const colleague of [u.officeColleague, u.stranger]) {
      const own = colleague === u.stranger ? '宣传科' : '办公室';
      const attempts: Promise<unknown>[] = [
        colleague.registry.call('activities.get', { id: entry.id }),
        colleague.registry.call('activities.update', { id: entry.id, title: '改掉别人的' }),
        colleague.registry.call('activities.delete', { id: entry.id }),
        colleague.registry.call('activities.copy', { id: entry.id }),
        colleague.registry.call('activities.history', { id: entry.id }),
        colleague.registry.call('activities.submit', { id: entry.id }),
        colleague.registry.call('attachments.list', { activityId: entry.id }),
        colleague.registry.call('attachments.get', { id: entry.attachmentId }),
        colleague.registry.call('attachments.setKind', { id: entry.attachmentId, kind: '签到表' }),
        colleague.registry.call('attachments.remove', { id: second.id }),
        staged(app).then((s) => colleague.registry.call('attachments.add', { activityId: entry.id, ...s, kind: '照片' })),
      ];
      for (const attempt of attempts) expect(await refusal(attempt)).toMatchObject({ code: 'forbidden', message: FOREIGN(own) });
    }
    expect(await app.registry.call('activities.get', { id: entry.id })).toEqual(before);
    expect(await app.registry.call('attachments.list', { activityId: entry.id })).toHaveLength(2);

    // The 录入人 takes it into their own 科室 (allowed), removes an attachment and submits it.
    await u.author.registry.call('attachments.remove', { id: second.id });
    expect(await u.author.registry.call('activities.update', { id: entry.id, department: '办公室' })).toMatchObject({ department: '办公室' });
    expect(await u.author.registry.call('activities.submit', { id: entry.id })).toMatchObject({ reviewStatus: 'submitted' });
  });

  it('the 录入人 deletes it to the trash, finds it there and restores it', async () => {
    const app = await unitApp('某区司法局');
    const u = await unit(app);
    const entry = await movedDraft(u);
    await u.author.registry.call('activities.delete', { id: entry.id });
    expect((await u.author.registry.call('activities.list', { deleted: 'only' })).items.map((a) => a.id)).toEqual([entry.id]);
    expect((await u.stranger.registry.call('activities.list', { deleted: 'only' })).items).toEqual([]);
    expect(await refusal(u.officeColleague.registry.call('activities.restore', { id: entry.id }))).toMatchObject({ code: 'forbidden', message: FOREIGN('办公室') });
    expect(await u.author.registry.call('activities.restore', { id: entry.id })).toMatchObject({ deletedAt: null, department: '法规科' });
  });
});
