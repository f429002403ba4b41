import type http from 'node:http';
import type { AppErrorData } from '../../shared/errors';

// CSRF on the LAN. A request that carries an Origin must come from the host's own page: the scheme
// this server speaks plus the Host the browser addressed (an IP, a name, any port), so it works
// whatever address a colleague typed. A request without Origin is let through, because:
//  - the session cookie is SameSite=Strict, so a request started by another site's page carries no
//    session and is refused as not signed in anyway;
//  - every POST route reads only application/json, which another site can send only after a CORS
//    preflight that this server never approves (so a cross-site form cannot sign anyone in either);
//  - browsers this app supports send Origin on every POST from script, so requiring it would only
//    shut out tools (curl) and older browsers, not attackers.
// A page on a rebound DNS name would pass the Origin = Host test, but its requests carry no cookie of ours.

export const FOREIGN_PAGE: AppErrorData = { code: 'forbidden', message: '拒绝来自其他网页的请求。请直接在浏览器地址栏打开主机的法治台账地址后再操作。' };

export function isOwnOrigin(req: http.IncomingMessage, secure: boolean): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  const host = req.headers.host;
  if (!host) return false;
  return origin.toLowerCase() === `${secure ? 'https' : 'http'}://${host.toLowerCase()}`;
}
