import type { Role } from '../../../shared/auth/roles';
import { ROLE_NAMES, ROLES } from '../../../shared/auth/roles';
import { passwordStatus } from '../../../shared/auth/password-status';
import type { UserAccount } from '../../../shared/auth/user-account';
import { isLocked } from '../../../shared/auth/user-account';
import { AppError } from '../../../shared/errors';
import { lockEndText } from '../../auth/login';
import { temporaryPassword } from '../../auth/temporary-password';
import { resolveDataDir } from '../../data-dir';
import type { OpenApp } from '../../open-app';
import { openApp } from '../../open-app';
import { readAuthPolicy } from '../../store/auth-policy-store';
import { unlockUser } from '../../store/login-attempts-store';
import { setPassword } from '../../store/user-password-store';
import { createUser, findUserByUsername, listUsers, updateUser } from '../../store/user-store';
import type { CliCommand, CliIo } from '../cli-types';
import { parseFlags } from '../parse-flags';
import { readStdinLine } from '../read-stdin-line';

// Accounts from the host's own command line: the way back in when the administrator's password is
// lost (no mail server to reset it by), and a quick way to set up a unit. These act as the host
// machine itself, like every CLI command; the account rules (password policy, last 管理员) apply
// exactly as on the page.

const SUBCOMMANDS = ['list', 'add', 'reset', 'unlock', 'disable', 'enable'] as const;
type Subcommand = (typeof SUBCOMMANDS)[number];

const FLAGS_OF: Readonly<Record<Subcommand, readonly string[]>> = {
  list: [],
  add: ['name', 'role', 'dept', 'password', 'password-stdin'],
  reset: ['password', 'password-stdin'],
  unlock: [],
  disable: [],
  enable: [],
};

const DETAILS = [
  '用法：',
  '  fazhi users list                                   列出全部用户及状态',
  '  fazhi users add 用户名 --name 姓名 --role 角色 [--dept 科室] [--password 密码 | --password-stdin]',
  '                                                     添加用户（录入员须填科室）；不给密码时生成一个初始密码并显示一次',
  '  fazhi users reset 用户名 [--password 密码 | --password-stdin]',
  '                                                     重置密码（同时解除锁定），用户下次登录时须修改',
  '  fazhi users unlock 用户名                          解除因密码错误造成的锁定',
  '  fazhi users disable 用户名 / enable 用户名          停用（立即退出其登录）/ 启用用户',
  `角色：${ROLES.map((r) => ROLE_NAMES[r]).join('、')}（也可写 ${ROLES.join('、')}）`,
  '所有命令都可加 --data 数据文件夹。--password 会留在命令历史中，更稳妥的是 --password-stdin（从管道读入一行）或让程序生成。',
];

function parseRole(text: string | undefined): Role {
  const found = ROLES.find((r) => r === text || ROLE_NAMES[r] === text);
  if (!found) {
    const names = ROLES.map((r) => ROLE_NAMES[r]).join('、');
    throw new AppError('invalid_input', text ? `没有“${text}”这个角色，只能是：${names}` : `请用 --role 给出角色：${names}`);
  }
  return found;
}

function userNamed(app: OpenApp, username: string): UserAccount {
  const user = findUserByUsername(app.ctx.db, username);
  if (!user) throw new AppError('not_found', `没有用户名为“${username}”的用户。运行 fazhi users list 查看全部用户。`);
  return user;
}

function describe(user: UserAccount): string {
  const dept = user.department ? `，${user.department}` : '';
  return `“${user.displayName}”（${user.username}，${ROLE_NAMES[user.role]}${dept}）`;
}

function statusOf(app: OpenApp, user: UserAccount, now: string): string {
  if (user.disabledAt) return '已停用';
  if (isLocked(user, now)) return `已锁定至 ${lockEndText(user.lockedUntil!, now)}`;
  const status = passwordStatus(user, readAuthPolicy(app.ctx.db), now);
  if (status.expired) return '密码已过期';
  if (user.mustChangePassword) return '待修改初始密码';
  if (status.expiresInDays !== null) return `密码${status.expiresInDays}天后到期`;
  return '正常';
}

function list(app: OpenApp, io: CliIo): number {
  const users = listUsers(app.ctx.db);
  if (users.length === 0) {
    io.out('还没有用户。用 fazhi users add 用户名 --name 姓名 --role 管理员 添加第一名管理员。');
    return 0;
  }
  const now = app.ctx.now();
  io.out(`共 ${users.length} 名用户：`);
  for (const u of users) {
    io.out(`  ${u.username.padEnd(16)} ${u.displayName.padEnd(8)} ${ROLE_NAMES[u.role].padEnd(4)} ${(u.department || '—').padEnd(10)} ${statusOf(app, u, now)}`);
  }
  return 0;
}

