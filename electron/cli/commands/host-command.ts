import { ROLE_NAMES, ROLES } from '../../../shared/auth/roles';
import type { HostStatus } from '../../../shared/domain/host-setup';
import { departmentName } from '../../../shared/domain/host-setup';
import { AppError } from '../../../shared/errors';
import type { OpenApp } from '../../open-app';
import { findUserByUsername } from '../../store/user-rows';
import type { CliCommand, CliIo } from '../cli-types';
import { parseSubcommand, refuseOtherFlags } from '../subcommands';
import { withDataFolder } from '../with-data-folder';

// Setting up 局域网共享 from the host's command line: what is left to do (host.status), and giving
// the entries kept before accounts their 科室 and 录入人 (host.assignOwners), one 科室 at a time.

const DETAILS = [
  '用法：',
  '  fazhi host status                                  查看启用局域网共享前还要做什么',
  '  fazhi host assign --from 科室 | --from-blank --to 归属科室 --author 用户名',
  '                                                     为该科室（或未填写科室）尚无录入人的台账指定录入人和归属科室',
  '所有命令都可加 --data 数据文件夹。指定前会自动备份。',
];

/** A folder as the user would type it after --data: quoted when it has spaces. */
function folderArg(dir: string): string {
  return /\s/.test(dir) ? `"${dir}"` : dir;
}

function printStatus(status: HostStatus, dataDir: string, io: CliIo): void {
  io.out(`用户：${ROLES.map((r) => `${ROLE_NAMES[r]} ${status.users[r]} 名`).join('，')}${status.disabledUsers ? `（另有已停用 ${status.disabledUsers} 名）` : ''}`);
  io.out(`台账：共 ${status.entries} 条（含回收站）`);
  if (status.owners.length) {
    io.out('承办科室及录入人：');
    for (const o of status.owners) {
      const merged = o.fromOtherUnits ? `（其中 ${o.fromOtherUnits} 条由其他单位汇总而来，保留原承办科室）` : '';
      io.out(`  ${departmentName(o.department).padEnd(12)} ${String(o.entries).padStart(6)} 条，无录入人 ${o.withoutAuthor} 条${merged}`);
    }
  }
  if (status.ready) {
    io.out(`已准备好。在这台电脑上运行 fazhi serve --data ${folderArg(dataDir)} --port 8080，然后把显示的地址告诉同事。`);
    return;
  }
  io.out('启用局域网共享前还需要：');
  status.steps.forEach((step, i) => io.out(`  ${i + 1}. ${step}`));
  if (!status.hasActiveAdmin) io.out('创建管理员：fazhi users add 用户名 --name 姓名 --role 管理员');
  if (status.withoutAuthor) io.out('指定录入人：fazhi host assign --from-blank --to 科室 --author 用户名（有科室的用 --from 科室）');
}

async function assign(app: OpenApp, values: Record<string, string | boolean | undefined>, io: CliIo): Promise<number> {
  const from = values.from as string | undefined;
  const blank = values['from-blank'] === true;
  if ((from === undefined) === !blank) throw new AppError('invalid_input', '请用 --from 科室 或 --from-blank（未填写科室的台账）二者之一指明是哪些台账');
  if (from !== undefined && from.trim() === '') throw new AppError('invalid_input', '--from 的科室不能为空；未填写科室的台账请用 --from-blank');
  const to = values.to as string | undefined;
  if (!to?.trim()) throw new AppError('invalid_input', '请用 --to 给出归属科室，例如 --to 办公室');
  const username = values.author as string | undefined;
  if (!username?.trim()) throw new AppError('invalid_input', '请用 --author 给出录入人的用户名，例如 --author zhangsan');
  const author = findUserByUsername(app.ctx.db, username);
  if (!author) throw new AppError('invalid_input', `没有用户名为“${username}”的用户。运行 fazhi users list 查看全部用户。`);
  const fromDepartment = blank ? '' : from!.trim();
  const { changed } = await app.registry.call('host.assignOwners', { assignments: [{ fromDepartment, toDepartment: to, authorUserId: author.id }] });
  io.out(`已为“${departmentName(fromDepartment)}”的 ${changed} 条台账指定录入人“${author.displayName}”（${author.username}），归属科室“${to.trim()}”。操作前已自动备份。`);
  return 0;
}

const SPEC = {
  command: 'host',
  options: { data: { type: 'string' }, from: { type: 'string' }, 'from-blank': { type: 'boolean' }, to: { type: 'string' }, author: { type: 'string' } },
  flagsOf: { status: [], assign: ['from', 'from-blank', 'to', 'author'] },
  details: DETAILS,
} as const;

export const hostCommand: CliCommand = {
  name: 'host',
  summary: '准备局域网共享：查看还要做什么，为原有台账指定归属科室和录入人',
  usage: 'fazhi host status|assign [参数] [--data 数据文件夹]',
  async run(args, io) {
    const parsed = parseSubcommand(args, SPEC, io);
    if (!parsed) return 2;
    const { sub, rest, values } = parsed;
    if (rest.length) throw new AppError('invalid_input', `host ${sub} 后面多了“${rest.join(' ')}”`);
    refuseOtherFlags(SPEC, sub, values);
    // The status only reads: it works while the desktop app or host mode holds the folder.
    return withDataFolder(values.data, { readOnlyWhenBusy: sub === 'status' }, async (app) => {
      if (sub === 'assign') return await assign(app, values, io);
      printStatus(await app.registry.call('host.status', {}), app.dataDir, io);
      return 0;
    });
  },
};
