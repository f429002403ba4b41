import type http from 'node:http';
import type { AppErrorData } from '../../shared/errors';
import type { BrowserSession } from './browser-session';
import { SECURITY_HEADERS } from './content-security';
import { isFileRoute } from './file-routes';

// The door in front of every browser-mode route (see browser-session.ts). The caller has already
// refused non-loopback peers and foreign Hosts; this decides whether the caller holds this launch's
// secret, and answers for it when not.

export const NOT_SIGNED_IN: AppErrorData = {
  code: 'forbidden',
  message: '没有本次启动的访问口令，请求已拒绝。请打开法治台账启动时显示的地址（带 ?token=…）后再操作；程序重新启动后需要重新打开新显示的地址。',
};

const OPEN_PRINTED_ADDRESS =
  '请打开法治台账启动时显示的地址（以 http://127.0.0.1 开头、带 ?token= 的那一行），复制到浏览器地址栏中打开。程序每次启动都会换一个新地址，重新启动后请用新显示的地址。';

function page(title: string, lead: string): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>法治台账 — ${title}</title></head><body style="font-family:sans-serif;max-width:40em;margin:4em auto;line-height:1.8"><h1 style="font-size:1.4em">${title}</h1><p>${lead}</p><p>${OPEN_PRINTED_ADDRESS}</p></body></html>`;
}

const NO_SESSION_PAGE = page('请用程序显示的地址打开', '这个页面需要本次启动的访问口令，才能查看和修改台账数据。');
const WRONG_TOKEN_PAGE = page('访问口令不正确或已失效', '地址中的口令不是本次启动的口令（可能是旧地址，或复制时少了字符）。');

function answerPage(req: http.IncomingMessage, res: http.ServerResponse, html: string): void {
  res.writeHead(401, { ...SECURITY_HEADERS, 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(req.method === 'HEAD' ? undefined : html);
}

/** To the page without the token, so the secret is not left in the address bar; the browser keeps a #fragment. */
function answerRedirect(res: http.ServerResponse, setCookie: string | null): void {
  res.writeHead(303, { ...SECURITY_HEADERS, Location: '/', 'Cache-Control': 'no-store', ...(setCookie ? { 'Set-Cookie': setCookie } : {}) });
  res.end();
}

/**
 * True when the request may go on to its route. Otherwise it has been answered: the token traded
 * for the cookie (303 to the page), a short Chinese page for a browser without it, or a 401 JSON
 * refusal for the API, uploads, files and exports.
 */
export function admitRequest(req: http.IncomingMessage, res: http.ServerResponse, session: BrowserSession, port: number): boolean {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const signedIn = session.hasCookie(req.headers.cookie, port);
  // /auth/state is asked by the page's script, so it gets the JSON refusal like the API.
  const isPage = !url.pathname.startsWith('/api/') && !url.pathname.startsWith('/auth/') && !isFileRoute(url.pathname);
  const token = url.searchParams.get('token');
  if (isPage && token !== null && (req.method === 'GET' || req.method === 'HEAD')) {
    if (session.isToken(token)) answerRedirect(res, session.setCookie(port));
    // An old bookmarked address in a browser that is already signed in: just drop the stale token.
    else if (signedIn) answerRedirect(res, null);
    else answerPage(req, res, WRONG_TOKEN_PAGE);
    return false;
  }
  if (signedIn) return true;
  if (isPage) {
    answerPage(req, res, NO_SESSION_PAGE);
    return false;
  }
  // Not read: Node drops the rest of an unread body after the answer, so the caller still gets it.
  res.writeHead(401, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify({ ok: false, error: NOT_SIGNED_IN }));
  return false;
}
