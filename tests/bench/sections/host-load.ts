import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { BenchSection } from '../measure';
import { percentile } from '../measure';
import { CLI, ROOT, startServer, stopServer } from '../server-process';

// 局域网多人使用 under load (issue 15): 20 colleagues at once against one `fazhi serve`, each signed
// in with their own account, creating entries in their own 科室 and editing them (every edit sends
// the updatedAt it saw, as the form does) for 60 s. Every write is timed from the client's side of
// the socket. Afterwards the data file is read directly (`readBack`): every create and every edit
// the host acknowledged must be there, each with its history row and the entry with the last
// acknowledged content — anything else is a lost write, and the section fails. The server runs in
// its own process, as on a real host; needs `npm run build`. FAZHI_BENCH_HOST_SECONDS shortens the
// run for a quick look (the figure is the 60-s one).

const USERS = 20;
const EDITS_PER_ENTRY = 3;
const PASSWORD = 'Start-2026a';
const NEW_PASSWORD = 'Desk-2026b!';
const READY = /(https?:\/\/127\.0\.0\.1:\d+\/)/;

function cli(args: string[], input?: string): void {
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', input });
  if (run.status !== 0) throw new Error(`fazhi ${args.join(' ')} 失败：${run.stderr || run.stdout}`);
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

/** One entry as the host acknowledged it: every title it confirmed (the create's first, then each edit's) and the last version. */
interface Entry {
  id: string;
  department: string;
  titles: string[];
  updatedAt: string;
}

async function timed<T>(times: number[], fn: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await fn();
  times.push(performance.now() - start);
  return result;
}

/**
 * One desk's minute: create, edit it a few times, and again, until the time is up or another desk
 * has failed. Puts in `acknowledged` what the host confirmed, as soon as it does.
 */
async function work(desk: Desk, department: string, categoryId: number, until: number, run: { times: number[]; acknowledged: Entry[]; failed: boolean }): Promise<void> {
  const going = () => Date.now() < until && !run.failed;
  try {
    for (let n = 1; going(); n++) {
      const title = `${department}普法宣传活动（${desk.username}第${n}场）`;
      const created = await timed(run.times, () => desk.call<{ id: string; updatedAt: string }>('activities.create', { date: '2026-06-01', categoryId, title, department }));
      const entry: Entry = { id: created.id, department, titles: [title], updatedAt: created.updatedAt };
      run.acknowledged.push(entry);
      for (let e = 1; e <= EDITS_PER_ENTRY && going(); e++) {
        const newTitle = `${title}（第${e}次修改）`;
        const updated = await timed(run.times, () => desk.call<{ updatedAt: string }>('activities.update', { id: entry.id, title: newTitle, expectedUpdatedAt: entry.updatedAt }));
        entry.titles.push(newTitle);
        entry.updatedAt = updated.updatedAt;
      }
    }
  } catch (err) {
    run.failed = true;
    throw err;
  }
}

/**
 * Reads the data file itself, after the host has stopped. An acknowledged write is found when the
 * entry is there (not in the trash, in its 科室) with its own history row — the create with the
 * first title, then one update row per acknowledged edit with that edit's title, in order — and
 * the entry holds the last acknowledged title and version. `lost` counts the acknowledged writes
 * not found; `unacknowledged` the entries in the file that no desk was told of.
 */
function readBack(dbFile: string, acknowledged: readonly Entry[]): { lost: number; unacknowledged: number } {
  const db = new Database(dbFile, { readonly: true });
  try {
    const entryRow = db.prepare('SELECT title, department, updated_at, deleted_at FROM activities WHERE id = ?');
    const historyRows = db.prepare('SELECT action, title FROM activity_history WHERE activity_id = ? ORDER BY id');
    let lost = 0;
    for (const e of acknowledged) {
      const row = entryRow.get(e.id) as { title: string; department: string; updated_at: string; deleted_at: string | null } | undefined;
      if (!row || row.deleted_at !== null || row.department !== e.department) {
        lost += e.titles.length;
        continue;
      }
      let found = 0;
      for (const h of historyRows.all(e.id) as { action: string; title: string }[]) {
        if (found < e.titles.length && h.action === (found === 0 ? 'create' : 'update') && h.title === e.titles[found]) found += 1;
      }
      const lastKept = row.title === e.titles.at(-1) && row.updated_at === e.updatedAt;
      lost += found < e.titles.length ? e.titles.length - found : lastKept ? 0 : 1;
    }
    const stored = db.prepare('SELECT count(*) FROM activities').pluck().get() as number;
    return { lost, unacknowledged: stored - acknowledged.length };
  } finally {
    db.close();
  }
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

/** 60, or FAZHI_BENCH_HOST_SECONDS. */
function benchSeconds(): number {
  const text = process.env.FAZHI_BENCH_HOST_SECONDS;
  const seconds = Number(text ?? 60);
  if (!(seconds >= 1 && seconds <= 3600)) throw new Error(`FAZHI_BENCH_HOST_SECONDS 应为 1—3600 的秒数（现在是“${text}”）`);
  return seconds;
}

export const hostLoad: BenchSection = async () => {
  if (!fs.existsSync(CLI)) return [{ label: '局域网多人：跳过（未构建，缺少 dist/fazhi.cjs；请先运行 npm run build）' }];
  const seconds = benchSeconds();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fazhi-bench-host-'));
  try {
    cli(['users', 'add', 'admin', '--name', '管理员', '--role', 'admin', '--password', PASSWORD, '--data', dataDir]);
    const users = Array.from({ length: USERS }, (_, i) => ({ username: `user${String(i + 1).padStart(2, '0')}`, department: `第${(i % 5) + 1}科` }));
    for (const u of users) cli(['users', 'add', u.username, '--name', `同事${u.username.slice(4)}`, '--role', 'entry', '--dept', u.department, '--password', PASSWORD, '--data', dataDir]);
    const host = await startServer(['serve', '--data', dataDir, '--host', '127.0.0.1', '--port', '0'], READY, '主机');
    const run = { times: [] as number[], acknowledged: [] as Entry[], failed: false };
    try {
      const url = host.ready[1]!;
      const desks = users.map((u) => new Desk(url, u.username));
      await Promise.all(desks.map((d) => d.signIn()));
      const categories = await desks[0]!.call<{ id: number }[]>('categories.list', {});
      const until = Date.now() + seconds * 1000;
      // Every desk is waited for, so none is still writing when the host stops; the first failure is the one told.
      const settled = await Promise.allSettled(desks.map((d, i) => work(d, users[i]!.department, categories[i % categories.length]!.id, until, run)));
      const failure = settled.find((r) => r.status === 'rejected');
      if (failure) throw new Error(`局域网多人测试中途失败：${String(failure.reason)}\n--- 主机输出 ---\n${host.output()}`);
    } finally {
      await stopServer(host.child);
    }
    const { lost, unacknowledged } = readBack(path.join(dataDir, 'fazhi.db'), run.acknowledged);
    const times = run.times.sort((a, b) => a - b);
    const writes = times.length;
    return [
      { label: `局域网多人：${USERS} 人同时录入和修改 ${seconds} 秒，每次写入（新增或修改）`, runs: { count: writes, p50: percentile(times, 0.5), p95: percentile(times, 0.95) }, targetMs: 1000 },
      { label: `  共 ${run.acknowledged.length} 条台账、${writes} 次写入，最慢一次 ${ms(times.at(-1) ?? 0)}` },
      { label: `  主机确认的写入逐条从数据文件读回：丢失 ${lost} 次`, ok: lost === 0 },
      { label: `  数据文件中未经确认的台账：${unacknowledged} 条`, ok: unacknowledged === 0 },
    ];
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
};
