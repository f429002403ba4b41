import fs from 'node:fs';
import type http from 'node:http';
import type { Registry } from '../registry';
import type { FileReply } from './file-reply';
import { FOREIGN_ORIGIN, refusal } from './file-reply';
import type { FileRouteOptions } from './file-routes';
import { answerFileRequest, isFileRoute } from './file-routes';
import { isLoopbackHost } from './loopback';

// Browser mode's adapter for the file routes (file-routes.ts). The caller has already refused
// non-loopback peers and foreign Hosts; a foreign Origin is refused here.

function foreignOrigin(req: http.IncomingMessage, port: number): boolean {
  const origin = req.headers.origin;
  return origin !== undefined && !isLoopbackHost(origin.replace(/^http:\/\//, ''), port);
}

function send(req: http.IncomingMessage, res: http.ServerResponse, reply: FileReply): void {
  // An upload refused before its end: answer, then drop the connection rather than read on.
  const unread = reply.stoppedReading === true && !req.complete;
  res.writeHead(reply.status, unread ? { ...reply.headers, Connection: 'close' } : reply.headers);
  if (unread) res.once('finish', () => req.destroy());
  if (reply.body === null) return void res.end();
  if ('json' in reply.body) return void res.end(JSON.stringify(reply.body.json));
  const stream = fs.createReadStream(reply.body.file);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}

function header(req: http.IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

function splitUrl(req: http.IncomingMessage): [string, string] {
  const url = req.url ?? '/';
  const q = url.indexOf('?');
  return q < 0 ? [url, ''] : [url.slice(0, q), url.slice(q + 1)];
}

/** Answers /upload and /files/…; returns false for any other path so the caller serves it. */
export function handleFileRoutes(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  registry: Registry,
  port: number,
  options: FileRouteOptions = {},
): boolean {
  if (!isFileRoute(splitUrl(req)[0])) return false;
  if (foreignOrigin(req, port)) {
    send(req, res, refusal(403, FOREIGN_ORIGIN));
    return true;
  }
  serveFileRoute(req, res, registry, options);
  return true;
}

/**
 * Answers a request already known to be a file route, whose caller has checked who is asking and
 * from which page (host mode: its session and its own Origin rule), through `registry`.
 */
export function serveFileRoute(req: http.IncomingMessage, res: http.ServerResponse, registry: Registry, options: FileRouteOptions = {}): void {
  const [pathname, search] = splitUrl(req);
  const request = { method: req.method ?? 'GET', pathname, query: new URLSearchParams(search), header: (name: string) => header(req, name), body: req };
  answerFileRequest(registry, request, options)
    .then((reply) => send(req, res, reply))
    .catch((err: unknown) => {
      console.error('[法治台账] 文件请求出错：', err);
      if (!res.headersSent) send(req, res, refusal(500, { code: 'internal', message: '程序内部出错。' }));
      else res.destroy();
    });
}
