import { describe, expect, it } from 'vitest';
import { stageUpload } from '../../electron/attachments';
import type { OpenApp } from '../../electron/open-app';
import type { Registry } from '../../electron/registry';
import { CONFIRM_PHRASES } from '../../shared/contract/confirmation';
import type { AuditRow } from '../../shared/domain/audit';
import { dumpStore, exportPackage, mergeInto, stageBytes, unitApp } from '../helpers/package-fixtures';
import { refusal, signedIn } from '../helpers/review-callers';
import { openTempApp } from '../helpers/temp-app';

// 年度锁定 on the real store: once 2025 is locked, every operation that would change an entry of
// 2025 is refused for everyone, the machine's own user included, and nothing is written; other
// years go on as before. Only the administrator unlocks, with a reason, and the audit log has it.

const LOCKED = '2025年度已锁定（报告已报送），不能再修改该年度的台账；如确需修改，请管理员解除锁定';
const PDF = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n', 'latin1');

async function staged(app: OpenApp): Promise<{ stagedId: string; fileName: string }> {
  const { stagedId, fileName } = await stageUpload(app.ctx.dataDir, (async function* () {
    yield PDF;
  })(), '照片.pdf');
  return { stagedId, fileName };
}

interface Locked {
  app: OpenApp;
  entry: string;
  attachment: string;
  trashed: string;
  submitted: string;
  batch: string;
}

/** 2025 has an entry with an attachment, a trashed one, a submitted one and an import batch; then it is locked. */
async function lockedYear(): Promise<Locked & { clerk: Registry; reviewer: Registry; admin: Registry }> {
  const app = openTempApp();
  const clerk = (await signedIn(app, 'zhangsan', '张三', 'entry', '办公室')).registry;
  const reviewer = (await signedIn(app, 'lisi', '李四', 'reviewer', '法制科')).registry;
  const admin = (await signedIn(app, 'wangwu', '王五', 'admin', '')).registry;
  const entry = await app.registry.call('activities.create', { date: '2025-03-15', categoryId: 1, title: '2025年的学法', department: '办公室' });
  const attachment = await app.registry.call('attachments.add', { activityId: entry.id, ...(await staged(app)), kind: '签到表' });
  const trashed = await app.registry.call('activities.create', { date: '2025-05-01', categoryId: 1, title: '回收站里的', department: '办公室' });
  await app.registry.call('activities.delete', { id: trashed.id });
  const draft = await clerk.call('activities.create', { date: '2025-06-01', categoryId: 1, title: '草稿' });
  await clerk.call('activities.submit', { id: draft.id });
  const csv = Buffer.from('\ufeff日期,类别,事项标题,承办科室\n2025-07-01,普法,导入的,办公室\n', 'utf8');
  const imported = await app.registry.call('ledger.import.commit', { stagedId: stageBytes(app, csv), fileName: '台账.csv' });
  const lock = await reviewer.call('years.lock', { year: 2025, note: '年度报告已于2026年2月报送' });
  expect(lock).toMatchObject({ year: 2025, lockedBy: '李四', note: '年度报告已于2026年2月报送' });
  return { app, clerk, reviewer, admin, entry: entry.id, attachment: attachment.id, trashed: trashed.id, submitted: draft.id, batch: imported.batchId! };
}

function writes(app: OpenApp, as: Registry, f: Locked): [string, () => Promise<unknown>][] {
  const csv = Buffer.from('\ufeff日期,类别,事项标题,承办科室\n2026-01-05,普法,2026年的,办公室\n2025-12-30,普法,补录2025年的,办公室\n', 'utf8');
  return [
    ['create', () => as.call('activities.create', { date: '2025-12-31', categoryId: 1, title: '补录', department: '办公室' })],
    ['update', () => as.call('activities.update', { id: f.entry, title: '改' })],
    ['move out of 2025', () => as.call('activities.update', { id: f.entry, date: '2026-01-10' })],
    ['delete', () => as.call('activities.delete', { id: f.entry })],
    ['restore', () => as.call('activities.restore', { id: f.trashed })],
    ['purge', () => as.call('activities.purge', { id: f.trashed, confirm: CONFIRM_PHRASES['activities.purge'] })],
    ['copy into 2025', () => as.call('activities.copy', { id: f.entry, date: '2025-12-01' })],
    ['attachments.add', async () => as.call('attachments.add', { activityId: f.entry, ...(await staged(app)), kind: '照片' })],
    ['attachments.setKind', () => as.call('attachments.setKind', { id: f.attachment, kind: '照片' })],
    ['attachments.remove', () => as.call('attachments.remove', { id: f.attachment })],
    ['import commit', () => as.call('ledger.import.commit', { stagedId: stageBytes(app, csv), fileName: '补录.csv' })],
    ['import undo', () => as.call('ledger.import.undo', { batchId: f.batch })],
    ['review', () => as.call('activities.review', { id: f.submitted, decision: 'approve' })],
  ];
}

