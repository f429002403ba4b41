import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stagedPath } from '../../electron/attachments/storage-paths';
import { ATTACHMENT_LIMITS } from '../../shared/domain/attachment';
import { rejected } from '../helpers/rejected';
import { openTempApp } from '../helpers/temp-app';

// A data package may be uploaded far above the evidence limit (POST upload?purpose=package); the
// staged file must not then slip in as evidence.
describe('attachments.add re-checks the size of what was staged', () => {
  it('refuses a staged file over the evidence limit and links nothing', async () => {
    const app = openTempApp();
    const [category] = await app.registry.call('categories.list', {});
    const entry = await app.registry.call('activities.create', { date: '2025-04-15', title: '普法宣传', categoryId: category!.id });
    const stagedId = randomUUID();
    const file = stagedPath(app.ctx.dataDir, stagedId);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    // Sparse: the size is what matters, not the bytes.
    fs.writeFileSync(file, 'PK\u0003\u0004');
    fs.truncateSync(file, ATTACHMENT_LIMITS.maxFileBytes + 1);

    const err = await rejected(app.registry.call('attachments.add', { activityId: entry.id, stagedId, kind: '其他', fileName: '数据包.zip' }));
    expect(err.code).toBe('invalid_input');
    expect(err.message).toContain('200 MB');
    expect(await app.registry.call('attachments.list', { activityId: entry.id })).toEqual([]);
  });
});
