import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const ROOT = path.resolve(__dirname, '..', '..');
// Inside node_modules so that the bundle's require('better-sqlite3') resolves as dist/'s does.
const OUT_DIR = path.join(ROOT, 'node_modules', '.cache', 'fazhi-test-cli');

/**
 * The CLI bundled from the source as it is now (the same options as scripts/build-backend.mjs), so
 * a test of real processes runs the code under test rather than whatever dist/ was last built from.
 * Returns the bundle's path and a function that removes it.
 */
export async function bundleCli(): Promise<{ file: string; remove(): void }> {
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const file = path.join(OUT_DIR, `fazhi-${process.pid}-${Date.now()}.cjs`);
  await build({
    entryPoints: [path.join(ROOT, 'electron', 'cli', 'main.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['electron', 'better-sqlite3'],
    outfile: file,
    logLevel: 'warning',
  });
  return { file, remove: () => fs.rmSync(file, { force: true }) };
}

export interface CliRun {
  code: number | null;
  out: string;
  err: string;
}

/** Runs one command to its end as its own process. */
export function runCliProcess(cli: string, args: string[], limitMs = 60_000): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (out += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (err += c));
    const limit = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`fazhi ${args.join(' ')} 在 ${limitMs / 1000} 秒内没有结束：${out}${err}`));
    }, limitMs);
    child.once('error', reject);
    child.once('exit', (code) => {
      clearTimeout(limit);
      resolve({ code, out, err });
    });
  });
}

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  /** Resolves with the exit code and signal once the process has ended (and been reaped). */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  output(): string;
}

/** Starts `fazhi web` as its own process and waits for its address; rejects with its output if it ends first. */
export function startServerProcess(cli: string, dataDir: string, limitMs = 30_000): Promise<ServerProcess> {
  const child = spawn(process.execPath, [cli, 'web', '--data', dataDir], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let text = '';
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  return new Promise((resolve, reject) => {
    const limit = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`浏览器模式在 ${limitMs / 1000} 秒内没有启动：${text}`));
    }, limitMs);
    const seen = () => {
      const match = /已启动：(http:\/\/127\.0\.0\.1:\d+\/\S*)/.exec(text);
      // Its last line: the signal handlers are installed right after it (a signal sent sooner may still beat them).
      if (!match || !text.includes('按 Ctrl+C 退出。')) return;
      clearTimeout(limit);
      resolve({ child, url: match[1]!, exited, output: () => text });
    };
    child.stdout.setEncoding('utf8').on('data', (c: string) => {
      text += c;
      seen();
    });
    child.stderr.setEncoding('utf8').on('data', (c: string) => (text += c));
    void exited.then(({ code, signal }) => {
      clearTimeout(limit);
      reject(new Error(`浏览器模式没有启动就结束了（退出码 ${code}，信号 ${signal}）：${text}`));
    });
  });
}
