import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/fazhi';
import type { OpenApp } from '../../electron/open-app';
import { openApp } from '../../electron/open-app';
import { asCaller } from '../../electron/registry';
import { createUser } from '../../electron/store/user-store';
import type { Caller } from '../../shared/auth/caller';
import type { Role } from '../../shared/auth/roles';
import type { UserAccount } from '../../shared/auth/user-account';
import { openTempApp, tempDir } from '../helpers/temp-app';

// Moving a single-PC unit's 台账 into host mode on a real store: what host.status says is left, and
// host.assignOwners giving the entries kept before accounts their 科室 and 录入人 — refused whole,
// before anything is written, when the choice is wrong; after a backup; audited; and afterwards a
// 录入员 signed in from another desk sees exactly their 科室's entries.

const PASSWORD = 'Fazhi#2025';

async function addUser(app: OpenApp, username: string, role: Role, department = ''): Promise<UserAccount> {
  return createUser(app.ctx.db, { username, displayName: `${username}姓名`, role, department, password: PASSWORD }, app.ctx.now());
}

function callerOf(user: UserAccount): Caller {
  return { kind: 'user', userId: user.id, username: user.username, displayName: user.displayName, role: user.role, department: user.department, sessionId: `s-${user.username}`, ip: '192.168.1.30' };
}

async function entry(app: OpenApp, title: string, department?: string): Promise<string> {
  return (await app.registry.call('activities.create', { date: '2025-03-15', categoryId: 1, title, ...(department ? { department } : {}) })).id;
}

interface Owner {
  department: string;
  author_id: string;
  author_name: string;
}

function owner(app: OpenApp, id: string): Owner {
  return app.ctx.db.prepare('SELECT department, author_id, author_name FROM activities WHERE id = ?').get(id) as Owner;
}

/** Every entry's 科室 and 录入人, and the history's length: what a refused call must leave as it was. */
function snapshot(app: OpenApp): unknown {
  return {
    owners: app.ctx.db.prepare('SELECT id, department, author_id, author_name, updated_at FROM activities ORDER BY id').all(),
    history: app.ctx.db.prepare('SELECT count(*) FROM activity_history').pluck().get(),
  };
}

async function refusal(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise;
  } catch (err) {
    return err as { code: string; message: string };
  }
  throw new Error('expected a refusal');
}

async function backupReasons(app: OpenApp): Promise<string[]> {
  return (await app.registry.call('backup.list', {})).backups.map((b) => b.reason);
}

/** A unit's single-PC log: 3 entries without 科室 (one in the trash, one merged from another unit), 2 of 办公室. */
async function singlePcUnit(app: OpenApp) {
  const blank1 = await entry(app, '全局学法');
  const blank2 = await entry(app, '宪法宣传周');
  await app.registry.call('activities.delete', { id: blank2 });
  const merged = await entry(app, '下属所普法');
  // As a merge leaves it: the sending unit's name in origin.
  app.ctx.db.prepare("UPDATE activities SET origin = '城关司法所', origin_id = 'name:城关司法所' WHERE id = ?").run(merged);
  const office1 = await entry(app, '办公室学法', '办公室');
  const office2 = await entry(app, '办公室普法', '办公室');
  return { blank1, blank2, merged, office1, office2 };
}

