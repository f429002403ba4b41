import type http from 'node:http';
import { SECURITY_HEADERS } from './content-security';
import { readStaticFile } from './static-files';

// The built renderer, as both HTTP servers serve it. Its files hold no data, so they need no sign-in.

export function serveStatic(req: http.IncomingMessage, res: http.ServerResponse, rendererDir: string): void {
  const file = readStaticFile(rendererDir, req.url ?? '/');
  if (!file) {
    res.writeHead(404, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('页面不存在。若刚安装，请先运行 npm run build。');
    return;
  }
  res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': file.contentType, 'Cache-Control': 'no-cache' });
  res.end(req.method === 'HEAD' ? undefined : file.body);
}
