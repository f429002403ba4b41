import type { WebServer } from '../../electron/server/http-server';

// Browser mode answers only callers holding the per-launch cookie. Tests get it the way a browser
// does: open the printed address (with ?token=), keep the cookie from the 303 answer.

/** Where a raw test request goes, and the Cookie header it carries (none: an outsider). */
export interface Site {
  port: number;
  cookie?: string;
}

/** The `name=value` part of the cookie the server gives for its printed address. */
export async function signIn(server: Pick<WebServer, 'address'>): Promise<string> {
  const res = await fetch(server.address, { redirect: 'manual' });
  const setCookie = res.headers.get('set-cookie');
  if (res.status !== 303 || !setCookie) throw new Error(`打开启动地址没有得到登录 Cookie（HTTP ${res.status}）`);
  return setCookie.split(';')[0] as string;
}

/** The server and a signed-in Site for it. */
export async function signedInSite(server: WebServer): Promise<Site> {
  return { port: server.port, cookie: await signIn(server) };
}

/** Headers with the site's cookie added, for fetch and http.request alike. */
export function withCookie(site: Site, headers: Record<string, string> = {}): Record<string, string> {
  return site.cookie ? { ...headers, Cookie: site.cookie } : headers;
}
