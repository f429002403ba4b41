import { spawn } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');

export interface KillOutcome {
  /** True when `underWay` was seen and the process was killed before it exited on its own. */
  killedMidway: boolean;
  exitCode: number | null;
  output: string;
}

/**
 * Runs the built CLI (`node bin/fazhi.cjs …`, as a user would) and SIGKILLs it as soon as
 * `underWay()` says the operation is in progress (polled every few milliseconds). If the process
 * ends first, that is reported, not hidden: the caller decides whether to retry.
 */
export function runAndKillMidway(args: string[], underWay: () => boolean, limitMs = 120_000): Promise<KillOutcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/fazhi.cjs', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let killed = false;
    child.stdout.setEncoding('utf8').on('data', (c: string) => (output += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (output += c));
    const poll = setInterval(() => {
      if (killed || child.exitCode !== null) return;
      let seen: boolean;
      try {
        seen = underWay();
      } catch {
        seen = false;
      }
      if (seen) {
        killed = child.kill('SIGKILL');
      }
    }, 5);
    const limit = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`命令在 ${limitMs / 1000} 秒内没有结束：${output}`));
    }, limitMs);
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      clearInterval(poll);
      clearTimeout(limit);
      resolve({ killedMidway: killed && signal === 'SIGKILL', exitCode: code, output });
    });
  });
}
