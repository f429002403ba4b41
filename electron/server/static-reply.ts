import type http from 'node:http';
import { SECURITY_HEADERS } from './content-security';
import { withoutStaticShell } from '../../shared/static-shell';
import { readStaticFile } from './static-files';

// The built renderer, as both HTTP servers serve it. Its files hold no data, so they need no sign-in.

export interface ServeStaticOptions {
  /** False on the host: its page starts with the sign-in screen, not the build's menu (shared/static-shell.ts). */
  staticShell: boolean;
}

export function serveStatic(req: http.IncomingMessage, res: http.ServerResponse, rendererDir: string, options: ServeStaticOptions): void {
  const found = readStaticFile(rendererDir, req.url ?? '/');
  const file = found && !options.staticShell && found.contentType.startsWith('text/html') ? { ...found, body: Buffer.from(withoutStaticShell(found.body.toString('utf8'))) } : found;
  if (!file) {
    res.writeHead(404, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('页面不存在。若刚安装，请先运行 npm run build。');
    return;
  }
  res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': file.contentType, 'Cache-Control': 'no-cache' });
  res.end(req.method === 'HEAD' ? undefined : file.body);
}
