import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { Jimp } from 'jimp';
import { afterEach, describe, expect, it } from 'vitest';
import { stagingDir } from '../../electron/attachments/storage-paths';
import type { WebServer } from '../../electron/server/http-server';
import { startWebServer } from '../../electron/server/http-server';
import { handleFileRoutes } from '../../electron/server/upload-routes';
import { ATTACHMENT_LIMITS } from '../../shared/domain/attachment';
import { openTempApp, tempDir } from '../helpers/temp-app';
import type { Site } from '../helpers/web-session';
import { signedInSite, withCookie } from '../helpers/web-session';

const servers: WebServer[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
});

async function serve() {
  const app = openTempApp();
  const rendererDir = tempDir('fazhi-renderer-');
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>法治台账</title>');
  const server = await startWebServer({ registry: app.registry, rendererDir });
  servers.push(server);
  const activity = await app.registry.call('activities.create', { date: '2024-12-04', categoryId: 11, title: '国家宪法日宣传' });
  return { app, server, activity, site: await signedInSite(server) };
}

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** With the site's cookie, as the signed-in page sends it. */
function request(site: Site, options: { method?: string; path: string; headers?: Record<string, string>; body?: Buffer }) {
  return new Promise<Reply>((resolve, reject) => {
    const headers = withCookie(site, options.headers);
    const req = http.request({ host: '127.0.0.1', port: site.port, method: options.method ?? 'GET', path: options.path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

const json = (r: Reply) => JSON.parse(r.body.toString('utf8')) as { ok: boolean; data?: Record<string, unknown>; error?: { code: string; message: string } };
const octets = { 'Content-Type': 'application/octet-stream' };
const upload = (site: Site, name: string, body: Buffer, headers: Record<string, string> = octets) =>
  request(site, { method: 'POST', path: `/upload?name=${encodeURIComponent(name)}`, headers, body });

const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n', 'latin1'), Buffer.alloc(64 * 1024, 7), Buffer.from('\n%%EOF\n')]);

describe('browser mode: upload and download', () => {
  it('round-trips a file: the bytes downloaded are the bytes uploaded, under the Chinese name', async () => {
    const { app, activity, site } = await serve();
    const name = '国家宪法日活动方案（定稿）.pdf';
    const up = await upload(site, name, PDF);
    expect(up.status).toBe(200);
    const staged = json(up).data as { stagedId: string; fileName: string; size: number };
    expect(staged).toMatchObject({ fileName: name, size: PDF.length, mime: 'application/pdf' });
    const added = await app.registry.call('attachments.add', { activityId: activity.id, stagedId: staged.stagedId, kind: '通知/方案', fileName: staged.fileName });

    const down = await request(site, { path: `/files/${added.id}` });
    expect(down.status).toBe(200);
    expect(down.body.equals(PDF)).toBe(true);
    expect(down.headers['content-type']).toBe('application/pdf');
    expect(down.headers['content-length']).toBe(String(PDF.length));
    expect(down.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent(name).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`);
    expect(down.headers['content-disposition']).toMatch(/^attachment; /);
    expect(down.headers['x-content-type-options']).toBe('nosniff');
    const cached = await request(site, { path: `/files/${added.id}`, headers: { 'If-None-Match': down.headers.etag as string } });
    expect(cached.status).toBe(304);
  });

  it('accepts a body sent in chunks, without a declared length', async () => {
    const { site } = await serve();
    const reply = await new Promise<Reply>((resolve, reject) => {
      const req = http.request(
        { host: '127.0.0.1', port: site.port, method: 'POST', path: `/upload?name=${encodeURIComponent('分段.pdf')}`, headers: withCookie(site, { ...octets, 'Transfer-Encoding': 'chunked' }) },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
        },
      );
      req.on('error', reject);
      req.write(PDF.subarray(0, 3));
      setTimeout(() => req.end(PDF.subarray(3)), 20);
    });
    expect(reply.status).toBe(200);
    expect(json(reply).data).toMatchObject({ fileName: '分段.pdf', size: PDF.length });
  });

  it('also works through the registry over HTTP, as the page does it', async () => {
    const { server, activity, site } = await serve();
    const up = json(await upload(site, '签到表.pdf', PDF)).data as { stagedId: string };
    const res = await fetch(`${server.url}api/attachments.add`, {
      method: 'POST',
      headers: withCookie(site, { 'Content-Type': 'application/json' }),
      body: JSON.stringify({ activityId: activity.id, stagedId: up.stagedId, kind: '签到表', fileName: '签到表.pdf' }),
    });
    expect(await res.json()).toMatchObject({ ok: true, data: { kind: '签到表', originalName: '签到表.pdf' } });
  });

  it('serves an image thumbnail inline', async () => {
    const { app, activity, site } = await serve();
    const image = await new Jimp({ width: 640, height: 480, color: 0xff8800ff }).getBuffer('image/png');
    const staged = json(await upload(site, '现场照片.png', image)).data as { stagedId: string };
    const added = await app.registry.call('attachments.add', { activityId: activity.id, stagedId: staged.stagedId, kind: '照片', fileName: '现场照片.png' });
    const thumb = await request(site, { path: `/files/${added.id}/thumbnail` });
    expect(thumb.status).toBe(200);
    expect(thumb.headers['content-type']).toBe('image/jpeg');
    expect(thumb.headers['content-disposition']).toBe('inline');
    expect((await Jimp.read(thumb.body)).width).toBe(320);
    const pdf = json(await upload(site, '方案.pdf', PDF)).data as { stagedId: string };
    const doc = await app.registry.call('attachments.add', { activityId: activity.id, stagedId: pdf.stagedId, kind: '其他', fileName: '方案.pdf' });
    const none = await request(site, { path: `/files/${doc.id}/thumbnail` });
    expect(none.status).toBe(404);
    expect(json(none).error!.message).toBe('“方案.pdf”没有缩略图。');
  });

  it('refuses a .pdf that is not a PDF, in Chinese, and keeps nothing', async () => {
    const { app, site } = await serve();
    const res = await upload(site, '红头文件.pdf', Buffer.from('<html></html>'));
    expect(res.status).toBe(400);
    expect(json(res).error!.message).toContain('“红头文件.pdf”的内容不是PDF文件');
    expect(fs.readdirSync(stagingDir(app.ctx.dataDir))).toEqual([]);
  });

  it('refuses a body declared over 200 MB without reading it', async () => {
    const { app, site } = await serve();
    const res = await request(site, {
      method: 'POST',
      path: `/upload?name=${encodeURIComponent('录像.zip')}`,
      headers: { ...octets, 'Content-Length': String(ATTACHMENT_LIMITS.maxFileBytes + 1) },
      body: Buffer.from('PK'),
    });
    expect(res.status).toBe(413);
    expect(json(res).error!.message).toBe('“录像.zip”超过单个文件 200 MB 的上限，没有保存。请压缩或拆分后再上传。');
    expect(fs.existsSync(stagingDir(app.ctx.dataDir))).toBe(false);
  });

  it('stops a chunked body at the limit mid-stream, answers 413, and removes the temporary file', async () => {
    const app = openTempApp();
    const small = http.createServer((req, res) => {
      if (!handleFileRoutes(req, res, app.registry, port, { maxUploadBytes: 1000 })) res.end();
    });
    await new Promise<void>((done) => small.listen(0, '127.0.0.1', done));
    const port = (small.address() as { port: number }).port;
    try {
      const reply = await new Promise<Reply>((resolve, reject) => {
        const req = http.request(
          { host: '127.0.0.1', port, method: 'POST', path: `/upload?name=${encodeURIComponent('大文件.pdf')}`, headers: { ...octets, 'Transfer-Encoding': 'chunked' } },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
          },
        );
        req.on('error', reject);
        req.write(PDF.subarray(0, 600));
        setTimeout(() => req.write(PDF.subarray(600, 1200)), 20);
      });
      expect(reply.status).toBe(413);
      expect(json(reply).error!.message).toBe('“大文件.pdf”超过单个文件 1000 字节 的上限，没有保存。请压缩或拆分后再上传。');
      expect(fs.readdirSync(stagingDir(app.ctx.dataDir))).toEqual([]);
    } finally {
      small.closeAllConnections();
      await new Promise((done) => small.close(done));
    }
  });

  it('refuses a foreign Origin, a foreign Host, a form post, a missing name and a wrong method', async () => {
    const { app, site } = await serve();
    const origin = await upload(site, 'a.pdf', PDF, { ...octets, Origin: 'http://evil.example' });
    expect(origin.status).toBe(403);
    expect(json(origin).error!.code).toBe('forbidden');
    const host = await upload(site, 'a.pdf', PDF, { ...octets, Host: 'evil.example' });
    expect(host.status).toBe(403);
    const form = await upload(site, 'a.pdf', PDF, { 'Content-Type': 'text/plain' });
    expect(form.status).toBe(415);
    const noName = await request(site, { method: 'POST', path: '/upload', headers: octets, body: PDF });
    expect(json(noName).error!.message).toBe('上传时没有给出文件名（name 参数）。');
    expect((await request(site, { path: '/upload' })).status).toBe(405);
    expect(fs.existsSync(stagingDir(app.ctx.dataDir))).toBe(false);
  });

  it('refuses an upload and a download from a caller without the cookie, staging nothing', async () => {
    const { app, activity, site } = await serve();
    const staged = json(await upload(site, '方案.pdf', PDF)).data as { stagedId: string };
    const added = await app.registry.call('attachments.add', { activityId: activity.id, stagedId: staged.stagedId, kind: '其他', fileName: '方案.pdf' });
    const outsider: Site = { port: site.port };
    const up = await upload(outsider, '偷放.pdf', PDF);
    expect(up.status).toBe(401);
    expect(json(up).error!.message).toContain('访问口令');
    expect(fs.readdirSync(stagingDir(app.ctx.dataDir))).toEqual([]);
    for (const p of [`/files/${added.id}`, `/files/${added.id}/thumbnail`]) {
      const down = await request(outsider, { path: p });
      expect(down.status, p).toBe(401);
      expect(down.body.includes(PDF.subarray(0, 8)), p).toBe(false);
    }
    expect((await request(site, { path: `/files/${added.id}` })).status).toBe(200);
  });

  it('serves files only by UUID, and says so plainly otherwise', async () => {
    const { site } = await serve();
    for (const p of ['/files/..%2f..%2ffazhi.db', '/files/not-a-uuid', '/files/../fazhi.db', '/files/', '/files/00000000-0000-4000-8000-000000000000/../../x']) {
      const res = await request(site, { path: p });
      expect(res.status, p).toBe(400);
      expect(json(res).error!.message).toBe('附件编号格式不正确。');
    }
    const missing = await request(site, { path: '/files/00000000-0000-4000-8000-000000000000' });
    expect(missing.status).toBe(404);
    expect(json(missing).error!.message).toContain('找不到这份佐证材料');
  });
});
