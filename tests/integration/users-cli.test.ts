import fs from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/fazhi';
import { readStdinLine } from '../../electron/cli/read-stdin-line';
import { login } from '../../electron/auth/login';
import { openApp } from '../../electron/open-app';
import { LOCK_FILE, lockText } from '../../electron/store/folder-lock/lock-holder';
import type { LockHolder } from '../../electron/store/folder-lock/lock-holder';
import { DEFAULT_PASSWORD_POLICY } from '../../shared/auth/password-policy';
import { recordLoginFailure } from '../../electron/store/login-attempts-store';
import { findUserByUsername } from '../../electron/store/user-store';
import { tempDir } from '../helpers/temp-app';

// fazhi users on a real data folder: the host's way to set up accounts and get back in.

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Opens the folder as the host app would, for one step between commands. */
async function withStore<T>(dir: string, step: (app: ReturnType<typeof openApp>) => T | Promise<T>): Promise<T> {
  const app = openApp({ dataDir: dir, shell: 'cli', log: () => undefined });
  try {
    return await step(app);
  } finally {
    app.close();
  }
}

function signIn(dir: string, username: string, password: string) {
  return withStore(dir, (app) => login(app.ctx.db, { username, password, ip: '127.0.0.1', userAgent: 'test' }, app.ctx.now()));
}

function shownPassword(out: string): string {
  const found = /初始密码：(\S+)（只显示这一次/.exec(out);
  if (!found) throw new Error(`no password in: ${out}`);
  return found[1]!;
}

