import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Jimp } from 'jimp';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { stagedPath, stagingDir } from '../../../electron/attachments/storage-paths';
import type { OpenApp } from '../../../electron/open-app';
import { openApp } from '../../../electron/open-app';
import { CONTENT_SECURITY_POLICY } from '../../../electron/server/content-security';
import { startWebServer } from '../../../electron/server/http-server';
import { ATTACHMENT_LIMITS } from '../../../shared/domain/attachment';
import { signIn } from '../../helpers/web-session';
import { fakeElectron } from './fake-electron';

// The desktop's app:// protocol answering uploads and downloads, against a real data folder, compared
// with browser mode (tests/integration/attachments-http.test.ts) where the behaviour must be the same.
vi.mock('electron', async () => (await import('./fake-electron')).createFakeElectron());
const electron = await fakeElectron();
const { respondOnAppProtocol, serveAppProtocol } = await import('../../../electron/shell/app-protocol');

let dir: string;
let app: OpenApp;
let rendererDir: string;
let activityId: string;
let handler: (request: Request) => Promise<Response>;

beforeEach(async () => {
  vi.clearAllMocks();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fazhi-protocol-files-'));
  rendererDir = path.join(dir, 'renderer');
  fs.mkdirSync(rendererDir);
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>法治台账</title>');
  app = openApp({ dataDir: path.join(dir, 'data'), shell: 'desktop', log: () => undefined });
  activityId = (await app.registry.call('activities.create', { date: '2024-12-04', categoryId: 11, title: '国家宪法日宣传' })).id;
  serveAppProtocol(rendererDir, app.registry);
  handler = electron.protocol.handle.mock.calls[0]?.[1] as typeof handler;
});
afterEach(() => {
  app.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n', 'latin1'), Buffer.alloc(64 * 1024, 7), Buffer.from('\n%%EOF\n')]);
// What Chromium sends for fetch('/upload?name=…', { method: 'POST', headers: octets, body: file }) from our page.
const fromPage = { 'Content-Type': 'application/octet-stream', Origin: 'app://fazhi' };

type Wire = { ok: boolean; data?: Record<string, unknown>; error?: { code: string; message: string } };
const json = async (response: Response) => (await response.json()) as Wire;

function upload(name: string, body: BodyInit | Buffer, headers: Record<string, string> = fromPage): Promise<Response> {
  return handler(new Request(`app://fazhi/upload?name=${encodeURIComponent(name)}`, { method: 'POST', headers, body: body as BodyInit, duplex: 'half' } as RequestInit));
}

/** Electron hands the handler a streamed body; this one never ends unless the reader stops. */
function endless(chunkBytes: number): ReadableStream<Uint8Array> {
  const chunk = new Uint8Array(chunkBytes).fill(0x25);
  return new ReadableStream({ pull: (controller) => controller.enqueue(chunk) });
}

async function addPdf(name: string): Promise<string> {
  const staged = (await json(await upload(name, PDF))).data as { stagedId: string; fileName: string };
  const added = await app.registry.call('attachments.add', { activityId, stagedId: staged.stagedId, kind: '通知/方案', fileName: staged.fileName });
  return added.id;
}

describe('app://fazhi/upload', () => {
  it('stages the bytes and answers the same JSON as browser mode', async () => {
    const name = '国家宪法日活动方案（定稿）.pdf';
    const response = await upload(name, PDF);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const desktop = await json(response);
    expect(desktop).toMatchObject({ ok: true, data: { fileName: name, size: PDF.length, mime: 'application/pdf' } });
    const stagedId = desktop.data!.stagedId as string;
    expect(fs.readFileSync(stagedPath(app.ctx.dataDir, stagedId)).equals(PDF)).toBe(true);

    const server = await startWebServer({ registry: app.registry, rendererDir });
    try {
      const browser = (await (
        await fetch(`${server.url}upload?name=${encodeURIComponent(name)}`, { method: 'POST', headers: { 'Content-Type': 'application/octet-stream', Cookie: await signIn(server) }, body: PDF })
      ).json()) as Wire;
      expect(Object.keys(browser.data!).sort()).toEqual(Object.keys(desktop.data!).sort());
      expect({ ...browser.data, stagedId: '' }).toEqual({ ...desktop.data, stagedId: '' });
    } finally {
      await server.close();
    }
  });

  it('reads a streamed body, as Electron passes a file picked in the page', async () => {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let at = 0; at < PDF.length; at += 10_000) controller.enqueue(new Uint8Array(PDF.subarray(at, at + 10_000)));
        controller.close();
      },
    });
    const response = await upload('分段.pdf', body);
    expect(response.status).toBe(200);
    expect((await json(response)).data).toMatchObject({ fileName: '分段.pdf', size: PDF.length });
  });

  it('refuses a body declared over 200 MB without staging anything', async () => {
    const response = await upload('录像.zip', 'PK', { ...fromPage, 'Content-Length': String(ATTACHMENT_LIMITS.maxFileBytes + 1) });
    expect(response.status).toBe(413);
    expect((await json(response)).error!.message).toBe('“录像.zip”超过单个文件 200 MB 的上限，没有保存。请压缩或拆分后再上传。');
    expect(fs.existsSync(stagingDir(app.ctx.dataDir))).toBe(false);
  });

  it('stops an undeclared stream at 200 MB, answers 413 and removes the partial file', async () => {
    const response = await upload('录像.pdf', endless(1024 * 1024));
    expect(response.status).toBe(413);
    expect((await json(response)).error!.message).toBe('“录像.pdf”超过单个文件 200 MB 的上限，没有保存。请压缩或拆分后再上传。');
    expect(fs.readdirSync(stagingDir(app.ctx.dataDir))).toEqual([]);
  });

  it('honours a smaller limit the same way', async () => {
    const request = new Request(`app://fazhi/upload?name=${encodeURIComponent('大文件.pdf')}`, { method: 'POST', headers: fromPage, body: endless(600), duplex: 'half' } as RequestInit);
    const response = await respondOnAppProtocol(rendererDir, app.registry, request, { maxUploadBytes: 1000 });
    expect(response.status).toBe(413);
    expect((await json(response)).error!.message).toBe('“大文件.pdf”超过单个文件 1000 字节 的上限，没有保存。请压缩或拆分后再上传。');
    expect(fs.readdirSync(stagingDir(app.ctx.dataDir))).toEqual([]);
  });

  it('refuses, in the same Chinese, a mismatched type, a form post, a missing name, GET and a foreign origin', async () => {
    const fake = await upload('红头文件.pdf', '<html></html>');
    expect(fake.status).toBe(400);
    expect((await json(fake)).error!.message).toContain('“红头文件.pdf”的内容不是PDF文件');
    expect((await upload('a.pdf', PDF, { ...fromPage, 'Content-Type': 'text/plain' })).status).toBe(415);
    const noName = await handler(new Request('app://fazhi/upload', { method: 'POST', headers: fromPage, body: PDF }));
    expect((await json(noName)).error!.message).toBe('上传时没有给出文件名（name 参数）。');
    const get = await handler(new Request('app://fazhi/upload'));
    expect(get.status).toBe(405);
    expect((await json(get)).error!.message).toBe('上传只接受 POST 请求。');
    const foreign = await upload('a.pdf', PDF, { ...fromPage, Origin: 'https://evil.example' });
    expect(foreign.status).toBe(403);
    expect((await json(foreign)).error).toEqual({ code: 'forbidden', message: '拒绝来自其他网页的请求。' });
    expect(fs.readdirSync(stagingDir(app.ctx.dataDir))).toEqual([]);
  });
});

