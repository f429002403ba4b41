import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOG_LIMITS, logFilePath, openAppLog } from '../../electron/logging/app-log';
import { createRotatingLog } from '../../electron/logging/rotating-log';
import { safeErrorText } from '../../electron/logging/safe-error-text';
import { openTempApp, tempDir } from '../helpers/temp-app';

function readLog(dataDir: string): string {
  return fs.readFileSync(logFilePath(dataDir), 'utf8');
}

describe('the rotating log file', () => {
  it('rotates before a line would pass the limit and keeps only the stated number of old files', () => {
    const dir = tempDir();
    const file = path.join(dir, 'logs', 'fazhi.log');
    const write = createRotatingLog({ file, maxBytes: 200, keep: 2 });
    for (let i = 0; i < 30; i++) write(`line ${String(i).padStart(2, '0')} ${'x'.repeat(40)}`);
    expect(fs.readdirSync(path.dirname(file)).sort()).toEqual(['fazhi.log', 'fazhi.log.1', 'fazhi.log.2']);
    for (const name of ['fazhi.log', 'fazhi.log.1', 'fazhi.log.2']) {
      expect(fs.statSync(path.join(dir, 'logs', name)).size).toBeLessThanOrEqual(200);
    }
    // Newest last in the current file, and the files follow each other without a gap.
    const lines = ['fazhi.log.2', 'fazhi.log.1', 'fazhi.log'].flatMap((n) => fs.readFileSync(path.join(dir, 'logs', n), 'utf8').trim().split('\n'));
    const numbers = lines.map((l) => Number(/^line (\d+)/.exec(l)?.[1]));
    expect(numbers.at(-1)).toBe(29);
    expect(numbers).toEqual(numbers.map((_, i) => (numbers[0] ?? 0) + i));
  });

  it('picks up the size of a log left by an earlier run', () => {
    const dir = tempDir();
    const file = path.join(dir, 'fazhi.log');
    fs.writeFileSync(file, `${'y'.repeat(195)}\n`);
    createRotatingLog({ file, maxBytes: 200, keep: 1 })('next run');
    expect(fs.readFileSync(`${file}.1`, 'utf8')).toMatch(/^y+\n$/);
    expect(fs.readFileSync(file, 'utf8')).toBe('next run\n');
  });

  it('never throws when the log cannot be written', () => {
    const dir = tempDir();
    const blocker = path.join(dir, 'logs');
    fs.writeFileSync(blocker, 'a file where the folder should be');
    expect(() => openAppLog(dir).info('x')).not.toThrow();
  });

  it('states its limits: 1 MB per file, 5 older files', () => {
    expect(LOG_LIMITS).toMatchObject({ maxBytes: 1024 * 1024, keep: 5, folder: 'logs', file: 'fazhi.log' });
  });
});

describe('what the app writes to the log', () => {
  it('start and stop with version and schema version', () => {
    const dir = tempDir();
    const app = openTempApp(dir);
    app.close();
    const log = readLog(dir);
    expect(log).toMatch(/INFO .*打开数据：法治台账 \d+\.\d+\.\d+（cli，Node [\d.]+，[a-z0-9]+-[a-z0-9]+），数据版本 \d+，已由数据版本 0 升级/);
    expect(log).toMatch(/INFO .*关闭数据：已写回数据文件/);
  });

  it('a failing operation leaves its name and code, never what the user typed', async () => {
    const title = '张三参加宪法宣传周座谈会';
    const dir = tempDir();
    const app = openTempApp(dir);
    const bad = await app.registry.invoke('activities.create', { date: '2023-02-30', categoryId: 1, title });
    expect(!bad.ok && bad.error.code).toBe('invalid_input');
    const log = readLog(dir);
    expect(log).toMatch(/操作 activities\.create 未完成：invalid_input/);
    expect(log).not.toContain(title);
    expect(log).not.toContain('张三');
  });

  it('an internal error is logged with its stack, masked: no title, no user name, no path', async () => {
    const title = '张三参加宪法宣传周座谈会';
    const dir = tempDir();
    // A library error that quotes the value it choked on and a path under a user's home folder.
    const app = openTempApp(dir, () => {
      throw new Error(`cannot stamp "${title}" for '${title}' in /home/zhangsan/台账/${title}.docx or C:\\Users\\张三\\台账.db (id 0f8fad5b-d9cb-469f-a165-70867728950e)`);
    });
    const result = await app.registry.invoke('activities.create', { date: '2024-03-15', categoryId: 1, title });
    expect(!result.ok && result.error.code).toBe('internal');
    const log = readLog(dir);
    expect(log).toMatch(/ERROR .*操作 activities\.create 内部出错：Error: cannot stamp "…" for '…' in <路径> or <路径> \(id <编号>\)/);
    expect(log).toMatch(/^\s+at .*\(app-log\.test\.ts:\d+:\d+\)$/m);
    for (const secret of [title, '张三', 'zhangsan', '宪法宣传周', '0f8fad5b', '/home/']) expect(log).not.toContain(secret);
  });

  it('a name that is not an operation is not repeated in the log', async () => {
    const dir = tempDir();
    const app = openTempApp(dir);
    await app.registry.invoke('张三的台账', {});
    const log = readLog(dir);
    expect(log).toMatch(/操作 （未知操作） 未完成：unknown_operation/);
    expect(log).not.toContain('张三');
  });
});

describe('safeErrorText', () => {
  it('keeps the class, the code and the stack frames by file base name only', () => {
    const err = Object.assign(new TypeError('Cannot read properties of undefined'), { code: 'ERR_X' });
    err.stack = `TypeError: Cannot read properties of undefined\n    at gather (C:\\Users\\张三\\AppData\\Local\\Programs\\法治台账\\resources\\app.asar\\dist\\main.cjs:120:7)\n    at /home/lisi/fazhi/dist/fazhi.cjs:9:1`;
    expect(safeErrorText(err)).toBe('TypeError [ERR_X]: Cannot read properties of undefined\n    at gather (main.cjs:120:7)\n    at (fazhi.cjs:9:1)');
  });

  it('says what a thrown non-error was without printing it', () => {
    expect(safeErrorText('张三')).toBe('非 Error 对象（string）');
    expect(safeErrorText(null)).toBe('非 Error 对象（null）');
  });
});
