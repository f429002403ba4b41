import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { HostServer } from '../../electron/server/host-server';
import { startHostServer } from '../../electron/server/host-server';
import { createUser } from '../../electron/store/user-store';
import { openTempApp, tempDir } from '../helpers/temp-app';

// Host mode over https:// with the unit's own certificate (here a self-signed one made by openssl):
// the cookie is Secure and the page's own origin is https://; a wrong file is named in Chinese.

const PASSWORD = 'Fazhi#2025a';
const servers: HostServer[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
});

function hasOpenssl(): boolean {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function makeCertificate(dir: string): { cert: string; key: string } {
  const cert = path.join(dir, 'host.crt');
  const key = path.join(dir, 'host.key');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '2', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], {
    stdio: 'ignore',
  });
  return { cert, key };
}

function post(port: number, ca: Buffer, pathname: string, body: unknown, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>((resolve, reject) => {
    const req = https.request({ host: '127.0.0.1', port, method: 'POST', path: pathname, ca, headers: { 'Content-Type': 'application/json', ...headers } }, (res) => {
      let text = '';
      res.setEncoding('utf8').on('data', (c: string) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
    });
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

describe.skipIf(!hasOpenssl())('host mode over TLS', () => {
  it('serves https:// with a Secure session cookie', async () => {
    const app = openTempApp();
    await createUser(app.ctx.db, { username: 'lisi', displayName: '李四', role: 'reviewer', department: '', password: PASSWORD }, app.ctx.now(), { chosenByUser: true });
    const files = makeCertificate(tempDir('fazhi-cert-'));
    const server = await startHostServer({ registry: app.registry, appContext: app.liveContext, rendererDir: tempDir(), host: '127.0.0.1', port: 0, tls: files });
    servers.push(server);
    expect(server.url).toBe(`https://127.0.0.1:${server.port}/`);
    const ca = fs.readFileSync(files.cert);
    const login = await post(server.port, ca, '/auth/login', { username: 'lisi', password: PASSWORD }, { Origin: `https://127.0.0.1:${server.port}` });
    expect(login.status).toBe(200);
    const setCookie = String(login.headers['set-cookie']);
    expect(setCookie).toMatch(/; HttpOnly; SameSite=Strict; Secure$/);
    const cookie = setCookie.split(';')[0] as string;
    expect((await post(server.port, ca, '/api/unit.get', {}, { Cookie: cookie, Origin: `https://127.0.0.1:${server.port}` })).status).toBe(200);
    // The page's own origin is https:// now; the plain-http one is another site.
    expect((await post(server.port, ca, '/api/unit.get', {}, { Cookie: cookie, Origin: `http://127.0.0.1:${server.port}` })).status).toBe(403);
  });

  it('names a missing or unusable certificate file in Chinese', async () => {
    const app = openTempApp();
    const dir = tempDir('fazhi-cert-');
    const files = makeCertificate(dir);
    const base = { registry: app.registry, appContext: app.liveContext, rendererDir: dir, host: '127.0.0.1', port: 0 };
    const missing = path.join(dir, 'none.crt');
    await expect(startHostServer({ ...base, tls: { cert: missing, key: files.key } })).rejects.toMatchObject({
      code: 'invalid_input',
      message: `找不到证书文件“${missing}”。请检查 --cert 后面的路径。`,
    });
    const notPem = path.join(dir, 'notes.txt');
    fs.writeFileSync(notPem, '这不是证书');
    await expect(startHostServer({ ...base, tls: { cert: notPem, key: files.key } })).rejects.toMatchObject({ code: 'invalid_input', message: expect.stringContaining('无法使用') });
    const otherKey = makeCertificate(tempDir('fazhi-cert-')).key;
    await expect(startHostServer({ ...base, tls: { cert: files.cert, key: otherKey } })).rejects.toMatchObject({ message: expect.stringContaining('须与证书配对') });
  });
});
