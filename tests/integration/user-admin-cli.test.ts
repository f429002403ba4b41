import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/fazhi';
import { asCaller } from '../../electron/registry';
import type { Caller } from '../../shared/auth/caller';
import { openTempApp, tempDir } from '../helpers/temp-app';

// `fazhi users` goes through the same operations as 用户管理, so what the host's command line does
// to accounts is in the audit log too, as the machine's own user, and without the passwords.

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const AUDITOR: Caller = { kind: 'user', userId: 'id-auditor', username: 'zhaoliu', displayName: '赵六', role: 'auditor', department: '', sessionId: 's-auditor', ip: '192.168.1.40' };

describe('fazhi users and the audit log', () => {
  it('logs each change the command line makes, as 本机, with no password in it', async () => {
    const dir = tempDir();
    const chosen = 'Fazhi#2025';
    expect((await cli('users', 'add', 'wangzr', '--name', '王主任', '--role', '管理员', '--password', chosen, '--data', dir)).code).toBe(0);
    const added = await cli('users', 'add', 'zhangsan', '--name', '张三', '--role', '录入员', '--dept', '办公室', '--data', dir);
    const generated = /初始密码：(\S+)（/.exec(added.out)![1]!;
    const reset = await cli('users', 'reset', 'zhangsan', '--data', dir);
    const resetPassword = /初始密码：(\S+)（/.exec(reset.out)![1]!;
    await cli('users', 'disable', 'zhangsan', '--data', dir);
    await cli('users', 'enable', 'zhangsan', '--data', dir);
    await cli('users', 'unlock', 'zhangsan', '--data', dir);
    expect((await cli('users', 'add', 'lisi', '--name', '李四', '--role', '审核员', '--password', 'weakpass1', '--data', dir)).code).toBe(2);
    await cli('users', 'list', '--data', dir);

    const app = openTempApp(dir);
    const rows = (await asCaller(app.registry, AUDITOR).call('audit.list', { limit: 100 })).items.reverse();
    expect(rows.map((r) => [r.operation, r.username, r.success])).toEqual([
      ['users.create', '本机', true],
      ['users.create', '本机', true],
      ['users.resetPassword', '本机', true],
      ['users.disable', '本机', true],
      ['users.enable', '本机', true],
      ['users.unlock', '本机', true],
      ['users.create', '本机', false],
    ]);
    expect(rows[0]!.object).toMatch(/^用户名=wangzr；用户=[0-9a-f-]{36}$/);
    const everything = JSON.stringify(app.ctx.db.prepare('SELECT * FROM audit_log').all());
    for (const secret of [chosen, generated, resetPassword, 'weakpass1']) expect(everything).not.toContain(secret);
  });
});
