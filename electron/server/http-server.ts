import http from 'node:http';
import path from 'node:path';
import pkg from '../../package.json';
import type { LocalState } from '../../shared/auth/host-state';
import type { AppLog } from '../logging/app-log';
import type { Registry } from '../registry';
import { createBrowserSession } from './browser-session';
import { statusOf } from './error-status';
import { refuse, sendJson } from './json-reply';
import { readJsonRequest } from './json-request';
import { isLoopbackAddress, isLoopbackHost } from './loopback';
import { admitRequest } from './session-gate';
import { serveStatic } from './static-reply';
import { handleFileRoutes } from './upload-routes';

export { MAX_JSON_BODY_BYTES } from './read-json-body';

export interface WebServer {
  /** The server's root, e.g. http://127.0.0.1:41234/ (opening it without the token is refused). */
  url: string;
  /** What to print and open: the root with this launch's token, e.g. http://127.0.0.1:41234/?token=… */
  address: string;
  port: number;
  close(): Promise<void>;
}

export interface WebServerOptions {
  registry: Registry;
  rendererDir: string;
  port?: number;
  /** Where a failure of the server itself (not of an operation) is written down. */
  log?: AppLog;
}

async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, registry: Registry, port: number, op: string) {
  const origin = req.headers.origin;
  if (origin !== undefined && !isLoopbackHost(origin.replace(/^http:\/\//, ''), port)) {
    return refuse(res, 403, { code: 'forbidden', message: '拒绝来自其他网页的请求。' });
  }
  const body = await readJsonRequest(req, res);
  if (!body) return;
  const result = await registry.invoke(op, body.input);
  sendJson(res, result.ok ? 200 : statusOf(result.error.code), result);
}

const LOCAL_STATE: LocalState = { mode: 'local', version: pkg.version };

/** Browser mode: the built renderer and the registry as JSON, on 127.0.0.1 only, to holders of this launch's token. */
export function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const rendererDir = path.resolve(options.rendererDir);
  const session = createBrowserSession();
  let port = 0;
  const server = http.createServer((req, res) => {
    if (!isLoopbackAddress(req.socket.remoteAddress)) {
      return refuse(res, 403, { code: 'forbidden', message: '浏览器模式只允许本机访问。' });
    }
    if (!isLoopbackHost(req.headers.host, port)) {
      return refuse(res, 403, { code: 'forbidden', message: '请用 http://127.0.0.1 地址访问。' });
    }
    if (!admitRequest(req, res, session, port)) return;
    const url = req.url ?? '/';
    if (handleFileRoutes(req, res, options.registry, port)) return;
    const api = /^\/api\/([A-Za-z0-9_.-]{1,80})$/.exec(url);
    if (api) {
      handleApi(req, res, options.registry, port, api[1] as string).catch((err: unknown) => {
        console.error('[法治台账] 接口出错：', err);
        options.log?.internal('浏览器模式接口', err);
        if (!res.headersSent) refuse(res, 500, { code: 'internal', message: '程序内部出错。' });
      });
      return;
    }
    if (url.startsWith('/api/')) return refuse(res, 404, { code: 'unknown_operation', message: '没有这个接口。' });
    // The page asks which mode it is in (host mode answers with its sign-in state instead).
    if (url === '/auth/state' && req.method === 'GET') return sendJson(res, 200, LOCAL_STATE);
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, { code: 'invalid_input', message: '不支持的请求方式。' });
    serveStatic(req, res, rendererDir, { staticShell: true });
  });
  // Node's default of 5 s closes an idle connection just as a browser may reuse it, and that request
  // then fails with a reset; a local page can keep its connections as long as it likes.
  server.keepAliveTimeout = 120_000;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const address = server.address();
      port = typeof address === 'object' && address ? address.port : 0;
      resolve({
        url: `http://127.0.0.1:${port}/`,
        address: `http://127.0.0.1:${port}/?token=${session.token}`,
        port,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