describe('a locked year', () => {
  it('refuses every write of its entries by the machine’s own user, and nothing changes', async () => {
    const f = await lockedYear();
    const before = dumpStore(f.app);
    for (const [what, attempt] of writes(f.app, f.app.registry, f)) {
      expect({ what, error: await refusal(attempt()) }).toEqual({ what, error: expect.objectContaining({ code: 'conflict', message: LOCKED }) });
    }
    expect(dumpStore(f.app)).toEqual(before);
  });

  it('refuses them for the 审核员 and the 录入员 too (the 录入员 also their own submit)', async () => {
    const f = await lockedYear();
    const before = dumpStore(f.app);
    for (const [what, attempt] of writes(f.app, f.reviewer, f)) {
      expect({ what, error: await refusal(attempt()) }).toEqual({ what, error: expect.objectContaining({ code: 'conflict', message: LOCKED }) });
    }
    expect(dumpStore(f.app)).toEqual(before);
    const own = await f.clerk.call('activities.create', { date: '2026-02-01', categoryId: 1, title: '录入员的草稿' });
    expect(await refusal(f.clerk.call('activities.update', { id: own.id, date: '2025-12-01' }))).toMatchObject({ code: 'conflict', message: LOCKED });
    expect(await refusal(f.clerk.call('activities.create', { date: '2025-11-01', categoryId: 1, title: '补录' }))).toMatchObject({ code: 'conflict', message: LOCKED });
    const ownIn2025 = (await f.clerk.call('activities.list', { year: 2025 })).items.find((a) => a.title === '导入的')!;
    expect(await refusal(f.clerk.call('activities.update', { id: ownIn2025.id, title: '改' }))).toMatchObject({ code: 'forbidden' });
    // The review queue still shows the submitted 2025 entry; it cannot be reviewed until unlocked.
    expect((await f.reviewer.call('review.queue', {})).items.map((i) => i.id)).toEqual([f.submitted]);
  });

  it('lets other years go on, and empties the trash except its own entries', async () => {
    const f = await lockedYear();
    const other = await f.app.registry.call('activities.create', { date: '2026-01-05', categoryId: 1, title: '2026年的' });
    await f.app.registry.call('activities.update', { id: other.id, title: '2026年的学法' });
    // A copy of a 2025 entry into 2026 writes nothing of 2025.
    const copy = await f.app.registry.call('activities.copy', { id: f.entry, date: '2026-02-01' });
    expect(copy.date).toBe('2026-02-01');
    await f.app.registry.call('activities.delete', { id: other.id });
    const emptied = await f.app.registry.call('activities.trash.empty', { confirm: CONFIRM_PHRASES['activities.trash.empty'] });
    expect(emptied).toEqual({ count: 1, keptLocked: 1 });
    expect((await f.app.registry.call('activities.list', { deleted: 'only' })).items.map((a) => a.id)).toEqual([f.trashed]);
  });

  it('refuses a package merge that would add or change one of its entries', async () => {
    const f = await lockedYear();
    const sender = await unitApp('某镇司法所');
    await sender.registry.call('activities.create', { date: '2025-09-01', categoryId: 1, title: '镇里2025年的学法' });
    const zip = await exportPackage(sender);
    const before = dumpStore(f.app);
    expect(await refusal(mergeInto(f.app, zip))).toMatchObject({ code: 'conflict', message: `数据包中有已锁定年度台账的新增或修改：${LOCKED}` });
    expect(dumpStore(f.app)).toEqual(before);
    // Once unlocked, the same package merges.
    await f.app.registry.call('years.unlock', { year: 2025, reason: '上级要求补报镇里的台账' });
    expect((await mergeInto(f.app, zip)).added).toBe(1);
  });
});

describe('locking and unlocking', () => {
  it('only the administrator unlocks, with a reason; the call is in the audit log; then the year is open again', async () => {
    const f = await lockedYear();
    expect(await f.reviewer.call('years.locks', {})).toEqual([expect.objectContaining({ year: 2025, lockedBy: '李四' })]);
    expect(await refusal(f.reviewer.call('years.lock', { year: 2025 }))).toMatchObject({ code: 'conflict', message: '2025年度已经锁定（李四锁定），不用再次锁定' });
    expect(await refusal(f.reviewer.call('years.unlock', { year: 2025, reason: '要改' }))).toMatchObject({ code: 'forbidden' });
    expect(await refusal(f.clerk.call('years.lock', { year: 2026 }))).toMatchObject({ code: 'forbidden' });
    expect(await refusal(f.admin.call('years.unlock', { year: 2025, reason: '' } as never))).toMatchObject({ code: 'invalid_input' });
    expect(await refusal(f.admin.call('years.unlock', { year: 2025 } as never))).toMatchObject({ code: 'invalid_input' });

    expect(await f.admin.call('years.unlock', { year: 2025, reason: '上级退回报告，需更正一处数字' })).toEqual({ year: 2025 });
    expect(await f.reviewer.call('years.locks', {})).toEqual([]);
    expect(await refusal(f.admin.call('years.unlock', { year: 2025, reason: '再解一次' }))).toMatchObject({ code: 'conflict', message: '2025年度没有锁定，不用解除' });
    expect((await f.app.registry.call('activities.update', { id: f.entry, title: '更正后的' })).title).toBe('更正后的');

    const auditor = (await signedIn(f.app, 'zhaoliu', '赵六', 'auditor', '')).registry;
    const rows: AuditRow[] = (await auditor.call('audit.list', { operation: 'years.unlock', limit: 50 })).items;
    expect(rows.map((r) => [r.username, r.success, r.object])).toEqual(
      expect.arrayContaining([
        ['wangwu', true, '年度=2025；解除锁定的原因=上级退回报告，需更正一处数字'],
        ['lisi', false, '年度=2025；解除锁定的原因=要改'],
      ]),
    );
  });

  it('the machine’s own user locks as 本机', async () => {
    const app = openTempApp();
    expect(await app.registry.call('years.lock', { year: 2024 })).toMatchObject({ year: 2024, lockedBy: '本机', note: '' });
  });
});
