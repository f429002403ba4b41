import http from 'node:http';
import path from 'node:path';
import type { AppErrorData } from '../../shared/errors';
import type { AppLog } from '../logging/app-log';
import type { Registry } from '../registry';
import { createBrowserSession } from './browser-session';
import { SECURITY_HEADERS } from './content-security';
import { isLoopbackAddress, isLoopbackHost } from './loopback';
import { BODY_TOO_LARGE_MESSAGE, readJsonBody } from './read-json-body';
import { admitRequest } from './session-gate';
import { readStaticFile } from './static-files';
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

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(text);
}

function refuse(res: http.ServerResponse, status: number, error: AppErrorData): void {
  sendJson(res, status, { ok: false, error });
}

async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, registry: Registry, port: number, op: string) {
  const origin = req.headers.origin;
  if (origin !== undefined && !isLoopbackHost(origin.replace(/^http:\/\//, ''), port)) {
    return refuse(res, 403, { code: 'forbidden', message: '拒绝来自其他网页的请求。' });
  }
  if (req.method !== 'POST') return refuse(res, 405, { code: 'invalid_input', message: '接口只接受 POST 请求。' });
  if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
    return refuse(res, 415, { code: 'invalid_input', message: '请求内容必须是 JSON。' });
  }
  const body = await readJsonBody(req);
  if (body === null) return refuse(res, 413, { code: 'invalid_input', message: BODY_TOO_LARGE_MESSAGE });
  let input: unknown;
  try {
    input = body.length ? JSON.parse(body.toString('utf8')) : {};
  } catch {
    return refuse(res, 400, { code: 'invalid_input', message: '请求内容不是有效的 JSON。' });
  }
  const result = await registry.invoke(op, input);
  sendJson(res, result.ok ? 200 : result.error.code === 'internal' ? 500 : 400, result);
}

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
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, { code: 'invalid_input', message: '不支持的请求方式。' });
    const file = readStaticFile(rendererDir, url);
    if (!file) {
      res.writeHead(404, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('页面不存在。若刚安装，请先运行 npm run build。');
      return;
    }
    res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': file.contentType, 'Cache-Control': 'no-cache' });
    res.end(req.method === 'HEAD' ? undefined : file.body);
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
