import { AppError } from '../../shared/errors';
import type { CliCommand, CliIo } from './cli-types';
import { backupCommand } from './commands/backup-command';
import { checkCommand } from './commands/check-command';
import { exportCommand } from './commands/export-command';
import { hostCommand } from './commands/host-command';
import { importCommand } from './commands/import-command';
import { infoCommand } from './commands/info-command';
import { ledgerCommand } from './commands/ledger-command';
import { narrativeCommand } from './commands/narrative-command';
import { packageCommand } from './commands/package-command';
import { reportCommand } from './commands/report-command';
import { serveCommand } from './commands/serve-command';
import { unitCommand } from './commands/unit-command';
import { usersCommand } from './commands/users-command';
import { webCommand } from './commands/web-command';

export const COMMANDS: readonly CliCommand[] = [webCommand, serveCommand, infoCommand, importCommand, exportCommand, ledgerCommand, unitCommand, narrativeCommand, reportCommand, backupCommand, checkCommand, packageCommand, usersCommand, hostCommand];

function help(io: CliIo): void {
  io.out('法治台账命令行（与桌面程序、浏览器模式共用同一套数据与操作）');
  io.out('');
  io.out('用法：fazhi <命令> [参数]');
  for (const c of COMMANDS) io.out(`  ${c.usage.padEnd(52)} ${c.summary}`);
  io.out('');
  io.out('数据文件夹：--data 指定；否则用环境变量 FAZHI_DATA；否则用本用户的默认文件夹。');
  io.out('每个命令都可加 --help 查看说明。成功时退出码为 0，失败时为非 0 并给出原因。');
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    help(io);
    return name ? 0 : 2;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`没有“${name}”这个命令。运行 fazhi --help 查看全部命令。`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(`用法：${command.usage}`);
    io.out(command.summary);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (err) {
    if (err instanceof AppError) {
      io.err(err.message);
      return err.code === 'invalid_input' ? 2 : 1;
    }
    io.err(`程序内部出错：${(err as Error).message}`);
    return 1;
  }
}