describe('host.status', () => {
  it('lists what is left before 局域网共享, and is ready once it is done', async () => {
    const app = openTempApp();
    const ids = await singlePcUnit(app);
    const before = await app.registry.call('host.status', {});
    expect(before).toMatchObject({
      users: { entry: 0, reviewer: 0, admin: 0, auditor: 0 },
      hasActiveAdmin: false,
      entries: 5,
      owners: [
        { department: '', entries: 3, withoutAuthor: 3, fromOtherUnits: 1 },
        { department: '办公室', entries: 2, withoutAuthor: 2, fromOtherUnits: 0 },
      ],
      withoutDepartment: 2,
      withoutAuthor: 5,
      ready: false,
      steps: ['创建管理员', '为未填写承办科室的2条台账指定科室', '添加录入员或审核员账号', '为5条台账指定录入人'],
    });

    await addUser(app, 'wangzr', 'admin');
    const clerk = await addUser(app, 'zhangsan', 'entry', '办公室');
    const reviewer = await addUser(app, 'lisi', 'reviewer', '法制科');
    const middle = await app.registry.call('host.status', {});
    expect(middle).toMatchObject({ users: { entry: 1, reviewer: 1, admin: 1, auditor: 0 }, hasActiveAdmin: true, ready: false });
    expect(middle.steps).toEqual(['为未填写承办科室的2条台账指定科室', '为5条台账指定录入人']);

    expect(
      await app.registry.call('host.assignOwners', {
        assignments: [
          { fromDepartment: '', toDepartment: '办公室', authorUserId: clerk.id },
          { fromDepartment: '办公室', toDepartment: '办公室', authorUserId: reviewer.id },
        ],
      }),
    ).toEqual({ changed: 5 });

    const after = await app.registry.call('host.status', {});
    expect(after).toMatchObject({
      owners: [
        { department: '', entries: 1, withoutAuthor: 0, fromOtherUnits: 0 },
        { department: '办公室', entries: 4, withoutAuthor: 0, fromOtherUnits: 0 },
      ],
      withoutDepartment: 0,
      withoutAuthor: 0,
      ready: true,
      steps: [],
    });
    // Picked before any was changed: the blank ones moved to 办公室 went to the 录入员, not to the
    // 审核员 of the second assignment.
    expect(owner(app, ids.blank1)).toEqual({ department: '办公室', author_id: clerk.id, author_name: 'zhangsan姓名' });
    expect(owner(app, ids.office1)).toEqual({ department: '办公室', author_id: reviewer.id, author_name: 'lisi姓名' });
  });

  it('is refused to a signed-in user, whatever the role: setup is done at the host', async () => {
    const app = openTempApp();
    const admin = await addUser(app, 'wangzr', 'admin');
    const error = await refusal(asCaller(app.registry, callerOf(admin)).call('host.status', {}));
    expect(error).toMatchObject({ code: 'forbidden', message: '“查看启用局域网共享还需要做什么”只能在主机本机的程序中进行' });
  });
});

