import http from 'node:http';
import path from 'node:path';
import type { AppErrorData } from '../../shared/errors';
import type { AppLog } from '../logging/app-log';
import type { Registry } from '../registry';
import { SECURITY_HEADERS } from './content-security';
import { isLoopbackAddress, isLoopbackHost } from './loopback';
import { readStaticFile } from './static-files';
import { handleFileRoutes } from './upload-routes';

/** A request body larger than this is refused; attachments will get their own upload route. */
export const MAX_JSON_BODY_BYTES = 10 * 1024 * 1024;

export interface WebServer {
  url: string;
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

function readBody(req: http.IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_JSON_BODY_BYTES) {
        resolve(null);
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
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
  const body = await readBody(req);
  if (body === null) {
    return refuse(res, 413, { code: 'invalid_input', message: `请求内容超过 ${MAX_JSON_BODY_BYTES / 1024 / 1024} MB 上限。` });
  }
  let input: unknown;
  try {
    input = body.length ? JSON.parse(body.toString('utf8')) : {};
  } catch {
    return refuse(res, 400, { code: 'invalid_input', message: '请求内容不是有效的 JSON。' });
  }
  const result = await registry.invoke(op, input);
  sendJson(res, result.ok ? 200 : result.error.code === 'internal' ? 500 : 400, result);
}

/** Browser mode: the built renderer and the registry as JSON, on 127.0.0.1 only. */
export function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const rendererDir = path.resolve(options.rendererDir);
  let port = 0;
  const server = http.createServer((req, res) => {
    if (!isLoopbackAddress(req.socket.remoteAddress)) {
      return refuse(res, 403, { code: 'forbidden', message: '浏览器模式只允许本机访问。' });
    }
    if (!isLoopbackHost(req.headers.host, port)) {
      return refuse(res, 403, { code: 'forbidden', message: '请用 http://127.0.0.1 地址访问。' });
    }
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
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const address = server.address();
      port = typeof address === 'object' && address ? address.port : 0;
      resolve({
        url: `http://127.0.0.1:${port}/`,
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
