import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { OpenApp } from '../../electron/open-app';
import type { Registry } from '../../electron/registry';
import { asCaller } from '../../electron/registry';
import { stageUpload } from '../../electron/attachments';
import type { Caller } from '../../shared/auth/caller';
import type { Role } from '../../shared/auth/roles';
import type { AuditRow } from '../../shared/domain/audit';
import { stageBytes } from '../helpers/package-fixtures';
import { openTempApp } from '../helpers/temp-app';

// The authorization boundary on the real store: each role's allowed and refused operations, the
// 录入员 held to their own 科室 (including an entry of another 科室 named by id), and the audit row
// each call leaves. The callers are made by hand, as the host's session layer will make them.

function user(role: Role, username: string, department: string): Caller {
  return { kind: 'user', userId: `id-${username}`, username, displayName: username, role, department, sessionId: `s-${username}`, ip: '192.168.1.21' };
}

const ENTRY = user('entry', 'zhangsan', '办公室');
const REVIEWER = user('reviewer', 'lisi', '法制科');
const ADMIN = user('admin', 'wangwu', '');
const AUDITOR = user('auditor', 'zhaoliu', '');

const PDF = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n', 'latin1');
async function* once(bytes: Buffer) {
  yield bytes;
}

interface Fixture {
  app: OpenApp;
  as: (caller: Caller) => Registry;
  /** An entry of 法规科 with one attachment, made on the host. */
  other: { id: string; title: string; attachmentId: string };
}

async function fixture(): Promise<Fixture> {
  const app = openTempApp();
  const entry = await app.registry.call('activities.create', { date: '2025-03-15', categoryId: 1, title: '法规科内部学法：行政处罚法', department: '法规科' });
  const staged = await stageUpload(app.ctx.dataDir, once(PDF), '签到表.pdf');
  const attachment = await app.registry.call('attachments.add', { activityId: entry.id, stagedId: staged.stagedId, kind: '签到表', fileName: staged.fileName });
  return { app, as: (caller) => asCaller(app.registry, caller), other: { id: entry.id, title: entry.title, attachmentId: attachment.id } };
}

async function refusal(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise;
  } catch (err) {
    return err as { code: string; message: string };
  }
  throw new Error('expected a refusal');
}

const FOREIGN = '这条台账属于“法规科”，录入员只能处理本科室（办公室）的台账';

async function auditRows(app: OpenApp, filters: { username?: string; operation?: string; success?: boolean } = {}): Promise<AuditRow[]> {
  return (await asCaller(app.registry, AUDITOR).call('audit.list', { ...filters, limit: 500 })).items;
}

