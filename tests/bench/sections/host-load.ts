import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { BenchSection, Figure } from '../measure';

// 局域网多人使用 under load (issue 15): 20 colleagues at once against one `fazhi serve`, each signed
// in with their own account, creating entries in their own 科室 and editing them (every edit sends
// the updatedAt it saw, as the form does) for 60 s. Every write is timed from the client's side of
// the socket. Afterwards the data file is read directly: every create the host acknowledged must be
// there, with the content of the last edit it acknowledged — anything else is a lost write, and the
// section fails. The server runs in its own process, as on a real host; needs `npm run build`.

const USERS = 20;
const SECONDS = Number(process.env.FAZHI_BENCH_HOST_SECONDS ?? 60);
const EDITS_PER_ENTRY = 3;
const PASSWORD = 'Start-2026a';
const NEW_PASSWORD = 'Desk-2026b!';
const ROOT = process.cwd();
const CLI = path.join(ROOT, 'dist/fazhi.cjs');
const READY = /(https?:\/\/127\.0\.0\.1:\d+\/)/;
const START_TIMEOUT_MS = 20_000;

function cli(args: string[], input?: string): void {
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', input });
  if (run.status !== 0) throw new Error(`fazhi ${args.join(' ')} 失败：${run.stderr || run.stdout}`);
}

function startHost(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [CLI, 'serve', '--data', dataDir, '--host', '127.0.0.1', '--port', '0'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    const fail = (why: string) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`${why}\n--- 服务输出 ---\n${out}`));
    };
    const timer = setTimeout(() => fail(`主机在 ${START_TIMEOUT_MS / 1000} 秒内没有报告已启动`), START_TIMEOUT_MS);
    child.stdout?.setEncoding('utf8');
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk: string) => (out += chunk));
    child.stdout?.on('data', (chunk: string) => {
      out += chunk;
      const m = READY.exec(out);
      if (!m) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      resolve({ child, url: m[1]! });
    });
    child.once('error', (err) => fail(`无法启动主机：${err.message}`));
    child.once('exit', (code) => fail(`主机启动前就退出了（退出码 ${String(code)}）`));
  });
}

function stopHost(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** One colleague's browser: a cookie jar of one cookie, and JSON over fetch. */
class Desk {
  private cookie = '';
  constructor(
    private readonly url: string,
    readonly username: string,
  ) {}

  async post(route: string, body: unknown): Promise<{ status: number; json: { ok: boolean; data?: unknown; error?: { code: string; message: string } } }> {
    const response = await fetch(new URL(route, this.url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: this.url.replace(/\/$/, ''), ...(this.cookie ? { Cookie: this.cookie } : {}) },
      body: JSON.stringify(body),
    });
    const set = response.headers.get('set-cookie');
    if (set) this.cookie = set.split(';')[0]!;
    return { status: response.status, json: (await response.json()) as { ok: boolean; data?: unknown; error?: { code: string; message: string } } };
  }

  async call<T>(op: string, input: unknown): Promise<T> {
    const { json } = await this.post(`/api/${op}`, input);
    if (!json.ok) throw new Error(`${this.username} ${op}：${json.error?.message ?? '失败'}`);
    return json.data as T;
  }

  async signIn(): Promise<void> {
    // The /auth routes answer the signed-in state itself on success (shared/auth/host-state.ts).
    const first = await this.post('/auth/login', { username: this.username, password: PASSWORD });
    if (first.status !== 200) throw new Error(`${this.username} 登录失败：${first.json.error?.message}`);
    const changed = await this.post('/auth/password', { currentPassword: PASSWORD, newPassword: NEW_PASSWORD });
    if (changed.status !== 200) throw new Error(`${this.username} 改密码失败：${changed.json.error?.message}`);
  }
}

interface Entry {
  id: string;
  updatedAt: string;
  title: string;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

async function timed<T>(times: number[], fn: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await fn();
  times.push(performance.now() - start);
  return result;
}

/** One desk's minute: create, edit it a few times, and again, until the time is up. Returns what the host acknowledged. */
async function work(desk: Desk, department: string, categoryId: number, until: number, times: number[]): Promise<Entry[]> {
  const acknowledged: Entry[] = [];
  for (let n = 1; Date.now() < until; n++) {
    const title = `${department}普法宣传活动（${desk.username}第${n}场）`;
    const created = await timed(times, () => desk.call<Entry>('activities.create', { date: '2026-06-01', categoryId, title, department }));
    const entry: Entry = { id: created.id, updatedAt: created.updatedAt, title };
    acknowledged.push(entry);
    for (let e = 1; e <= EDITS_PER_ENTRY && Date.now() < until; e++) {
      const newTitle = `${title}（第${e}次修改）`;
      const updated = await timed(times, () => desk.call<Entry>('activities.update', { id: entry.id, title: newTitle, expectedUpdatedAt: entry.updatedAt }));
      entry.updatedAt = updated.updatedAt;
      entry.title = newTitle;
    }
  }
  return acknowledged;
}

export const hostLoad: BenchSection = async () => {
  if (!fs.existsSync(CLI)) return [{ label: '局域网多人：跳过（未构建，缺少 dist/fazhi.cjs；请先运行 npm run build）' }];
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fazhi-bench-host-'));
  try {
    cli(['users', 'add', 'admin', '--name', '管理员', '--role', 'admin', '--password', PASSWORD, '--data', dataDir]);
    const users = Array.from({ length: USERS }, (_, i) => ({ username: `user${String(i + 1).padStart(2, '0')}`, department: `第${(i % 5) + 1}科` }));
    for (const u of users) cli(['users', 'add', u.username, '--name', `同事${u.username.slice(4)}`, '--role', 'entry', '--dept', u.department, '--password', PASSWORD, '--data', dataDir]);
    const host = await startHost(dataDir);
    const times: number[] = [];
    let acknowledged: Entry[] = [];
    try {
      const desks = users.map((u) => new Desk(host.url, u.username));
      await Promise.all(desks.map((d) => d.signIn()));
      const categories = await desks[0]!.call<{ id: number }[]>('categories.list', {});
      const until = Date.now() + SECONDS * 1000;
      const results = await Promise.all(desks.map((d, i) => work(d, users[i]!.department, categories[i % categories.length]!.id, until, times)));
      acknowledged = results.flat();
    } finally {
      await stopHost(host.child);
    }
    const db = new Database(path.join(dataDir, 'fazhi.db'), { readonly: true });
    let lost = 0;
    try {
      const read = db.prepare('SELECT title FROM activities WHERE id = ? AND deleted_at IS NULL');
      for (const e of acknowledged) if ((read.get(e.id) as { title: string } | undefined)?.title !== e.title) lost += 1;
    } finally {
      db.close();
    }
    if (lost > 0) throw new Error(`局域网多人测试丢失了 ${lost} 次已确认的写入（共 ${acknowledged.length} 条台账）`);
    times.sort((a, b) => a - b);
    const figures: Figure[] = [
      { label: `局域网多人：${USERS} 人同时录入和修改 ${SECONDS} 秒，每次写入（新增或修改）`, runs: { count: times.length, p50: percentile(times, 0.5), p95: percentile(times, 0.95) }, targetMs: 1000 },
      { label: `  共 ${acknowledged.length} 条台账、${times.length} 次写入，主机确认的全部写入都在数据文件中（丢失 0）` },
    ];
    return figures;
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
};
