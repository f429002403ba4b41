import path from 'node:path';
import { ROLE_NAMES } from '../../../shared/auth/roles';
import { AppError } from '../../../shared/errors';
import { startBackupScheduler } from '../../backup/backup-scheduler';
import { resolveDataDir } from '../../data-dir';
import type { OpenApp } from '../../open-app';
import { openApp } from '../../open-app';
import { lanAddresses } from '../../server/host-addresses';
import type { HostServer } from '../../server/host-server';
import { startHostServer } from '../../server/host-server';
import { enabledAdminCount } from '../../store/user-store';
import type { CliCommand, CliIo } from '../cli-types';
import { parseFlags } from '../parse-flags';
import { shiftedClock } from '../shifted-clock';

// Host mode: this machine keeps the unit's one data folder and colleagues use it from their own
// browsers on the LAN, each with an account. Like `fazhi web` it holds the data folder's lock and
// runs the backup timer, until Ctrl+C.

const DEFAULT_PORT = 8080;

function portOf(text: string | undefined): number | null {
  if (text === undefined) return DEFAULT_PORT;
  const port = Number(text);
  return Number.isInteger(port) && port >= 0 && port <= 65535 && text.trim() !== '' ? port : null;
}

/** Why listening failed, in words for whoever started the host; null for a failure that is a bug. */
function listenProblem(code: string | undefined, host: string, port: number): string | null {
  switch (code) {
    case 'EADDRINUSE':
      return `端口 ${port} 已被其他程序占用（可能已经启动了一个法治台账主机）。请关闭占用它的程序，或用 --port 换一个端口，例如 --port 8081。`;
    case 'EACCES':
      return `没有权限使用端口 ${port}，请用 --port 换一个 1024 以上的端口，例如 --port 8080。`;
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND':
      return `本机没有地址“${host}”，请检查 --host（不写则在本机所有网卡上提供服务）。`;
    default:
      return null;
  }
}

function printAddresses(io: CliIo, server: HostServer, host: string): void {
  const everywhere = host === '0.0.0.0' || host === '::';
  const lan = everywhere ? lanAddresses(server.port, server.secure) : [server.url];
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
    const host = values.host?.trim() || '0.0.0.0';
    const clock = values.today === undefined ? null : shiftedClock(values.today);
    if (clock && 'error' in clock) {
      io.err(clock.error);
      return 2;
    }
    const app = openStore(resolveDataDir(values.data), clock?.now);
    if (enabledAdminCount(app.ctx.db) === 0) {
      app.close();
      io.err(`还没有启用的${ROLE_NAMES.admin}账户，主机模式没有启动：没有${ROLE_NAMES.admin}就无法管理同事的账户。`);
      io.err(`请先在主机上运行 fazhi users add 用户名 --name 姓名 --role admin 创建${ROLE_NAMES.admin}${values.data ? `（加上 --data ${values.data}）` : ''}，再运行 fazhi serve。`);
      return 2;
    }
    let server: HostServer;
    try {
      server = await startHostServer({
        registry: app.registry,
        appContext: app.liveContext,
        rendererDir: path.join(__dirname, 'renderer'),
        host,
        port,
        ...(values.cert !== undefined && values.key !== undefined ? { tls: { cert: values.cert, key: values.key } } : {}),
        log: app.log,
      });
    } catch (err) {
      app.close();
      if (err instanceof AppError) throw err;
      const code = (err as NodeJS.ErrnoException).code;
      app.log.warn(`主机模式未能启动：${code ?? '未知原因'}`);
      const problem = listenProblem(code, host, port);
      if (problem === null) throw err;
      io.err(problem);
      return 1;
    }
    app.log.info(`主机模式已启动，${host} 端口 ${server.port}${server.secure ? '（HTTPS）' : ''}`);
    const backups = startBackupScheduler(app.liveContext, (message, err) => io.err(`${message}：${(err as Error).message}`));
    io.out(`法治台账主机模式已启动，端口 ${server.port}。`);
    printAddresses(io, server, host);
    if (values.today !== undefined) io.out(`程序中的“今天”已设为 ${values.today}（演示或检查用）。`);
    io.out(`数据文件夹：${app.dataDir}`);
    io.out('按 Ctrl+C 退出。');
    return new Promise<number>((resolve) => {
      const stop = () => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        void Promise.all([server.close(), backups.stop()]).then(() => {
          app.log.info('主机模式已停止');
          app.close();
          resolve(0);
        });
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
  },
};