describe('a 录入员 (办公室)', () => {
  it('creates and updates an entry of their own 科室, which is put in it when not given', async () => {
    const { as } = await fixture();
    const clerk = as(ENTRY);
    const made = await clerk.call('activities.create', { date: '2025-04-01', categoryId: 1, title: '办公室集体学法' });
    expect(made.department).toBe('办公室');
    const updated = await clerk.call('activities.update', { id: made.id, title: '办公室集体学法（宪法）', department: '办公室' });
    expect(updated.title).toBe('办公室集体学法（宪法）');
    const copy = await clerk.call('activities.copy', { id: made.id, date: '2025-05-01' });
    expect(copy.department).toBe('办公室');
  });

  it('cannot file an entry under another 科室, nor move one there', async () => {
    const { app, as } = await fixture();
    const clerk = as(ENTRY);
    expect(await refusal(clerk.call('activities.create', { date: '2025-04-01', categoryId: 1, title: '冒名录入', department: '法规科' }))).toMatchObject({
      code: 'forbidden',
      message: '录入员只能录入本科室（办公室）的台账，不能记为“法规科”',
    });
    const own = await clerk.call('activities.create', { date: '2025-04-01', categoryId: 1, title: '本科室的' });
    expect(await refusal(clerk.call('activities.update', { id: own.id, department: '法规科' }))).toMatchObject({ code: 'forbidden' });
    expect((await app.registry.call('activities.get', { id: own.id })).department).toBe('办公室');
  });

  it('is refused another 科室 entry named by id, everywhere, without being shown what is in it', async () => {
    const { app, as, other } = await fixture();
    const clerk = as(ENTRY);
    const before = await app.registry.call('activities.get', { id: other.id });
    const attempts: Promise<unknown>[] = [
      clerk.call('activities.get', { id: other.id }),
      clerk.call('activities.update', { id: other.id, title: '改掉别人的' }),
      clerk.call('activities.delete', { id: other.id }),
      clerk.call('activities.copy', { id: other.id }),
      clerk.call('activities.history', { id: other.id }),
      clerk.call('attachments.list', { activityId: other.id }),
      clerk.call('attachments.get', { id: other.attachmentId }),
      clerk.call('attachments.setKind', { id: other.attachmentId, kind: '照片' }),
      clerk.call('attachments.remove', { id: other.attachmentId }),
      clerk.call('attachments.add', { activityId: other.id, stagedId: randomUUID(), kind: '照片', fileName: '照片.jpg' }),
    ];
    for (const attempt of attempts) {
      const error = await refusal(attempt);
      expect(error).toMatchObject({ code: 'forbidden', message: FOREIGN });
      expect(error.message).not.toContain(other.title);
    }
    // Nothing changed, and the attachment is still there.
    expect(await app.registry.call('activities.get', { id: other.id })).toEqual(before);
    expect(await app.registry.call('attachments.list', { activityId: other.id })).toHaveLength(1);
  });

  it('sees only their own 科室 in the list, the trash included, and may not ask for another', async () => {
    const { app, as } = await fixture();
    const clerk = as(ENTRY);
    const own = await clerk.call('activities.create', { date: '2025-04-01', categoryId: 1, title: '办公室学法' });
    await app.registry.call('activities.create', { date: '2025-04-02', categoryId: 1, title: '未填写科室的' });
    const listed = await clerk.call('activities.list', {});
    expect(listed.items.map((a) => a.id)).toEqual([own.id]);
    expect(listed.total).toBe(1);
    expect((await clerk.call('activities.list', { text: '学法' })).items.map((a) => a.id)).toEqual([own.id]);
    await clerk.call('activities.delete', { id: own.id });
    expect((await clerk.call('activities.list', { deleted: 'only' })).items.map((a) => a.id)).toEqual([own.id]);
    await clerk.call('activities.restore', { id: own.id });
    for (const filters of [{ department: '法规科' }, { withoutDepartment: true as const }]) {
      expect(await refusal(clerk.call('activities.list', filters))).toMatchObject({ code: 'forbidden', message: '录入员只能查看本科室（办公室）的台账' });
    }
  });

  it('cannot build the report, export, see the statistics, back up or restore', async () => {
    const { as } = await fixture();
    const clerk = as(ENTRY);
    expect(await refusal(clerk.call('report.assemble', { year: 2025, templateId: 1 }))).toEqual(
      expect.objectContaining({ code: 'forbidden', message: '录入员不能进行“按模板生成（或重新生成）年度报告”的操作' }),
    );
    for (const attempt of [
      clerk.call('report.export', { year: 2025 }),
      clerk.call('ledger.export', {}),
      clerk.call('stats.year', { year: 2025 }),
      clerk.call('backup.create', {}),
      clerk.call('backup.list', {}),
      clerk.call('backup.restore', { fileName: 'fazhi-20250101-120000-000-手动.db', confirm: '恢复' }),
      clerk.call('activities.trash.empty', { confirm: '清空回收站' }),
    ]) {
      expect(await refusal(attempt)).toMatchObject({ code: 'forbidden', message: expect.stringMatching(/^录入员不能进行“.+”的操作$/) });
    }
  });

  it('imports a spreadsheet into their own 科室: rows of another 科室 are not taken', async () => {
    const { app, as } = await fixture();
    const clerk = as(ENTRY);
    const csv = Buffer.from('\ufeff日期,类别,事项标题,承办科室\n2025-03-01,普法,宪法进社区,\n2025-03-02,普法,法规科的普法,法规科\n2025-03-03,普法,办公室的普法,办公室\n', 'utf8');
    const input = { stagedId: stageBytes(app, csv), fileName: '台账.csv' };
    const preview = await clerk.call('ledger.import.preview', input);
    expect(preview.readyCount).toBe(2);
    expect(preview.errors).toEqual([expect.objectContaining({ row: 3, message: '承办科室：这一行是“法规科”，这次只能导入“办公室”的台账' })]);
    expect(await refusal(clerk.call('ledger.import.commit', { ...input, department: '法规科' }))).toMatchObject({ code: 'forbidden' });
    const result = await clerk.call('ledger.import.commit', input);
    expect(result.added).toBe(2);
    const mine = await app.registry.call('activities.list', { department: '办公室' });
    expect(mine.items.map((a) => a.title).sort()).toEqual(['办公室的普法', '宪法进社区']);
    // Their own batch they may undo; one that brought another 科室's entries they may not.
    expect(await clerk.call('ledger.import.undo', { batchId: result.batchId! })).toEqual({ moved: 2 });
    const mixed = Buffer.from('\ufeff日期,类别,事项标题,承办科室\n2025-06-01,普法,两个科室的,法规科\n', 'utf8');
    const hostBatch = await app.registry.call('ledger.import.commit', { stagedId: stageBytes(app, mixed), fileName: '全局台账.csv' });
    expect(await refusal(clerk.call('ledger.import.undo', { batchId: hostBatch.batchId! }))).toMatchObject({
      code: 'forbidden',
      message: '其中有台账属于“法规科”，录入员只能处理本科室（办公室）的台账',
    });
  });

  it('with no 科室 on the account, touches no entry at all', async () => {
    const { as } = await fixture();
    const stray = as(user('entry', 'nobody', ''));
    expect(await refusal(stray.call('activities.list', {}))).toMatchObject({ code: 'forbidden', message: expect.stringContaining('没有设置所属科室') });
    expect(await refusal(stray.call('activities.create', { date: '2025-04-01', categoryId: 1, title: '无科室' }))).toMatchObject({ code: 'forbidden' });
  });
});

