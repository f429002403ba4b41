import path from 'node:path';
import { ROLE_NAMES } from '../../shared/auth/roles';
import { AppError } from '../../shared/errors';
import type { AppContext, SharingControl, SharingRunning } from '../app-context';
import type { AppLog } from '../logging/app-log';
import type { OpenApp, OpenAppOptions } from '../open-app';
import { openApp } from '../open-app';
import type { Registry } from '../registry';
import { enabledAdminCount } from '../store/user-store';
import { lanAddresses } from './host-addresses';
import type { HostServer } from './host-server';
import { startHostServer } from './host-server';
import type { TlsFiles } from './host-tls';

// Host mode over an app that is already open: `fazhi serve` starts it once and for good; the
// desktop window and `fazhi web` start and stop it from the 局域网共享 page (sharing.* operations,
// electron/handlers/sharing-handlers.ts). Plain Node: the shells only call it.
//
// Stopping only stops listening: the sessions stay in the store, so a colleague's page goes on
// after sharing starts again on the same port (the cookie is named by the port).

/** Where the words of a refusal send the person: the command's flags, or the page's fields. */
export type HostWording = 'cli' | 'page';

export const NO_ADMIN_MESSAGE = `还没有启用的${ROLE_NAMES.admin}账户，主机模式没有启动：没有${ROLE_NAMES.admin}就无法管理同事的账户。`;

/** Why listening failed, in words for whoever started the host; null for a failure that is a bug. */
export function listenProblem(code: string | undefined, host: string, port: number, wording: HostWording): string | null {
  const cli = wording === 'cli';
  switch (code) {
    case 'EADDRINUSE':
      return `端口 ${port} 已被其他程序占用（可能已经启动了一个法治台账主机）。请关闭占用它的程序，或${cli ? '用 --port 换一个端口，例如 --port 8081' : '换一个端口，例如 8081'}。`;
    case 'EACCES':
      return `没有权限使用端口 ${port}，请${cli ? '用 --port 换一个 1024 以上的端口，例如 --port 8080' : '换一个 1024 以上的端口，例如 8080'}。`;
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND':
      return `本机没有地址“${host}”，请检查${cli ? ' --host（不写则在本机所有网卡上提供服务）' : '地址（不填则在本机所有网卡上提供服务）'}。`;
    default:
      return null;
  }
}

/** True when the host listens on every network card (then colleagues are told each card's address). */
export function listensEverywhere(host: string): boolean {
  return host === '0.0.0.0' || host === '::';
}

/** The addresses to tell colleagues: each card's when listening everywhere, else the one bound. */
export function addressesFor(running: SharingRunning): string[] {
  return listensEverywhere(running.host) ? lanAddresses(running.port, running.secure) : [running.url];
}

/**
 * True only for this machine's own way into the running host (its `url`: http(s)://127.0.0.1:<port>/…
 * when listening on every card): the one address the desktop window may hand to the system browser.
 */
export function isOwnHostUrl(raw: string, running: SharingRunning | null): boolean {
  if (!running) return false;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return url.origin === new URL(running.url).origin && url.username === '' && url.password === '';
}

/** What the controller needs of the open app (an OpenApp has all of it). */
export interface HostedApp {
  registry: Registry;
  liveContext(): AppContext | null;
  log: AppLog;
}

export interface HostStartOptions {
  host: string;
  port: number;
  tls?: TlsFiles;
}

export interface HostController extends SharingControl {
  /** Resolves to what is listening; rejects with an AppError in the wording chosen, or the error itself for a bug. */
  start(options: HostStartOptions): Promise<SharingRunning>;
}

export interface HostControllerOptions {
  /** Read at each start: the app may be handed in after the controller was made (openAppWithSharing). */
  app: () => HostedApp;
  rendererDir: string;
  wording: HostWording;
  /** Said after NO_ADMIN_MESSAGE: where to create the first 管理员 (default: the 局域网共享 page's step 1). */
  noAdminHint?: string;
}

const PAGE_NO_ADMIN_HINT = `请先在本页第1步创建${ROLE_NAMES.admin}，再开启局域网共享。`;

export function createHostController(options: HostControllerOptions): HostController {
  let server: HostServer | null = null;
  let running: SharingRunning | null = null;
  let pending: Promise<unknown> | null = null;

  async function listen(app: HostedApp, start: HostStartOptions): Promise<SharingRunning> {
    const ctx = app.liveContext();
    if (!ctx) throw new AppError('database_damaged', '数据文件已损坏，正在等待恢复，不能开启局域网共享。请先从备份恢复。');
    if (enabledAdminCount(ctx.db) === 0) throw new AppError('conflict', `${NO_ADMIN_MESSAGE}${options.noAdminHint ?? PAGE_NO_ADMIN_HINT}`);
    try {
      server = await startHostServer({
        registry: app.registry,
        appContext: app.liveContext,
        rendererDir: options.rendererDir,
        host: start.host,
        port: start.port,
        ...(start.tls ? { tls: start.tls } : {}),
        log: app.log,
      });
    } catch (err) {
      if (err instanceof AppError) throw err;
      const code = (err as NodeJS.ErrnoException).code;
      app.log.warn(`主机模式未能启动：${code ?? '未知原因'}`);
      const problem = listenProblem(code, start.host, start.port, options.wording);
      if (problem === null) throw err;
      throw new AppError('conflict', problem);
    }
    running = { host: start.host, port: server.port, url: server.url, secure: server.secure };
    app.log.info(`主机模式已启动，${start.host} 端口 ${server.port}${server.secure ? '（HTTPS）' : ''}`);
    return running;
  }

  async function close(): Promise<void> {
    const closing = server;
    if (!closing) return;
    server = null;
    running = null;
    // Synchronous up to here (listener and connections gone), so a shell that cannot wait may close the store next.
    const done = closing.close();
    options.app().log.info('主机模式已停止');
    await done;
  }

  return {
    async start(start) {
      if (pending) throw new AppError('conflict', '正在开启或停止局域网共享，请稍候再试。');
      if (running) throw new AppError('conflict', `局域网共享已经开启（端口 ${running.port}），不用再开启。要换端口，请先停止共享。`);
      const started = listen(options.app(), start);
      pending = started.catch(() => undefined);
      try {
        return await started;
      } finally {
        pending = null;
      }
    },
    async stop() {
      if (pending) await pending;
      await close();
    },
    running: () => running,
  };
}

/**
 * openApp with 局域网共享 beside it: the controller is in every handler's context (ctx.sharing),
 * reopened stores included. The shell stops it before closing the app.
 */
export function openAppWithSharing(options: Omit<OpenAppOptions, 'sharing'>, rendererDir: string): { app: OpenApp; host: HostController } {
  let opened: OpenApp | null = null;
  const host = createHostController({
    app: () => {
      if (!opened) throw new Error('程序还没有打开数据');
      return opened;
    },
    rendererDir: path.resolve(rendererDir),
    wording: 'page',
  });
  opened = openApp({ ...options, sharing: host });
  return { app: opened, host };
}
