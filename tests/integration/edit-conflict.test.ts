import { describe, expect, it } from 'vitest';
import { dumpStore } from '../helpers/package-fixtures';
import { refusal, signedIn } from '../helpers/review-callers';
import { openTempApp } from '../helpers/temp-app';

// Two people editing one entry: each form sends the updatedAt it loaded; the second save, made over
// a version its author never saw, is refused with who changed it and when, and nothing is written.

function clock(start: string): () => string {
  let t = Date.parse(start);
  return () => new Date((t += 60_000)).toISOString();
}

describe('edit conflicts', () => {
  it('refuses a save over a newer version, naming who changed it, and writes nothing', async () => {
    const app = openTempApp(undefined, clock('2025-06-01T02:00:00.000Z'));
    const clerk = await signedIn(app, 'zhangsan', '张三', 'entry', '办公室');
    const reviewer = await signedIn(app, 'lisi', '李四', 'reviewer', '法制科');
    const made = await clerk.registry.call('activities.create', { date: '2025-04-01', categoryId: 1, title: '办公室学法' });

    // Both open the form on the same version; the 审核员 saves first.
    const loaded = made.updatedAt;
    const first = await reviewer.registry.call('activities.update', { id: made.id, summary: '审核员补写的摘要', expectedUpdatedAt: loaded });
    expect(first.summary).toBe('审核员补写的摘要');

    const before = dumpStore(app);
    const error = await refusal(clerk.registry.call('activities.update', { id: made.id, title: '张三改的标题', expectedUpdatedAt: loaded }));
    const at = new Date(first.updatedAt);
    const when = `${at.getMonth() + 1}月${at.getDate()}日 ${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`;
    expect(error).toMatchObject({
      code: 'conflict',
      message: `这条台账已被他人修改（${when}，修改人：李四），你的修改没有保存。请刷新查看最新内容后再改。`,
    });
    expect(dumpStore(app)).toEqual(before);

    // Refreshed, the same change saves.
    const saved = await clerk.registry.call('activities.update', { id: made.id, title: '张三改的标题', expectedUpdatedAt: first.updatedAt });
    expect(saved).toMatchObject({ title: '张三改的标题', summary: '审核员补写的摘要' });
  });

  it('counts a submit or a review as a change too; without expectedUpdatedAt the last save wins as before', async () => {
    const app = openTempApp(undefined, clock('2025-06-01T02:00:00.000Z'));
    const clerk = await signedIn(app, 'zhangsan', '张三', 'entry', '办公室');
    const reviewer = await signedIn(app, 'lisi', '李四', 'reviewer', '法制科');
    const made = await clerk.registry.call('activities.create', { date: '2025-04-01', categoryId: 1, title: '办公室学法' });
    await clerk.registry.call('activities.submit', { id: made.id });
    const returned = await reviewer.registry.call('activities.review', { id: made.id, decision: 'return', reason: '请补充地点' });
    expect(await refusal(clerk.registry.call('activities.update', { id: made.id, location: '三楼会议室', expectedUpdatedAt: made.updatedAt }))).toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('修改人：李四'),
    });
    expect((await clerk.registry.call('activities.update', { id: made.id, location: '三楼会议室', expectedUpdatedAt: returned.updatedAt })).location).toBe('三楼会议室');

    // The machine's own user, with no form version: saved as always.
    expect((await app.registry.call('activities.update', { id: made.id, location: '四楼会议室' })).location).toBe('四楼会议室');
    // A stale version is refused even when the save would change nothing.
    expect(await refusal(app.registry.call('activities.update', { id: made.id, location: '四楼会议室', expectedUpdatedAt: returned.updatedAt }))).toMatchObject({ code: 'conflict' });
  });

  it('names no one when the history does not know who made the newer version', async () => {
    const app = openTempApp(undefined, clock('2025-06-01T02:00:00.000Z'));
    const made = await app.registry.call('activities.create', { date: '2025-04-01', categoryId: 1, title: '本机录入' });
    const newer = await app.registry.call('activities.update', { id: made.id, title: '本机改过' });
    const error = await refusal(app.registry.call('activities.update', { id: made.id, title: '旧表单', expectedUpdatedAt: made.updatedAt }));
    expect(error.code).toBe('conflict');
    expect(error.message).toMatch(/^这条台账已被他人修改（\d+月\d+日 \d\d:\d\d），你的修改没有保存。/);
    expect((await app.registry.call('activities.get', { id: made.id })).title).toBe(newer.title);
  });
});
