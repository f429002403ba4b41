import { describe, expect, it } from 'vitest';
import { exportPackage, mergeInto, unitApp } from '../helpers/package-fixtures';
import { signedIn } from '../helpers/review-callers';
import { openTempApp, tempDir } from '../helpers/temp-app';

// A data package carries each entry's review state: a sender's entry still in review stays out of
// the receiver's report too, and comes through as a change once the sender approves it. The 录入人
// comes by name only (account ids mean nothing on another host).

describe('review state in data packages', () => {
  it('keeps what the sender says, and an approval later is merged as a change', async () => {
    const sender = await unitApp('某镇司法所');
    const clerk = await signedIn(sender, 'zhangsan', '张三', 'entry', '办公室');
    const reviewer = await signedIn(sender, 'lisi', '李四', 'reviewer', '法制科');
    const local = await sender.registry.call('activities.create', { date: '2025-03-01', categoryId: 1, title: '镇里本机录入的' });
    const draft = await clerk.registry.call('activities.create', { date: '2025-04-01', categoryId: 1, title: '镇里未审核的' });
    await clerk.registry.call('activities.submit', { id: draft.id });

    const receiver = openTempApp(tempDir());
    await receiver.registry.call('unit.update', { name: '某区司法局', type: '政府部门' });
    const first = await mergeInto(receiver, await exportPackage(sender));
    expect(first.added).toBe(2);
    expect(await receiver.registry.call('activities.get', { id: local.id })).toMatchObject({ reviewStatus: 'approved', authorName: '' });
    expect(await receiver.registry.call('activities.get', { id: draft.id })).toMatchObject({ reviewStatus: 'submitted', authorName: '张三' });
    const authorId = receiver.ctx.db.prepare('SELECT author_id FROM activities WHERE id = ?').pluck().get(draft.id);
    expect(authorId).toBe('');

    await reviewer.registry.call('activities.review', { id: draft.id, decision: 'approve' });
    const second = await mergeInto(receiver, await exportPackage(sender));
    expect(second).toMatchObject({ updated: 1, conflicts: 0 });
    expect((await receiver.registry.call('activities.get', { id: draft.id })).reviewStatus).toBe('approved');
  });
});
