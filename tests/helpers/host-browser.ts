import { hostCookieName } from '../../electron/server/host-session-cookie';

// One colleague's browser against a host-mode server, over real HTTP: it keeps the session cookie
// the way a browser does (set by Set-Cookie, dropped by Max-Age=0), so several can be signed in at once.

export interface Reply {
  status: number;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- each test reads its own shape
  setCookie: string | null;
}

export class HostBrowser {
  cookie: string | null = null;

  constructor(
    readonly base: string,
    readonly port: number,
  ) {}

  async send(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Reply> {
    const all: Record<string, string> = { ...headers };
    if (body !== undefined) all['Content-Type'] ??= 'application/json';
    if (this.cookie) all.Cookie = this.cookie;
    const res = await fetch(`${this.base}${path.replace(/^\//, '')}`, {
      method,
      headers: all,
      ...(body !== undefined ? { body: typeof body === 'string' ? body : Buffer.isBuffer(body) ? new Uint8Array(body) : JSON.stringify(body) } : {}),
    });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) {
      const pair = setCookie.split(';')[0] as string;
      this.cookie = /Max-Age=0/i.test(setCookie) ? null : pair;
    }
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // a page, not JSON
    }
    return { status: res.status, body: parsed, setCookie };
  }

  state(headers?: Record<string, string>): Promise<Reply> {
    return this.send('GET', '/auth/state', undefined, headers);
  }

  login(username: string, password: string): Promise<Reply> {
    return this.send('POST', '/auth/login', { username, password });
  }

  api(op: string, input: unknown = {}, headers?: Record<string, string>): Promise<Reply> {
    return this.send('POST', `/api/${op}`, input, headers);
  }

  /** The session token this browser holds (as the store's session id is its hash). */
  token(): string | null {
    const prefix = `${hostCookieName(this.port)}=`;
    return this.cookie?.startsWith(prefix) ? this.cookie.slice(prefix.length) : null;
  }
}