describe('the other roles', () => {
  it('a 审核员 sees and edits every 科室, and builds the report', async () => {
    const { as, other } = await fixture();
    const reviewer = as(REVIEWER);
    await as(ENTRY).call('activities.create', { date: '2025-04-01', categoryId: 1, title: '办公室学法' });
    const listed = await reviewer.call('activities.list', {});
    expect(listed.items.map((a) => a.department).sort()).toEqual(['办公室', '法规科']);
    expect((await reviewer.call('activities.update', { id: other.id, summary: '审核时补写的摘要' })).summary).toBe('审核时补写的摘要');
    expect(await reviewer.call('attachments.list', { activityId: other.id })).toHaveLength(1);
    const templates = await reviewer.call('report.templates.list', {});
    expect((await reviewer.call('report.assemble', { year: 2025, templateId: templates[0]!.id })).year).toBe(2025);
    // Merging packages is theirs; replacing the machine's data is the administrator's.
    expect(await refusal(reviewer.call('package.import', { stagedId: randomUUID(), fileName: 'a.zip', mode: 'replace', confirm: '替换' }))).toMatchObject({ code: 'forbidden' });
  });

  it('the administrator manages backups and the unit, but may not read the audit log or the entries', async () => {
    const { as } = await fixture();
    const admin = as(ADMIN);
    expect((await admin.call('backup.list', {})).backups).toBeDefined();
    await admin.call('unit.update', { name: '某区司法局' });
    expect(await refusal(admin.call('audit.list', {}))).toMatchObject({ code: 'forbidden', message: '管理员不能进行“查看审计日志”的操作' });
    expect(await refusal(admin.call('audit.export', {}))).toMatchObject({ code: 'forbidden' });
    expect(await refusal(admin.call('activities.list', {}))).toMatchObject({ code: 'forbidden' });
    expect(await refusal(admin.call('package.import', { stagedId: randomUUID(), fileName: 'a.zip', mode: 'merge' }))).toMatchObject({
      code: 'forbidden',
      message: '管理员不能合并数据包，汇总台账由审核员进行',
    });
  });

  it('the auditor reads the log and changes nothing', async () => {
    const { as } = await fixture();
    const auditor = as(AUDITOR);
    expect(await refusal(auditor.call('activities.create', { date: '2025-04-01', categoryId: 1, title: '审计员录入' }))).toMatchObject({ code: 'forbidden' });
    expect(await refusal(auditor.call('unit.get', {}))).toMatchObject({ code: 'forbidden' });
    expect((await auditor.call('app.info', {})).appName).toBe('法治台账');
  });

  it('nobody at another desk may drive what only the host itself can (open a file on its screen)', async () => {
    const { as, other } = await fixture();
    expect(await refusal(as(REVIEWER).call('attachments.open', { id: other.attachmentId }))).toMatchObject({ code: 'forbidden', message: expect.stringContaining('只能在主机本机') });
    expect(await refusal(as(ADMIN).call('backup.openFolder', {}))).toMatchObject({ code: 'forbidden' });
  });

  it('invoke answers a refusal as data, like every other error', async () => {
    const { app } = await fixture();
    const result = await app.registry.invoke('backup.create', {}, ENTRY);
    expect(result).toEqual({ ok: false, error: { code: 'forbidden', message: '录入员不能进行“立即备份数据（写入后校验）”的操作' } });
  });
});