/** The password given, or one generated (then shown once, as the caller must hand it over). */
async function passwordFrom(app: OpenApp, values: { password?: string; 'password-stdin'?: boolean }, username: string): Promise<{ password: string; generated: boolean }> {
  if (values.password !== undefined && values['password-stdin']) throw new AppError('invalid_input', '--password 和 --password-stdin 只能用一个');
  if (values.password !== undefined) return { password: values.password, generated: false };
  if (values['password-stdin']) return { password: await readStdinLine(process.stdin), generated: false };
  return { password: temporaryPassword(readAuthPolicy(app.ctx.db), username), generated: true };
}

function tellPassword(io: CliIo, given: { password: string; generated: boolean }): void {
  if (given.generated) io.out(`初始密码：${given.password}（只显示这一次，请当面或以安全方式交给本人）`);
  io.out('该用户登录后须先修改密码。');
}

async function run(app: OpenApp, sub: Subcommand, username: string, values: Record<string, string | boolean | undefined>, io: CliIo): Promise<number> {
  const db = app.ctx.db;
  const now = app.ctx.now();
  const pw = { password: values.password as string | undefined, 'password-stdin': values['password-stdin'] as boolean | undefined };
  switch (sub) {
    case 'list':
      return list(app, io);
    case 'add': {
      const role = parseRole(values.role as string | undefined);
      const name = values.name as string | undefined;
      if (!name?.trim()) throw new AppError('invalid_input', '请用 --name 给出姓名，例如：fazhi users add zhangsan --name 张三 --role 录入员 --dept 办公室');
      const given = await passwordFrom(app, pw, username);
      const user = await createUser(db, { username, displayName: name, role, department: (values.dept as string | undefined) ?? '', password: given.password }, now);
      io.out(`已添加用户${describe(user)}。`);
      tellPassword(io, given);
      return 0;
    }
    case 'reset': {
      const user = userNamed(app, username);
      const given = await passwordFrom(app, pw, user.username);
      await setPassword(db, user.id, given.password, now, { byAdmin: true });
      io.out(`已重置${describe(user)}的密码${isLocked(user, now) ? '并解除锁定' : ''}，其已登录的会话均已退出。`);
      tellPassword(io, given);
      return 0;
    }
    case 'unlock': {
      const user = userNamed(app, username);
      const wasLocked = isLocked(user, now);
      unlockUser(db, user.id, now);
      io.out(wasLocked ? `已解除${describe(user)}的锁定。` : `${describe(user)}没有被锁定，已将密码错误次数清零。`);
      return 0;
    }
    case 'disable':
    case 'enable': {
      const user = userNamed(app, username);
      const disabled = sub === 'disable';
      if ((user.disabledAt !== null) === disabled) {
        io.out(`${describe(user)}已经是${disabled ? '停用' : '启用'}状态。`);
        return 0;
      }
      updateUser(db, user.id, { disabled }, now);
      io.out(disabled ? `已停用${describe(user)}，其已登录的会话均已退出。` : `已启用${describe(user)}。`);
      return 0;
    }
  }
}

export const usersCommand: CliCommand = {
  name: 'users',
  summary: '在本机管理用户：列出、添加、重置密码、解锁、停用/启用（忘记管理员密码时用它）',
  usage: 'fazhi users list|add|reset|unlock|disable|enable [用户名] [参数] [--data 数据文件夹]',
  async run(args, io) {
    const { values, positionals } = parseFlags(
      args,
      {
        data: { type: 'string' },
        name: { type: 'string' },
        role: { type: 'string' },
        dept: { type: 'string' },
        password: { type: 'string' },
        'password-stdin': { type: 'boolean' },
      },
      true,
    );
    const [subText, username, ...extra] = positionals;
    const sub = SUBCOMMANDS.find((s) => s === subText);
    if (!sub) {
      if (subText) io.err(`没有“users ${subText}”这个命令。`);
      for (const line of DETAILS) {
        if (subText) io.err(line);
        else io.out(line);
      }
      return 2;
    }
    const misplaced = Object.keys(values).filter((k) => k !== 'data' && !FLAGS_OF[sub].includes(k));
    if (misplaced.length) throw new AppError('invalid_input', `users ${sub} 不用参数 ${misplaced.map((k) => `--${k}`).join('、')}`);
    if (sub === 'list' ? username !== undefined : username === undefined || extra.length > 0) {
      throw new AppError('invalid_input', sub === 'list' ? 'users list 不用再写用户名' : `请给出一个用户名，例如：fazhi users ${sub} zhangsan`);
    }
    // Listing only reads: it works while the desktop app or host mode holds the folder.
    const app = openApp({ dataDir: resolveDataDir(values.data), shell: 'cli', readOnlyWhenBusy: sub === 'list' });
    try {
      return await run(app, sub, username ?? '', values, io);
    } finally {
      app.close();
    }
  },
};
