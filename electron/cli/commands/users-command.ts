import type { Role } from '../../../shared/auth/roles';
import { ROLE_NAMES, ROLES } from '../../../shared/auth/roles';
import type { UserListItem } from '../../../shared/domain/user-admin';
import { AppError } from '../../../shared/errors';
import type { OpenApp } from '../../open-app';
import type { Registry } from '../../registry';
import type { CliCommand, CliIo } from '../cli-types';
import { readStdinLine } from '../read-stdin-line';
import { parseSubcommand, refuseOtherFlags } from '../subcommands';
import { withDataFolder } from '../with-data-folder';

// Accounts from the host's own command line: the way back in when the administrator's password is
// lost (no mail server to reset it by), and a quick way to set up a unit. These act as the host
// machine itself, like every CLI command, through the same operations as 用户管理 (users.*): the
// account rules (password policy, last 管理员) apply exactly as on the page, and every change is in
// the audit log.

type Subcommand = 'list' | 'add' | 'reset' | 'unlock' | 'disable' | 'enable';

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


/** By sign-in name whatever its letter case, as the store compares them (COLLATE NOCASE: ASCII only, the only letters a username has). */
async function userNamed(registry: Registry, username: string): Promise<UserListItem> {
  const wanted = username.trim().toLowerCase();
  const user = (await registry.call('users.list', {})).find((u) => u.username.toLowerCase() === wanted);
  if (!user) throw new AppError('not_found', `没有用户名为“${username}”的用户。运行 fazhi users list 查看全部用户。`);
  return user;
}

function describe(user: UserListItem): string {
  const dept = user.department ? `，${user.department}` : '';
  return `“${user.displayName}”（${user.username}，${ROLE_NAMES[user.role]}${dept}）`;
}

async function list(registry: Registry, io: CliIo): Promise<number> {
  const users = await registry.call('users.list', {});
  if (users.length === 0) {
    io.out('还没有用户。用 fazhi users add 用户名 --name 姓名 --role 管理员 添加第一名管理员。');
    return 0;
  }
  io.out(`共 ${users.length} 名用户：`);
  for (const u of users) {
    io.out(`  ${u.username.padEnd(16)} ${u.displayName.padEnd(8)} ${ROLE_NAMES[u.role].padEnd(4)} ${(u.department || '—').padEnd(10)} ${u.stateText}`);
  }
  return 0;
}

/** The password given on the command line or stdin; undefined lets the operation generate one. */
async function givenPassword(values: { password?: string; 'password-stdin'?: boolean }): Promise<string | undefined> {
  if (values.password !== undefined && values['password-stdin']) throw new AppError('invalid_input', '--password 和 --password-stdin 只能用一个');
  if (values.password !== undefined) return values.password;
  if (values['password-stdin']) return await readStdinLine(process.stdin);
  return undefined;
}

/** A generated password is shown once, as the caller must hand it over. */
function tellPassword(io: CliIo, generated: string | null, user: UserListItem): void {
  if (generated !== null) io.out(`初始密码：${generated}（只显示这一次，请当面或以安全方式交给本人）`);
  if (user.mustChangePassword) io.out('该用户登录后须先修改密码。');
}

async function run(app: OpenApp, sub: Subcommand, username: string, values: Record<string, string | boolean | undefined>, io: CliIo): Promise<number> {
  const registry = app.registry;
  const pw = { password: values.password as string | undefined, 'password-stdin': values['password-stdin'] as boolean | undefined };
  switch (sub) {
    case 'list':
      return list(registry, io);
    case 'add': {
      const role = parseRole(values.role as string | undefined);
      const name = values.name as string | undefined;
      if (!name?.trim()) throw new AppError('invalid_input', '请用 --name 给出姓名，例如：fazhi users add zhangsan --name 张三 --role 录入员 --dept 办公室');
      const password = await givenPassword(pw);
      const dept = values.dept as string | undefined;
      const { user, temporaryPassword } = await registry.call('users.create', {
        username,
        displayName: name,
        role,
        ...(dept === undefined ? {} : { department: dept }),
        ...(password === undefined ? {} : { password }),
      });
      io.out(`已添加用户${describe(user)}。`);
      tellPassword(io, temporaryPassword, user);
      return 0;
    }
    case 'reset': {
      const user = await userNamed(registry, username);
      const password = await givenPassword(pw);
      const reset = await registry.call('users.resetPassword', { id: user.id, ...(password === undefined ? {} : { password }) });
      io.out(`已重置${describe(user)}的密码${user.state === 'locked' ? '并解除锁定' : ''}，其已登录的会话均已退出。`);
      tellPassword(io, reset.temporaryPassword, reset.user);
      return 0;
    }
    case 'unlock': {
      const user = await userNamed(registry, username);
      await registry.call('users.unlock', { id: user.id });
      io.out(user.state === 'locked' ? `已解除${describe(user)}的锁定。` : `${describe(user)}没有被锁定，已将密码错误次数清零。`);
      return 0;
    }
    case 'disable':
    case 'enable': {
      const user = await userNamed(registry, username);
      const disabled = sub === 'disable';
      if ((user.disabledAt !== null) === disabled) {
        io.out(`${describe(user)}已经是${disabled ? '停用' : '启用'}状态。`);
        return 0;
      }
      await registry.call(disabled ? 'users.disable' : 'users.enable', { id: user.id });
      io.out(disabled ? `已停用${describe(user)}，其已登录的会话均已退出。` : `已启用${describe(user)}。`);
      return 0;
    }
  }
}

const SPEC = {
  command: 'users',
  options: {
    data: { type: 'string' },
    name: { type: 'string' },
    role: { type: 'string' },
    dept: { type: 'string' },
    password: { type: 'string' },
    'password-stdin': { type: 'boolean' },
  },
  flagsOf: FLAGS_OF,
  details: DETAILS,
} as const;

export const usersCommand: CliCommand = {
  name: 'users',
  summary: '在本机管理用户：列出、添加、重置密码、解锁、停用/启用（忘记管理员密码时用它）',
  usage: 'fazhi users list|add|reset|unlock|disable|enable [用户名] [参数] [--data 数据文件夹]',
  async run(args, io) {
    const parsed = parseSubcommand(args, SPEC, io);
    if (!parsed) return 2;
    const { sub, values } = parsed;
    const [username, ...extra] = parsed.rest;
    refuseOtherFlags(SPEC, sub, values);
    if (sub === 'list' ? username !== undefined : username === undefined || extra.length > 0) {
      throw new AppError('invalid_input', sub === 'list' ? 'users list 不用再写用户名' : `请给出一个用户名，例如：fazhi users ${sub} zhangsan`);
    }
    // Listing only reads: it works while the desktop app or host mode holds the folder.
    return withDataFolder(values.data, { readOnlyWhenBusy: sub === 'list' }, (app) => run(app, sub, username ?? '', values, io));
  },
};