describe('the audit log of those calls', () => {
  it('has one row per write and per refusal, with who, from where, on what and whether it worked', async () => {
    const { app, as, other } = await fixture();
    const clerk = as(ENTRY);
    const made = await clerk.call('activities.create', { date: '2025-04-01', categoryId: 1, title: '办公室学法' });
    await clerk.call('activities.update', { id: made.id, title: '办公室学法（民法典）' });
    await refusal(clerk.call('activities.update', { id: other.id, title: '改掉别人的' }));
    await refusal(clerk.call('activities.get', { id: other.id }));
    await clerk.call('activities.list', {});
    await refusal(clerk.call('report.assemble', { year: 2025, templateId: 1 }));
    await refusal(as(ADMIN).call('audit.list', {}));

    const rows = await auditRows(app, { username: 'zhangsan' });
    const summary = rows.map((r) => [r.operation, r.success]).reverse();
    expect(summary).toEqual([
      ['activities.create', true],
      ['activities.update', true],
      ['activities.update', false],
      // A read that was refused is logged; a read that was allowed is not.
      ['activities.get', false],
      ['report.assemble', false],
    ]);
    const [create, update, refused] = [...rows].reverse();
    expect(create).toMatchObject({ userId: 'id-zhangsan', ip: '192.168.1.21', object: `编号=${made.id}`, detail: '' });
    expect(update!.object).toBe(`编号=${made.id}`);
    expect(refused).toMatchObject({ object: `编号=${other.id}`, detail: `无权操作：${FOREIGN}` });
    expect(refused!.object).not.toContain(other.title);

    expect(await auditRows(app, { username: 'wangwu' })).toEqual([expect.objectContaining({ operation: 'audit.list', success: false })]);
    expect((await auditRows(app, { success: false })).length).toBe(4);
    // The host's own calls are there too, as 本机.
    expect((await auditRows(app, { username: '本机' })).map((r) => r.operation).reverse()).toEqual(['activities.create', 'attachments.add']);
  });

  it('is exported by the auditor as an .xlsx and the export is itself logged', async () => {
    const { app, as } = await fixture();
    const made = await as(AUDITOR).call('audit.export', { operation: 'activities.create' });
    expect(made).toMatchObject({ fileName: '审计日志.xlsx', rows: 1 });
    const rows = await auditRows(app, { operation: 'audit.export' });
    expect(rows).toEqual([expect.objectContaining({ username: 'zhaoliu', success: true, object: '文件名=审计日志.xlsx' })]);
  });
});
