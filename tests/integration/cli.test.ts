import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/fazhi';
import { tempDir } from '../helpers/temp-app';

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('fazhi command line', () => {
  it('prints help in Chinese with exit code 0', async () => {
    const r = await cli('--help');
    expect(r.code).toBe(0);
    expect(r.out).toContain('用法：fazhi');
    expect(r.out).toContain('fazhi web');
  });

  it('refuses an unknown command or flag with a message and a non-zero code', async () => {
    const unknown = await cli('frobnicate');
    expect(unknown.code).not.toBe(0);
    expect(unknown.err).toContain('没有“frobnicate”这个命令');
    const flag = await cli('info', '--bogus');
    expect(flag.code).not.toBe(0);
    expect(flag.err).toContain('--bogus');
  });

  it('info opens the data folder given by --data and reports the schema version', async () => {
    const dir = tempDir();
    const r = await cli('info', '--data', dir);
    expect(r.code).toBe(0);
    expect(r.out).toContain(dir);
    expect(r.out).toContain('数据版本 1');
  });

  it('web refuses a bad port before opening anything', async () => {
    const r = await cli('web', '--data', tempDir(), '--port', '99999');
    expect(r.code).toBe(2);
    expect(r.err).toContain('端口');
  });
});
