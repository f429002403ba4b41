import dns from 'node:dns';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { HostServer } from '../../electron/server/host-server';
import { startHostServer } from '../../electron/server/host-server';
import { stageUpload } from '../../electron/attachments';
import { createUser } from '../../electron/store/user-store';
import { HostBrowser } from '../helpers/host-browser';
import { openTempApp, tempDir } from '../helpers/temp-app';

// Host mode on an intranet has no way out, and must never try: every connection this process opens
// and every name it looks up during a colleague's whole session (sign in, record an entry, upload
// and download its evidence, sign out) is watched, and anything but loopback fails the test. The
// page's own requests are covered by tests/e2e/stays-offline.spec.ts; this covers the host's side.

const PASSWORD = 'Fazhi#2025a';
const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n', 'latin1'), Buffer.alloc(4096, 7), Buffer.from('\n%%EOF\n')]);

async function* once(bytes: Buffer) {
  yield bytes;
}

const servers: HostServer[] = [];
const restore: (() => void)[] = [];
afterEach(async () => {
  for (const undo of restore.splice(0)) undo();
  for (const s of servers.splice(0)) await s.close();
});

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^(::ffff:)?127\./.test(host);
}

/** Records the target of every TCP connect and DNS lookup made in this process until the test ends. */
function watchTheNetwork(): string[] {
  const targets: string[] = [];
  const connect = net.Socket.prototype.connect;
  net.Socket.prototype.connect = function (this: net.Socket, ...args: unknown[]) {
    const first = args[0];
    const options = (Array.isArray(first) ? first[0] : first) as { host?: string; path?: string } | number;
    if (typeof options === 'number') targets.push(typeof args[1] === 'string' ? args[1] : 'localhost');
    else if (options && typeof options === 'object' && !options.path) targets.push(options.host ?? 'localhost');
    return (connect as (...a: unknown[]) => net.Socket).apply(this, args);
  } as typeof connect;
  const lookup = dns.lookup;
  (dns as { lookup: unknown }).lookup = (host: string, ...rest: unknown[]) => {
    targets.push(host);
    return (lookup as (...a: unknown[]) => unknown)(host, ...rest);
  };
  restore.push(() => {
    net.Socket.prototype.connect = connect;
    (dns as { lookup: unknown }).lookup = lookup;
  });
  return targets;
}

describe('host mode stays on this machine', () => {
  it('makes no request to any address but loopback during a colleague\'s session', async () => {
    const app = openTempApp();
    const rendererDir = tempDir('fazhi-renderer-');
    fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>法治台账</title>');
    await createUser(app.ctx.db, { username: 'zhangsan', displayName: '张三', role: 'entry', department: '办公室', password: PASSWORD }, app.ctx.now(), { chosenByUser: true });
    const other = await app.registry.call('activities.create', { date: '2025-03-15', categoryId: 1, title: '法规科内部学法', department: '法规科' });
    const otherStaged = await stageUpload(app.ctx.dataDir, once(PDF), '通知.pdf');
    const otherFile = await app.registry.call('attachments.add', { activityId: other.id, stagedId: otherStaged.stagedId, kind: '通知/方案', fileName: otherStaged.fileName });

    const targets = watchTheNetwork();
    const server = await startHostServer({ registry: app.registry, appContext: app.liveContext, rendererDir, host: '127.0.0.1', port: 0 });
    servers.push(server);
    const b = new HostBrowser(server.url, server.port);
    expect((await b.send('GET', '/')).status).toBe(200);
    expect((await b.login('zhangsan', PASSWORD)).status).toBe(200);
    const entry = (await b.api('activities.create', { date: '2025-04-01', categoryId: 1, title: '办公室集体学法' })).body.data as { id: string };
    const staged = await b.send('POST', `/upload?name=${encodeURIComponent('签到表.pdf')}`, PDF, { 'Content-Type': 'application/octet-stream' });
    expect(staged.status).toBe(200);
    const added = await b.api('attachments.add', { activityId: entry.id, stagedId: staged.body.data.stagedId, kind: '签到表', fileName: '签到表.pdf' });
    expect(added.status).toBe(200);
    const file = await b.send('GET', `/files/${added.body.data.id}`);
    expect(file.status).toBe(200);
    // The file routes act as the colleague too: another 科室's evidence is not theirs to download.
    expect((await b.send('GET', `/files/${otherFile.id}`)).status).toBe(403);
    expect((await b.api('attachments.list', { activityId: other.id })).status).toBe(403);
    expect((await b.send('POST', '/auth/logout', {})).status).toBe(200);

    expect(targets.length).toBeGreaterThan(0);
    expect(targets.filter((t) => !isLoopback(t))).toEqual([]);
  });
});