describe('app://fazhi/files/<id>', () => {
  it('downloads the same bytes under the Chinese name, with the CSP', async () => {
    const name = '国家宪法日活动方案（定稿）.pdf';
    const id = await addPdf(name);
    const response = await handler(new Request(`app://fazhi/files/${id}`));
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer()).equals(PDF)).toBe(true);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-length')).toBe(String(PDF.length));
    const disposition = response.headers.get('content-disposition') ?? '';
    expect(disposition).toMatch(/^attachment; /);
    expect(decodeURIComponent(/filename\*=UTF-8''(.+)$/.exec(disposition)?.[1] ?? '')).toBe(name);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');

    const cached = await handler(new Request(`app://fazhi/files/${id}`, { headers: { 'If-None-Match': response.headers.get('etag')! } }));
    expect(cached.status).toBe(304);
    const head = await handler(new Request(`app://fazhi/files/${id}`, { method: 'HEAD' }));
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(String(PDF.length));
    expect(await head.text()).toBe('');
  });

  it('serves an image thumbnail inline, and says so plainly when there is none', async () => {
    const image = await new Jimp({ width: 640, height: 480, color: 0xff8800ff }).getBuffer('image/png');
    const staged = (await json(await upload('现场照片.png', image))).data as { stagedId: string };
    const photo = await app.registry.call('attachments.add', { activityId, stagedId: staged.stagedId, kind: '照片', fileName: '现场照片.png' });
    const thumb = await handler(new Request(`app://fazhi/files/${photo.id}/thumbnail`));
    expect(thumb.status).toBe(200);
    expect(thumb.headers.get('content-type')).toBe('image/jpeg');
    expect(thumb.headers.get('content-disposition')).toBe('inline');
    expect((await Jimp.read(Buffer.from(await thumb.arrayBuffer()))).width).toBe(320);

    const doc = await addPdf('方案.pdf');
    const none = await handler(new Request(`app://fazhi/files/${doc}/thumbnail`));
    expect(none.status).toBe(404);
    expect((await json(none)).error!.message).toBe('“方案.pdf”没有缩略图。');
  });

  it('serves files only by UUID', async () => {
    for (const url of [
      'app://fazhi/files/not-a-uuid',
      'app://fazhi/files/..%2f..%2ffazhi.db',
      'app://fazhi/files/..%5cfazhi.db',
      'app://fazhi/files/',
      'app://fazhi/files/00000000-0000-4000-8000-000000000000/other',
    ]) {
      const response = await handler(new Request(url));
      expect(response.status, url).toBe(400);
      expect((await json(response)).error!.message).toBe('附件编号格式不正确。');
    }
    const missing = await handler(new Request('app://fazhi/files/00000000-0000-4000-8000-000000000000'));
    expect(missing.status).toBe(404);
    expect((await json(missing)).error!.message).toContain('找不到这份佐证材料');
    const post = await handler(new Request('app://fazhi/files/00000000-0000-4000-8000-000000000000', { method: 'POST', body: 'x' }));
    expect(post.status).toBe(405);
  });

  it('a "../" path is normalised away and lands on the page files, never the data folder', async () => {
    const response = await handler(new Request('app://fazhi/files/../../data/fazhi.db'));
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
  });
});