describe('fazhi users', () => {
  it('adds, lists, resets, unlocks, disables and enables accounts', async () => {
    const dir = tempDir();
    expect((await cli('users', 'list', '--data', dir)).out).toContain('还没有用户');

    const admin = await cli('users', 'add', 'wangzr', '--name', '王主任', '--role', '管理员', '--password', 'Fazhi#2025', '--data', dir);
    expect(admin).toMatchObject({ code: 0, err: '' });
    expect(admin.out).toContain('已添加用户“王主任”（wangzr，管理员）。');
    expect(admin.out).not.toContain('初始密码');

    const clerk = await cli('users', 'add', 'zhangsan', '--name', '张三', '--role', 'entry', '--dept', '法制科', '--data', dir);
    expect(clerk.code).toBe(0);
    expect(clerk.out).toContain('已添加用户“张三”（zhangsan，录入员，法制科）。');
    const first = shownPassword(clerk.out);
    expect(await signIn(dir, 'zhangsan', first)).toMatchObject({ ok: true, passwordStatus: { mustChange: true } });

    const listed = await cli('users', 'list', '--data', dir);
    expect(listed.out).toContain('共 2 名用户');
    expect(listed.out).toMatch(/zhangsan\s+张三\s+录入员\s+法制科\s+待修改初始密码/);

    await withStore(dir, (app) => {
      const user = findUserByUsername(app.ctx.db, 'zhangsan')!;
      for (let i = 0; i < 5; i++) recordLoginFailure(app.ctx.db, user.id, app.ctx.now(), DEFAULT_PASSWORD_POLICY);
    });
    expect((await cli('users', 'list', '--data', dir)).out).toMatch(/zhangsan.*已锁定至 (\d{1,2}月\d{1,2}日 )?\d\d:\d\d/);
    expect((await cli('users', 'unlock', 'ZhangSan', '--data', dir)).out).toBe('已解除“张三”（zhangsan，录入员，法制科）的锁定。');
    expect((await cli('users', 'unlock', 'zhangsan', '--data', dir)).out).toContain('没有被锁定');

    const reset = await cli('users', 'reset', 'wangzr', '--data', dir);
    expect(reset.code).toBe(0);
    expect(reset.out).toContain('已重置“王主任”（wangzr，管理员）的密码');
    expect(await signIn(dir, 'wangzr', 'Fazhi#2025')).toMatchObject({ ok: false });
    expect(await signIn(dir, 'wangzr', shownPassword(reset.out))).toMatchObject({ ok: true, passwordStatus: { mustChange: true } });

    const lastAdmin = await cli('users', 'disable', 'wangzr', '--data', dir);
    expect(lastAdmin.code).toBe(1);
    expect(lastAdmin.err).toBe('“王主任”是唯一启用的管理员，不能停用。请先添加或启用另一名管理员。');

    expect((await cli('users', 'disable', 'zhangsan', '--data', dir)).out).toBe('已停用“张三”（zhangsan，录入员，法制科），其已登录的会话均已退出。');
    expect((await cli('users', 'list', '--data', dir)).out).toMatch(/zhangsan.*已停用/);
    expect((await cli('users', 'disable', 'zhangsan', '--data', dir)).out).toContain('已经是停用状态');
    expect((await cli('users', 'enable', 'zhangsan', '--data', dir)).out).toBe('已启用“张三”（zhangsan，录入员，法制科）。');
  });

  it('refuses what it cannot do, saying why', async () => {
    const dir = tempDir();
    const usage = await cli('users');
    expect(usage.code).toBe(2);
    expect(usage.out).toContain('fazhi users add 用户名 --name 姓名 --role 角色');

    const role = await cli('users', 'add', 'lisi', '--name', '李四', '--role', '科长', '--data', dir);
    expect(role).toMatchObject({ code: 2, err: '没有“科长”这个角色，只能是：录入员、审核员、管理员、审计员' });
    const noDept = await cli('users', 'add', 'lisi', '--name', '李四', '--role', '录入员', '--data', dir);
    expect(noDept).toMatchObject({ code: 2, err: '录入员须填写所属科室' });
    const weak = await cli('users', 'add', 'lisi', '--name', '李四', '--role', '审核员', '--password', 'lisi1234', '--data', dir);
    expect(weak.code).toBe(2);
    expect(weak.err).toContain('密码至少8位');

    expect((await cli('users', 'add', 'lisi', '--name', '李四', '--role', 'reviewer', '--password', 'Shenhe#2025', '--data', dir)).code).toBe(0);
    const dup = await cli('users', 'add', 'LiSi', '--name', '李四', '--role', '审计员', '--password', 'Shenji#2025', '--data', dir);
    expect(dup).toMatchObject({ code: 1, err: '用户名“LiSi”已被用户“李四”使用，请换一个用户名' });

    expect(await cli('users', 'unlock', 'nobody', '--data', dir)).toMatchObject({ code: 1, err: '没有用户名为“nobody”的用户。运行 fazhi users list 查看全部用户。' });
    expect((await cli('users', 'unlock', 'lisi', '--role', '管理员', '--data', dir)).err).toBe('users unlock 不用参数 --role');
    expect((await cli('users', 'reset', '--data', dir)).err).toBe('请给出一个用户名，例如：fazhi users reset zhangsan');
    expect((await cli('users', 'frobnicate', '--data', dir)).err).toContain('没有“users frobnicate”这个命令');
  });

  it('lists while another program holds the folder, and refuses to change it then', async () => {
    const dir = tempDir();
    await cli('users', 'add', 'lisi', '--name', '李四', '--role', '审核员', '--password', 'Shenhe#2025', '--data', dir);
    // The desktop app on the unit's host PC, as its lock file says.
    const holder: LockHolder = { pid: 4242, host: 'HOST-PC', kind: 'desktop', startedAt: new Date().toISOString(), version: '0.1.0', token: 'someone-else' };
    fs.writeFileSync(path.join(dir, LOCK_FILE), lockText(holder));
    expect((await cli('users', 'list', '--data', dir)).out).toContain('共 1 名用户');
    const change = await cli('users', 'disable', 'lisi', '--data', dir);
    expect(change.code).not.toBe(0);
    expect(change.err).toContain('HOST-PC');
  });

  it('reads --password-stdin as one line without its line ending', async () => {
    const stream = new PassThrough();
    const line = readStdinLine(stream);
    stream.write('Fazhi#20');
    stream.end('25\r\nrest');
    expect(await line).toBe('Fazhi#2025');
    const empty = new PassThrough();
    const nothing = readStdinLine(empty);
    empty.end();
    expect(await nothing).toBe('');
  });
});
