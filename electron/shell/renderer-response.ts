import fs from 'node:fs/promises';
import path from 'node:path';
import { SECURITY_HEADERS } from '../server/content-security';
import { APP_HOST } from './app-origin';
import { contentTypeOf } from '../server/static-files';
import { resolveRendererPath } from './renderer-path';

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' } });
}

async function readOrNull(file: string): Promise<Buffer | null> {
  try {
    return await fs.readFile(file);
  } catch {
    return null;
  }
}

/**
 * Answers one app:// request from the built renderer. The CSP travels on every response here,
 * because webRequest's header hook is not guaranteed to see responses from a custom protocol.
 */
export async function respondFromRenderer(rendererDir: string, request: Request): Promise<Response> {
  const url = new URL(request.url);
  if (url.host !== APP_HOST) return plain(404, '页面不存在。');
  if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, '不支持的请求方式。');
  let file = resolveRendererPath(rendererDir, url.pathname);
  if (file === null) return plain(404, '页面不存在。');
  let body = await readOrNull(file);
  // A path without an extension is a page route, not an asset: give it the app shell.
  if (body === null && path.extname(file) === '') {
    file = path.join(path.resolve(rendererDir), 'index.html');
    body = await readOrNull(file);
  }
  if (body === null) return plain(404, '页面不存在。若刚安装，请先运行 npm run build。');
  const headers = { ...SECURITY_HEADERS, 'Content-Type': contentTypeOf(file), 'Cache-Control': 'no-cache' };
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
}
