import path from 'node:path';
import { ROLE_NAMES } from '../../../shared/auth/roles';
import { DEFAULT_SHARING_PORT } from '../../../shared/domain/sharing';
import { AppError } from '../../../shared/errors';
import type { SharingRunning } from '../../app-context';
import { startBackupScheduler } from '../../backup/backup-scheduler';
import { resolveDataDir } from '../../data-dir';
import type { OpenApp } from '../../open-app';
import { openApp } from '../../open-app';
import { NO_ADMIN_MESSAGE, addressesFor, createHostController, listensEverywhere } from '../../server/host-controller';
import { enabledAdminCount } from '../../store/user-store';
import type { CliCommand, CliIo } from '../cli-types';
import { parseFlags } from '../parse-flags';
import { shiftedClock } from '../shifted-clock';
import { untilStopSignal } from '../stop-on-signal';

// Host mode: this machine keeps the unit's one data folder and colleagues use it from their own
// browsers on the LAN, each with an account. Like `fazhi web` it holds the data folder's lock and
// runs the backup timer, until Ctrl+C.

const DEFAULT_PORT = DEFAULT_SHARING_PORT;

function portOf(text: string | undefined): number | null {
  if (text === undefined) return DEFAULT_PORT;
  const port = Number(text);
  return Number.isInteger(port) && port >= 0 && port <= 65535 && text.trim() !== '' ? port : null;
}

function printAddresses(io: CliIo, server: SharingRunning): void {
  const everywhere = listensEverywhere(server.host);
  const lan = addressesFor(server);
  if (lan.length) {
    io.out('同事请在浏览器中打开以下地址（任选一个能打开的），用各自的账户登录：');
    for (const address of lan) io.out(`  ${address}`);
  } else {
    io.out('本机没有找到局域网地址：请检查网线或无线网络是否已连接。');
  }
  if (everywhere) io.out(`本机可以打开：${server.url}`);
  io.out(`若同事打不开，请检查本机防火墙是否允许端口 ${server.port} 的入站连接。`);
  if (!server.secure) io.out('提示：未启用 HTTPS，登录密码在局域网中不加密传输。单位有要求时，可用 --cert 证书文件 --key 私钥文件 启用 HTTPS。');
}

function openStore(dataDir: string, now: (() => string) | undefined): OpenApp {
  try {
    // No recovery mode: signing in needs the accounts in the store. A damaged store is restored
    // from backup with `fazhi web` (or the desktop program) on the host first.
    return openApp({ dataDir, shell: 'browser', ...(now ? { now } : {}) });
  } catch (err) {
    if (err instanceof AppError && err.code === 'database_damaged') {
      throw new AppError('database_damaged', `${err.message}\n主机模式需要完好的数据文件。请先在主机上运行 fazhi web（或打开桌面程序）从备份恢复，再启动 fazhi serve。`);
    }
    throw err;
  }
}

export const serveCommand: CliCommand = {
  name: 'serve',
  summary: '以主机模式启动：局域网内的同事用浏览器登录使用（需先创建管理员）',
  usage: 'fazhi serve [--data 数据文件夹] [--host 地址] [--port 端口] [--cert 证书 --key 私钥] [--today 年-月-日]',
  async run(args, io) {
    const { values } = parseFlags(args, {
      data: { type: 'string' },
      host: { type: 'string' },
      port: { type: 'string' },
      cert: { type: 'string' },
      key: { type: 'string' },
      today: { type: 'string' },
    });
    const port = portOf(values.port);
    if (port === null) {
      io.err(`端口“${values.port}”不正确，应为 0—65535 的整数（不写则用 ${DEFAULT_PORT}）。`);
      return 2;
    }
    if ((values.cert === undefined) !== (values.key === undefined)) {
      io.err('启用 HTTPS 需要同时给出 --cert 证书文件 和 --key 私钥文件。');
      return 2;
    }
    const hostName = values.host?.trim() || '0.0.0.0';
    const clock = values.today === undefined ? null : shiftedClock(values.today);
    if (clock && 'error' in clock) {
      io.err(clock.error);
      return 2;
    }
    const app = openStore(resolveDataDir(values.data), clock?.now);
    if (enabledAdminCount(app.ctx.db) === 0) {
      app.close();
      io.err(NO_ADMIN_MESSAGE);
      io.err(`请先在主机上运行 fazhi users add 用户名 --name 姓名 --role admin 创建${ROLE_NAMES.admin}${values.data ? `（加上 --data ${values.data}）` : ''}，再运行 fazhi serve。`);
      return 2;
    }
    // The same controller the 局域网共享 page starts, here once and until Ctrl+C.
    const host = createHostController({ app: () => app, rendererDir: path.join(__dirname, 'renderer'), wording: 'cli' });
    let server: SharingRunning;
    try {
      server = await host.start({
        host: hostName,
        port,
        ...(values.cert !== undefined && values.key !== undefined ? { tls: { cert: values.cert, key: values.key } } : {}),
      });
    } catch (err) {
      app.close();
      // conflict: the port in use or refused, an address this machine has not (already in words).
      if (err instanceof AppError && err.code === 'conflict') {
        io.err(err.message);
        return 1;
      }
      throw err;
    }
    const backups = startBackupScheduler(app.liveContext, (message, err) => io.err(`${message}：${(err as Error).message}`));
    io.out(`法治台账主机模式已启动，端口 ${server.port}。`);
    printAddresses(io, server);
    if (values.today !== undefined) io.out(`程序中的“今天”已设为 ${values.today}（演示或检查用）。`);
    io.out(`数据文件夹：${app.dataDir}`);
    io.out('按 Ctrl+C 退出。');
    return untilStopSignal(async () => {
      await Promise.all([host.stop(), backups.stop()]);
      app.close();
    });
  },
};
