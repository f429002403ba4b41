import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { WebServer } from '../../electron/server/http-server';
import { MAX_JSON_BODY_BYTES, startWebServer } from '../../electron/server/http-server';
import { openTempApp, tempDir } from '../helpers/temp-app';
import type { Site } from '../helpers/web-session';
import { signIn, signedInSite, withCookie } from '../helpers/web-session';

const servers: WebServer[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
});

async function serve() {
  const app = openTempApp();
  const rendererDir = tempDir('fazhi-renderer-');
  // With the build's menu (scripts/prerender-shell-plugin.mjs): kept here, left out by the host.
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>法治台账</title><body><!-- static-shell --><div id="static-shell">台账</div><!-- /static-shell --><div id="root"></div>');
  fs.writeFileSync(path.join(tempDir('fazhi-outside-'), 'secret.txt'), 'secret');
  const server = await startWebServer({ registry: app.registry, rendererDir });
  servers.push(server);
  return { app, server, site: await signedInSite(server) };
}

/** Raw request so tests can send the headers a browser never would (foreign Host, no type); with the site's cookie if it has one. */
function request(site: Site, options: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer }) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const headers = withCookie(site, options.headers);
    const req = http.request({ host: '127.0.0.1', port: site.port, method: options.method ?? 'GET', path: options.path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

const json = { 'Content-Type': 'application/json' };

describe('browser mode server', () => {
  it('serves the registry as JSON on 127.0.0.1', async () => {
    const { server, site } = await serve();
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const created = await request(site, {
      method: 'POST',
      path: '/api/activities.create',
      headers: json,
      body: JSON.stringify({ date: '2024-05-19', categoryId: 11, title: '中国旅游日普法' }),
    });
    expect(created.status).toBe(200);
    expect(JSON.parse(created.body)).toMatchObject({ ok: true, data: { title: '中国旅游日普法', categoryName: '普法宣传教育' } });
    const listed = await fetch(`${server.url}api/activities.list`, { method: 'POST', headers: withCookie(site, json), body: '{"year":2024}' });
    expect(await listed.json()).toMatchObject({ ok: true, data: { total: 1 } });
  });

  it('answers bad input with a 400 and the Chinese message', async () => {
    const { site } = await serve();
    const res = await request(site, { method: 'POST', path: '/api/activities.create', headers: json, body: '{"date":"2023-02-30"}' });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body).error.message).toContain('日期：这一天不存在');
    const notJson = await request(site, { method: 'POST', path: '/api/unit.get', headers: json, body: '{oops' });
    expect(JSON.parse(notJson.body).error.message).toBe('请求内容不是有效的 JSON。');
  });

  it('refuses a foreign Host (DNS rebinding), a foreign Origin, and a non-JSON body', async () => {
    const { site } = await serve();
    const host = await request(site, { path: '/', headers: { Host: 'evil.example:80' } });
    expect(host.status).toBe(403);
    const origin = await request(site, { method: 'POST', path: '/api/unit.get', headers: { ...json, Origin: 'http://evil.example' }, body: '{}' });
    expect(origin.status).toBe(403);
    expect(JSON.parse(origin.body).error.code).toBe('forbidden');
    const form = await request(site, { method: 'POST', path: '/api/unit.update', headers: { 'Content-Type': 'text/plain' }, body: '{"name":"x"}' });
    expect(form.status).toBe(415);
  });

  it('answers an 11 MB body with the 413 that states the limit, not a reset connection', async () => {
    const { server, app, site } = await serve();
    expect(MAX_JSON_BODY_BYTES).toBe(10 * 1024 * 1024);
    const big = JSON.stringify({ name: 'x'.repeat(11 * 1024 * 1024) });
    const raw = await request(site, { method: 'POST', path: '/api/unit.update', headers: json, body: big });
    expect(raw.status).toBe(413);
    expect(JSON.parse(raw.body).error.message).toContain('超过 10 MB 的上限');
    // As the page sends it (fetch declares the length), and again on the same keep-alive pool.
    for (let i = 0; i < 2; i++) {
      const res = await fetch(`${server.url}api/unit.update`, { method: 'POST', headers: withCookie(site, json), body: big });
      expect(res.status).toBe(413);
      expect(((await res.json()) as { error: { message: string } }).error.message).toContain('超过 10 MB 的上限');
    }
    // Sent in chunks with no declared length: counted while reading.
    const chunked = await request(site, { method: 'POST', path: '/api/unit.update', headers: { ...json, 'Transfer-Encoding': 'chunked' }, body: big });
    expect(chunked.status).toBe(413);
    expect((await app.registry.call('unit.get', {})).name).toBe('');
    const after = await request(site, { method: 'POST', path: '/api/unit.get', headers: json, body: '{}' });
    expect(after.status).toBe(200);
  });

  it('serves the page with a strict CSP and never a file outside the renderer folder', async () => {
    const { site } = await serve();
    const page = await request(site, { path: '/' });
    expect(page.status).toBe(200);
    expect(page.body).toContain('法治台账');
    expect(page.body).toContain('<div id="static-shell">台账</div>');
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    expect(page.headers['content-security-policy']).toContain("connect-src 'self'");
    for (const p of ['/../fazhi-outside/secret.txt', '/%2e%2e/%2e%2e/etc/passwd', '/..%2f..%2fetc%2fpasswd']) {
      const res = await request(site, { path: p });
      expect(res.body).not.toContain('secret');
      expect(res.body).not.toContain('root:');
    }
  });

  it('serves an export for download under its Chinese name, and nothing for an id it did not make', async () => {
    const { server, app, site } = await serve();
    await app.registry.call('activities.create', { date: '2024-12-04', categoryId: 11, title: '国家宪法日宣传' });
    const made = await app.registry.call('ledger.export', { year: 2024 });
    const res = await fetch(`${server.url}exports/${made.exportId}?name=${encodeURIComponent(made.fileName)}`, { headers: withCookie(site) });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent('法治台账2024年导出.xlsx')}`);
    expect(Buffer.from(await res.arrayBuffer()).subarray(0, 2).toString('latin1')).toBe('PK');
    for (const bad of ['../fazhi.db', '00000000-0000-4000-8000-000000000000.xlsx']) {
      const refused = await request(site, { path: `/exports/${encodeURIComponent(bad)}` });
      expect(refused.status).toBe(404);
      expect(JSON.parse(refused.body).error.message).toContain('导出的文件不存在或已过期');
    }
  });

  it('prints an address with a fresh token each launch, and trades it for an HttpOnly SameSite=Strict cookie and a redirect without it', async () => {
    const { server } = await serve();
    const { server: other } = await serve();
    expect(server.address).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{43}$/);
    expect(server.address.startsWith(server.url)).toBe(true);
    expect(new URL(server.address).searchParams.get('token')).not.toBe(new URL(other.address).searchParams.get('token'));
    const traded = await fetch(server.address, { redirect: 'manual' });
    expect(traded.status).toBe(303);
    expect(traded.headers.get('location')).toBe('/');
    const cookie = traded.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(new RegExp(`^fazhi_session_${server.port}=[A-Za-z0-9_-]{43}; `));
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).toContain('Path=/');
    // The cookie is not the token: the one may stay in a browser's history, the other must not leak with it.
    expect(cookie).not.toContain(new URL(server.address).searchParams.get('token'));
    const page = await request({ port: server.port, cookie: cookie.split(';')[0] }, { path: '/' });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>法治台账</title>');
  });

  it('refuses another local process without the token: every API, upload, file and export route answers 401 in Chinese', async () => {
    const { server, app } = await serve();
    const outsider: Site = { port: server.port };
    const api = await fetch(`${server.url}api/activities.list`, { method: 'POST', headers: json, body: '{}' });
    expect(api.status).toBe(401);
    const refusal = (await api.json()) as { ok: boolean; error: { code: string; message: string } };
    expect(refusal).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(refusal.error.message).toContain('请打开法治台账启动时显示的地址');
    const write = await request(outsider, { method: 'POST', path: '/api/unit.update', headers: json, body: '{"name":"某某局"}' });
    expect(write.status).toBe(401);
    expect((await app.registry.call('unit.get', {})).name).toBe('');
    for (const [method, p] of [
      ['POST', '/upload?name=a.pdf'],
      ['GET', '/files/00000000-0000-4000-8000-000000000000'],
      ['GET', '/files/00000000-0000-4000-8000-000000000000/thumbnail'],
      ['GET', '/exports/00000000-0000-4000-8000-000000000000.xlsx'],
      ['POST', '/api/backup.create'],
    ] as const) {
      const res = await request(outsider, { method, path: p, headers: { 'Content-Type': method === 'POST' && p.startsWith('/upload') ? 'application/octet-stream' : 'application/json' }, body: method === 'POST' ? '{}' : undefined });
      expect(res.status, p).toBe(401);
      expect(JSON.parse(res.body).error.message, p).toContain('访问口令');
    }
    // A token on an API call does not stand in for the cookie: only the page trades it.
    const token = new URL(server.address).searchParams.get('token');
    expect((await request(outsider, { method: 'POST', path: `/api/unit.get?token=${token}`, headers: json, body: '{}' })).status).toBe(401);
    // The page itself: a short Chinese page saying which address to open, and nothing of the app.
    const page = await request(outsider, { path: '/' });
    expect(page.status).toBe(401);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.body).toContain('请打开法治台账启动时显示的地址');
    expect(page.body).not.toContain('<title>法治台账</title>');
    // An 11 MB body from outside gets its 401 too, not a reset connection.
    const big = await request(outsider, { method: 'POST', path: '/api/unit.update', headers: json, body: JSON.stringify({ name: 'x'.repeat(11 * 1024 * 1024) }) });
    expect(big.status).toBe(401);
  });

  it('refuses a wrong token, a forged cookie, and the cookie of another launch; accepts the right one', async () => {
    const { server } = await serve();
    const { server: earlier } = await serve();
    const token = new URL(server.address).searchParams.get('token') as string;
    const flipped = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    for (const wrong of ['wrong', flipped, token.slice(0, -1), `${token}x`, '']) {
      const res = await fetch(`${server.url}?token=${encodeURIComponent(wrong)}`, { redirect: 'manual' });
      expect(res.status, wrong).toBe(401);
      expect(res.headers.get('set-cookie'), wrong).toBeNull();
      expect(await res.text()).toContain('访问口令不正确或已失效');
    }
    const name = `fazhi_session_${server.port}`;
    const earlierCookie = (await signIn(earlier)).replace(/^fazhi_session_\d+=/, `${name}=`);
    for (const cookie of [`${name}=${token}`, `${name}=forged`, earlierCookie, `fazhi_session_1=${token}`]) {
      const res = await request({ port: server.port, cookie }, { method: 'POST', path: '/api/unit.get', headers: json, body: '{}' });
      expect(res.status, cookie).toBe(401);
    }
    const right = await signIn(server);
    // Other cookies around it (a second server on this machine, an old forged one) do not get in the way.
    const res = await request({ port: server.port, cookie: `${name}=forged; ${right}; other=1` }, { method: 'POST', path: '/api/unit.get', headers: json, body: '{}' });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ ok: true });
    // A signed-in browser opening an old address with a stale token is just taken to the page.
    const stale = await request({ port: server.port, cookie: right }, { path: '/?token=old' });
    expect(stale.status).toBe(303);
    expect(stale.headers['set-cookie']).toBeUndefined();
  });

  it('listens on the loopback interface only', async () => {
    const { server } = await serve();
    expect(server.url.startsWith('http://127.0.0.1:')).toBe(true);
  });
});
