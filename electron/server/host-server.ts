import http from 'node:http';
import https from 'node:https';
import path from 'node:path';
import { asCaller } from '../registry';
import type { AppContext } from '../app-context';
import type { AppLog } from '../logging/app-log';
import type { Registry } from '../registry';
import { isFileRoute } from './file-routes';
import { handleHostApi } from './host-api';
import { handleAuthRoute } from './host-auth-routes';
import type { HostDeps } from './host-deps';
import { FOREIGN_PAGE, isOwnOrigin } from './host-origin';
import { sessionOfRequest } from './host-request-session';
import { startStaleSessionTimer } from './host-stale-sessions';
import { notSignedIn } from './host-state-of';
import type { TlsFiles } from './host-tls';
import { loadTls } from './host-tls';
import { versionMismatch } from './host-version';
import { refuse } from './json-reply';
import { serveStatic } from './static-reply';
import { serveFileRoute } from './upload-routes';

// Host mode (fazhi serve): the same page and API as browser mode, for colleagues' browsers on the
// LAN, each signed in with their own account. The page's files are served to anyone (they hold no
// data); every /api/ call and file route is made as the signed-in user, so the registry decides
// what their role and 科室 allow and writes the audit row.

export interface HostServerOptions {
  registry: Registry;
  /** The open store now (null in recovery mode): read per request, so a restore from backup is followed. */
  appContext: () => AppContext | null;
  rendererDir: string;
  /** Default 0.0.0.0: every network card. */
  host?: string;
  /** Default 0: any free port. */
  port?: number;
  /** PEM files for https://; without them plain http:// on the LAN. */
  tls?: TlsFiles;
  log?: AppLog;
}

export interface HostServer {
  port: number;
  /** http(s)://<host>:<port>/ as bound (127.0.0.1 in place of 0.0.0.0: this machine's own way in). */
  url: string;
  secure: boolean;
  close(): Promise<void>;
}

const PASSWORD_FIRST = { code: 'password_change_required', message: '首次登录或密码已过期，请先修改密码' } as const;
const RECOVERY = { code: 'database_damaged', message: '主机上的数据文件已损坏，正在等待恢复，暂时不能使用。请联系管理员在主机上从备份恢复。' } as const;
/** The one operation a user who must change their password may still call: the page needs it to draw itself. */
const ALLOWED_BEFORE_CHANGE = 'app.info';

async function route(req: http.IncomingMessage, res: http.ServerResponse, deps: HostDeps, options: HostServerOptions, rendererDir: string): Promise<void> {
  const pathname = new URL(req.url ?? '/', 'http://host').pathname;
  const isApi = pathname.startsWith('/api/');
  const isAuth = pathname.startsWith('/auth/');
  if (!isApi && !isAuth && !isFileRoute(pathname)) {
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, { code: 'invalid_input', message: '不支持的请求方式。' });
    return serveStatic(req, res, rendererDir, { staticShell: false });
  }
  if (!isOwnOrigin(req, deps.secure)) return refuse(res, 403, FOREIGN_PAGE);
  const ctx = options.appContext();
  if (!ctx) return refuse(res, 503, RECOVERY);
  // Asking the state is how a stale page learns the host's version, so that one is never refused for it.
  const stale = pathname === '/auth/state' ? null : versionMismatch(req, ctx.version);
  if (stale) return refuse(res, 409, stale);
  if (isAuth) return handleAuthRoute(req, res, ctx, deps, pathname);

  const who = sessionOfRequest(ctx, req, deps.port());
  if (!who.signedIn) return refuse(res, 401, notSignedIn(who.ended));
  const api = /^\/api\/([A-Za-z0-9_.-]{1,80})$/.exec(pathname);
  if (who.passwordStatus.mustChange && !(api && api[1] === ALLOWED_BEFORE_CHANGE)) return refuse(res, 403, PASSWORD_FIRST);
  const asUser = asCaller(options.registry, who.caller);
  if (api) return handleHostApi(req, res, asUser, api[1] as string);
  if (isApi) return refuse(res, 404, { code: 'unknown_operation', message: '没有这个接口。' });
  serveFileRoute(req, res, asUser);
}

/** Rejects with an AppError (invalid_input) for an unusable certificate, or the listen error (EADDRINUSE…). */
export async function startHostServer(options: HostServerOptions): Promise<HostServer> {
  const rendererDir = path.resolve(options.rendererDir);
  const tls = options.tls ? loadTls(options.tls) : null;
  let port = 0;
  const deps: HostDeps = { registry: options.registry, secure: tls !== null, port: () => port, ...(options.log ? { log: options.log } : {}) };
  const handler = (req: http.IncomingMessage, res: http.ServerResponse) => {
    route(req, res, deps, options, rendererDir).catch((err: unknown) => {
      console.error('[法治台账] 主机模式接口出错：', err);
      options.log?.internal('主机模式接口', err);
      if (!res.headersSent) refuse(res, 500, { code: 'internal', message: '程序内部出错。' });
      else res.destroy();
    });
  };
  const server = tls ? https.createServer({ cert: tls.cert, key: tls.key }, handler) : http.createServer(handler);
  // As in browser mode: a browser reuses an idle connection for a while, and Node's 5 s would reset it under it.
  server.keepAliveTimeout = 120_000;
  const host = options.host ?? '0.0.0.0';
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      const address = server.address();
      port = typeof address === 'object' && address ? address.port : 0;
      const stale = startStaleSessionTimer(options.appContext, options.log);
      const shown = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
      resolve({
        port,
        url: `${tls ? 'https' : 'http'}://${shown}:${port}/`,
        secure: tls !== null,
        close: () =>
          new Promise<void>((done) => {
            stale.stop();
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
