import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';

// The built `fazhi` command run as its own process, the way a unit runs `fazhi web` or `fazhi serve`,
// for the sections that time it over HTTP. `npm run bench` runs from the project folder, so dist/
// is found from the working folder (the bench itself runs bundled in a temp folder).

export const ROOT = process.cwd();
export const CLI = path.join(ROOT, 'dist/fazhi.cjs');

const START_TIMEOUT_MS = 20_000;
const STOP_TIMEOUT_MS = 10_000;
/** What is kept of the server's output for an error message: its last part. */
const OUTPUT_KEPT = 64 * 1024;

/** Every server still running, killed when the bench exits whatever way it does. */
const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

export interface ServerProcess {
  child: ChildProcess;
  /** The `ready` pattern's match on what the server printed on starting (its address). */
  ready: RegExpExecArray;
  /** The last of what it printed, for an error message. */
  output(): string;
}

/**
 * Starts `fazhi <args>` and resolves once its output matches `ready`; rejects (with its output, the
 * process killed) when it exits or stays silent first. `what` names it in the messages (服务, 主机).
 */
export function startServer(args: readonly string[], ready: RegExp, what: string): Promise<ServerProcess> {
  const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  child.once('exit', () => running.delete(child));
  let out = '';
  const keep = (chunk: string) => {
    out += chunk;
    if (out.length > 2 * OUTPUT_KEPT) out = out.slice(-OUTPUT_KEPT);
  };
  return new Promise((resolve, reject) => {
    let started = false;
    const fail = (why: string) => {
      if (started) return;
      started = true;
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`${why}\n--- 服务输出 ---\n${out}`));
    };
    const timer = setTimeout(() => fail(`${what}在 ${START_TIMEOUT_MS / 1000} 秒内没有报告已启动`), START_TIMEOUT_MS);
    child.stdout?.setEncoding('utf8');
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', keep);
    child.stdout?.on('data', (chunk: string) => {
      keep(chunk);
      const m = started ? null : ready.exec(out);
      if (!m) return;
      started = true;
      clearTimeout(timer);
      resolve({ child, ready: m, output: () => out.slice(-OUTPUT_KEPT) });
    });
    child.once('error', (err) => fail(`无法启动${what}：${err.message}`));
    child.once('exit', (code) => fail(`${what}启动前就退出了（退出码 ${String(code)}）`));
  });
}

/** Asks the server to stop as Ctrl+C would, and kills it if it has not within 10 s. */
export function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