describe('host.assignOwners', () => {
  it('gives the blank 科室 a 科室 and a 录入人, keeps a merged entry’s 科室, includes the trash, and writes history', async () => {
    const app = openTempApp();
    const ids = await singlePcUnit(app);
    const clerk = await addUser(app, 'zhangsan', 'entry', '办公室');
    expect(await app.registry.call('host.assignOwners', { assignments: [{ fromDepartment: '', toDepartment: '办公室', authorUserId: clerk.id }] })).toEqual({ changed: 3 });
    const assigned = { author_id: clerk.id, author_name: 'zhangsan姓名' };
    expect(owner(app, ids.blank1)).toEqual({ department: '办公室', ...assigned });
    expect(owner(app, ids.blank2)).toEqual({ department: '办公室', ...assigned });
    expect(owner(app, ids.merged)).toEqual({ department: '', ...assigned });
    // 办公室's own entries had no assignment: untouched.
    expect(owner(app, ids.office1)).toEqual({ department: '办公室', author_id: '', author_name: '' });

    const [moved] = await app.registry.call('activities.history', { id: ids.blank1 });
    expect(moved).toMatchObject({ action: 'update', changes: { department: ['', '办公室'] }, note: '启用局域网共享：录入人定为“zhangsan姓名”，承办科室由“未填写科室”改为“办公室”' });
    const [kept] = await app.registry.call('activities.history', { id: ids.merged });
    expect(kept).toMatchObject({ action: 'update', changes: {}, note: '启用局域网共享：录入人定为“zhangsan姓名”' });
  });

  it('leaves entries that have a 录入人 as they are', async () => {
    const app = openTempApp();
    const clerk = await addUser(app, 'zhangsan', 'entry', '办公室');
    const other = await addUser(app, 'zhaosi', 'entry', '办公室');
    const written = await entry(app, '主机模式下录入的');
    app.ctx.db.prepare('UPDATE activities SET author_id = ?, author_name = ? WHERE id = ?').run(other.id, other.displayName, written);
    const old = await entry(app, '单机时录入的');
    expect(await app.registry.call('host.assignOwners', { assignments: [{ fromDepartment: '', toDepartment: '办公室', authorUserId: clerk.id }] })).toEqual({ changed: 1 });
    expect(owner(app, written)).toEqual({ department: '', author_id: other.id, author_name: 'zhaosi姓名' });
    expect(owner(app, old)).toEqual({ department: '办公室', author_id: clerk.id, author_name: 'zhangsan姓名' });
  });

  it('takes a backup first, and is in the audit log', async () => {
    const app = openTempApp();
    await entry(app, '全局学法');
    const reviewer = await addUser(app, 'lisi', 'reviewer', '法制科');
    const auditor = await addUser(app, 'zhaoliu', 'auditor');
    await app.registry.call('host.assignOwners', { assignments: [{ fromDepartment: '', toDepartment: '法制科', authorUserId: reviewer.id }] });
    expect(await backupReasons(app)).toEqual(['启用局域网共享前']);
    const rows = (await asCaller(app.registry, callerOf(auditor)).call('audit.list', { operation: 'host.assignOwners', limit: 10 })).items;
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ operation: 'host.assignOwners', success: true });
    // host.status only reads: no row.
    await app.registry.call('host.status', {});
    expect((await asCaller(app.registry, callerOf(auditor)).call('audit.list', { operation: 'host.status', limit: 10 })).items).toHaveLength(0);
  });

  it('refuses, naming the 科室 and the user, and writes nothing (not even a backup)', async () => {
    const app = openTempApp();
    await singlePcUnit(app);
    const office = await addUser(app, 'zhangsan', 'entry', '办公室');
    const legal = await addUser(app, 'lisi', 'entry', '法制科');
    const admin = await addUser(app, 'wangzr', 'admin');
    const gone = await addUser(app, 'zhaosi', 'reviewer');
    app.ctx.db.prepare("UPDATE users SET disabled_at = '2025-01-01T00:00:00.000Z' WHERE id = ?").run(gone.id);
    const before = snapshot(app);

    const cases: { assignments: { fromDepartment: string; toDepartment: string; authorUserId: string }[]; message: string }[] = [
      {
        // The good first assignment is not written either.
        assignments: [
          { fromDepartment: '办公室', toDepartment: '办公室', authorUserId: office.id },
          { fromDepartment: '', toDepartment: '办公室', authorUserId: legal.id },
        ],
        message: '录入员“lisi姓名”（lisi）属于“法制科”，不能作为归属“办公室”的台账的录入人。请选“办公室”的录入员，或选审核员',
      },
      {
        assignments: [{ fromDepartment: '', toDepartment: '办公室', authorUserId: '7d1f2c3e-0000-4000-8000-000000000000' }],
        message: '为“未填写科室”的台账选的录入人不存在，可能已被修改，请刷新后重新选择',
      },
      {
        assignments: [{ fromDepartment: '', toDepartment: '办公室', authorUserId: gone.id }],
        message: '用户“zhaosi姓名”（zhaosi）已停用，不能作为“未填写科室”的台账的录入人。请先在用户管理中启用，或另选一人',
      },
      {
        assignments: [{ fromDepartment: '办公室', toDepartment: '办公室', authorUserId: admin.id }],
        message: '“wangzr姓名”（wangzr）是管理员，不能作为“办公室”的台账的录入人：录入人须是录入员或审核员',
      },
      {
        assignments: [
          { fromDepartment: '', toDepartment: '办公室', authorUserId: office.id },
          { fromDepartment: '', toDepartment: '办公室', authorUserId: office.id },
        ],
        message: '“未填写科室”指定了两次，每个科室只能指定一次',
      },
      {
        assignments: [{ fromDepartment: '法规科', toDepartment: '办公室', authorUserId: office.id }],
        message: '没有承办科室为“法规科”且尚未指定录入人的台账，请刷新后再看',
      },
    ];
    for (const { assignments, message } of cases) {
      expect(await refusal(app.registry.call('host.assignOwners', { assignments }))).toMatchObject({ code: 'invalid_input', message });
    }
    expect(await refusal(app.registry.call('host.assignOwners', { assignments: [{ fromDepartment: '', toDepartment: ' ', authorUserId: office.id }] }))).toMatchObject({
      code: 'invalid_input',
    });
    expect(snapshot(app)).toEqual(before);
    expect(await backupReasons(app)).toEqual([]);
  });

  it('refuses the whole assignment when an entry it would change is in a locked year, naming the year and the count', async () => {
    const app = openTempApp();
    await singlePcUnit(app);
    const older = (await app.registry.call('activities.create', { date: '2024-06-01', categoryId: 1, title: '2024年的学法' })).id;
    const unlocked = (await app.registry.call('activities.create', { date: '2026-02-01', categoryId: 1, title: '2026年的学法', department: '法制科' })).id;
    const clerk = await addUser(app, 'zhangsan', 'entry', '办公室');
    const legal = await addUser(app, 'lisi', 'entry', '法制科');
    await app.registry.call('years.lock', { year: 2025, note: '年度报告已报送' });
    const before = snapshot(app);

    // 3 entries without 科室 of 2025 (one in the trash, one merged), and one of 2024; the good second assignment is not written either.
    const assignments = [
      { fromDepartment: '', toDepartment: '办公室', authorUserId: clerk.id },
      { fromDepartment: '法制科', toDepartment: '法制科', authorUserId: legal.id },
    ];
    expect(await refusal(app.registry.call('host.assignOwners', { assignments }))).toMatchObject({
      code: 'conflict',
      message: '2025年已锁定（其中 3 条台账待指定录入人），请先由管理员解锁该年度，再指定录入人。',
    });
    await app.registry.call('years.lock', { year: 2024 });
    expect(await refusal(app.registry.call('host.assignOwners', { assignments }))).toMatchObject({
      code: 'conflict',
      message: '2024年、2025年已锁定（其中 2024年 1 条、2025年 3 条台账待指定录入人），请先由管理员解锁这些年度，再指定录入人。',
    });
    expect(snapshot(app)).toEqual(before);
    expect(await backupReasons(app)).toEqual([]);

    // 法制科's entry is of 2026: assigned. The unlocked year goes on.
    expect(await app.registry.call('host.assignOwners', { assignments: [assignments[1]!] })).toEqual({ changed: 1 });
    expect(owner(app, unlocked)).toEqual({ department: '法制科', author_id: legal.id, author_name: 'lisi姓名' });
    expect(owner(app, older)).toEqual({ department: '', author_id: '', author_name: '' });
  });

  it('checks the year locks again inside the write: a year locked while the backup is written refuses it, nothing written', async () => {
    const app = openTempApp();
    const ids = await singlePcUnit(app);
    const clerk = await addUser(app, 'zhangsan', 'entry', '办公室');
    const backup = app.ctx.backupBeforeChange;
    // Another desk locks 2025 while the backup before the change is being written.
    (app.ctx as { backupBeforeChange: (reason: string) => Promise<void> }).backupBeforeChange = async (reason) => {
      await backup(reason);
      await app.registry.call('years.lock', { year: 2025 });
    };
    const before = snapshot(app);
    expect(await refusal(app.registry.call('host.assignOwners', { assignments: [{ fromDepartment: '', toDepartment: '办公室', authorUserId: clerk.id }] }))).toMatchObject({
      code: 'conflict',
      message: '2025年已锁定（其中 3 条台账待指定录入人），请先由管理员解锁该年度，再指定录入人。',
    });
    expect(await backupReasons(app)).toEqual(['启用局域网共享前']);
    expect(snapshot(app)).toEqual(before);
    expect(owner(app, ids.blank1)).toEqual({ department: '', author_id: '', author_name: '' });
  });

  it('lets a 录入员 then see exactly their own 科室’s entries and those they are the 录入人 of', async () => {
    const app = openTempApp();
    const ids = await singlePcUnit(app);
    const legalOnly = await entry(app, '法制科的', '法制科');
    const office = await addUser(app, 'zhangsan', 'entry', '办公室');
    const legal = await addUser(app, 'lisi', 'entry', '法制科');
    const clerk = asCaller(app.registry, callerOf(office));

    // Before: the entries without 科室 are not the 录入员's.
    expect((await clerk.call('activities.list', {})).items.map((a) => a.id).sort()).toEqual([ids.office1, ids.office2].sort());

    await app.registry.call('host.assignOwners', {
      assignments: [
        { fromDepartment: '', toDepartment: '办公室', authorUserId: office.id },
        { fromDepartment: '法制科', toDepartment: '法制科', authorUserId: legal.id },
      ],
    });
    const live = await clerk.call('activities.list', {});
    // The merged entry kept its (blank) 科室, but the 录入员 is now its 录入人, so it is theirs too.
    expect(live.items.map((a) => a.id).sort()).toEqual([ids.blank1, ids.merged, ids.office1, ids.office2].sort());
    expect(owner(app, ids.merged).department).toBe('');
    expect((await clerk.call('activities.list', { deleted: 'only' })).items.map((a) => a.id)).toEqual([ids.blank2]);
    expect((await asCaller(app.registry, callerOf(legal)).call('activities.list', {})).items.map((a) => a.id)).toEqual([legalOnly]);
  });
});

