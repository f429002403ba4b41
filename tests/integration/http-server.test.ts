import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { WebServer } from '../../electron/server/http-server';
import { MAX_JSON_BODY_BYTES, startWebServer } from '../../electron/server/http-server';
import { openTempApp, tempDir } from '../helpers/temp-app';

const servers: WebServer[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
});

async function serve() {
  const app = openTempApp();
  const rendererDir = tempDir('fazhi-renderer-');
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>法治台账</title>');
  fs.writeFileSync(path.join(tempDir('fazhi-outside-'), 'secret.txt'), 'secret');
  const server = await startWebServer({ registry: app.registry, rendererDir });
  servers.push(server);
  return { app, server };
}

/** Raw request so tests can send the headers a browser never would (foreign Host, no type). */
function request(port: number, options: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer }) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: options.headers }, (res) => {
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
    const { server } = await serve();
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const created = await request(server.port, {
      method: 'POST',
      path: '/api/activities.create',
      headers: json,
      body: JSON.stringify({ date: '2024-05-19', categoryId: 11, title: '中国旅游日普法' }),
    });
    expect(created.status).toBe(200);
    expect(JSON.parse(created.body)).toMatchObject({ ok: true, data: { title: '中国旅游日普法', categoryName: '普法宣传教育' } });
    const listed = await fetch(`${server.url}api/activities.list`, { method: 'POST', headers: json, body: '{"year":2024}' });
    expect(await listed.json()).toMatchObject({ ok: true, data: { total: 1 } });
  });

  it('answers bad input with a 400 and the Chinese message', async () => {
    const { server } = await serve();
    const res = await request(server.port, { method: 'POST', path: '/api/activities.create', headers: json, body: '{"date":"2023-02-30"}' });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body).error.message).toContain('日期：这一天不存在');
    const notJson = await request(server.port, { method: 'POST', path: '/api/unit.get', headers: json, body: '{oops' });
    expect(JSON.parse(notJson.body).error.message).toBe('请求内容不是有效的 JSON。');
  });

  it('refuses a foreign Host (DNS rebinding), a foreign Origin, and a non-JSON body', async () => {
    const { server } = await serve();
    const host = await request(server.port, { path: '/', headers: { Host: 'evil.example:80' } });
    expect(host.status).toBe(403);
    const origin = await request(server.port, { method: 'POST', path: '/api/unit.get', headers: { ...json, Origin: 'http://evil.example' }, body: '{}' });
    expect(origin.status).toBe(403);
    expect(JSON.parse(origin.body).error.code).toBe('forbidden');
    const form = await request(server.port, { method: 'POST', path: '/api/unit.update', headers: { 'Content-Type': 'text/plain' }, body: '{"name":"x"}' });
    expect(form.status).toBe(415);
  });

  it('refuses a body over the stated limit', async () => {
    const { server, app } = await serve();
    const big = JSON.stringify({ name: 'x'.repeat(MAX_JSON_BODY_BYTES + 10) });
    const res = await request(server.port, { method: 'POST', path: '/api/unit.update', headers: json, body: big }).catch(() => ({ status: 413, body: '' }));
    expect(res.status).toBe(413);
    expect((await app.registry.call('unit.get', {})).name).toBe('');
  });

  it('serves the page with a strict CSP and never a file outside the renderer folder', async () => {
    const { server } = await serve();
    const page = await request(server.port, { path: '/' });
    expect(page.status).toBe(200);
    expect(page.body).toContain('法治台账');
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    expect(page.headers['content-security-policy']).toContain("connect-src 'self'");
    for (const p of ['/../fazhi-outside/secret.txt', '/%2e%2e/%2e%2e/etc/passwd', '/..%2f..%2fetc%2fpasswd']) {
      const res = await request(server.port, { path: p });
      expect(res.body).not.toContain('secret');
      expect(res.body).not.toContain('root:');
    }
  });

  it('serves an export for download under its Chinese name, and nothing for an id it did not make', async () => {
    const { server, app } = await serve();
    await app.registry.call('activities.create', { date: '2024-12-04', categoryId: 11, title: '国家宪法日宣传' });
    const made = await app.registry.call('ledger.export', { year: 2024 });
    const res = await fetch(`${server.url}exports/${made.exportId}?name=${encodeURIComponent(made.fileName)}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent('法治台账2024年导出.xlsx')}`);
    expect(Buffer.from(await res.arrayBuffer()).subarray(0, 2).toString('latin1')).toBe('PK');
    for (const bad of ['../fazhi.db', '00000000-0000-4000-8000-000000000000.xlsx']) {
      const refused = await request(server.port, { path: `/exports/${encodeURIComponent(bad)}` });
      expect(refused.status).toBe(404);
      expect(JSON.parse(refused.body).error.message).toContain('导出的文件不存在或已过期');
    }
  });

  it('listens on the loopback interface only', async () => {
    const { server } = await serve();
    expect(server.url.startsWith('http://127.0.0.1:')).toBe(true);
  });
});