describe('fazhi host', () => {
  async function cli(...args: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
    return { code, out: out.join('\n'), err: err.join('\n') };
  }

  async function withStore<T>(dir: string, step: (app: OpenApp) => T | Promise<T>): Promise<T> {
    const app = openApp({ dataDir: dir, shell: 'cli', log: () => undefined });
    try {
      return await step(app);
    } finally {
      app.close();
    }
  }

  it('prints the status, assigns a 科室, and refuses bad input with exit 2', async () => {
    const dir = tempDir();
    const ids = await withStore(dir, async (app) => {
      const made = await singlePcUnit(app);
      await addUser(app, 'zhangsan', 'entry', '办公室');
      await addUser(app, 'lisi', 'entry', '法制科');
      return made;
    });

    const status = await cli('host', 'status', '--data', dir);
    expect(status.code).toBe(0);
    expect(status.out).toContain('用户：录入员 2 名，审核员 0 名，管理员 0 名，审计员 0 名');
    expect(status.out).toContain('台账：共 5 条（含回收站）');
    expect(status.out).toMatch(/未填写科室\s+3 条，无录入人 3 条（其中 1 条由其他单位汇总而来，保留原承办科室）/);
    expect(status.out).toContain('1. 创建管理员');
    expect(status.out).toContain('2. 为未填写承办科室的2条台账指定科室');
    expect(status.out).toContain('3. 为5条台账指定录入人');

    expect(await cli('host', 'assign', '--from-blank', '--to', '办公室', '--author', 'lisi', '--data', dir)).toMatchObject({
      code: 2,
      err: '录入员“lisi姓名”（lisi）属于“法制科”，不能作为归属“办公室”的台账的录入人。请选“办公室”的录入员，或选审核员',
    });
    expect(await cli('host', 'assign', '--from-blank', '--to', '办公室', '--author', 'nobody', '--data', dir)).toMatchObject({
      code: 2,
      err: '没有用户名为“nobody”的用户。运行 fazhi users list 查看全部用户。',
    });
    expect((await cli('host', 'assign', '--from', '办公室', '--from-blank', '--to', '办公室', '--author', 'zhangsan', '--data', dir)).code).toBe(2);
    expect((await cli('host', 'assign', '--from-blank', '--author', 'zhangsan', '--data', dir)).code).toBe(2);
    expect((await cli('host', 'status', '--to', 'x', '--data', dir)).code).toBe(2);
    expect((await cli('host', 'nothing', '--data', dir)).code).toBe(2);

    const done = await cli('host', 'assign', '--from-blank', '--to', '办公室', '--author', 'zhangsan', '--data', dir);
    expect(done).toMatchObject({ code: 0, out: '已为“未填写科室”的 3 条台账指定录入人“zhangsan姓名”（zhangsan），归属科室“办公室”。操作前已自动备份。' });
    const office = await cli('host', 'assign', '--from', '办公室', '--to', '办公室', '--author', 'zhangsan', '--data', dir);
    expect(office.out).toContain('的 2 条台账');
    await withStore(dir, (app) => {
      expect(owner(app, ids.blank1).department).toBe('办公室');
      expect(owner(app, ids.office2).author_name).toBe('zhangsan姓名');
    });

    const after = await cli('host', 'status', '--data', dir);
    expect(after.out).toContain('1. 创建管理员');
    expect(after.out).not.toContain('指定录入人');
  });

  it('says it is ready, with the command to start host mode', async () => {
    const dir = tempDir();
    await withStore(dir, (app) => addUser(app, 'wangzr', 'admin'));
    const status = await cli('host', 'status', '--data', dir);
    expect(status.out).toContain(`已准备好。在这台电脑上运行 fazhi serve --data ${dir} --port 8080，然后把显示的地址告诉同事。`);
  });
});
