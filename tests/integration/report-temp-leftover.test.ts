import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/fazhi';
import { writeNewFile } from '../../electron/files/write-new-file';
import { tempDir } from '../helpers/temp-app';

// A report is written to a hidden temp file next to its target and linked into place. A process
// killed in between (Ctrl+C, the task manager, a power cut) leaves that temp file behind; the next
// write into the same folder removes it, and only ours, and only when nobody is still writing it.

const HOUR_AGO = new Date(Date.now() - 60 * 60 * 1000);

function leftover(dir: string, name: string, mtime = HOUR_AGO): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, 'PK half a report');
  fs.utimesSync(file, mtime, mtime);
  return name;
}

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('temp files a killed report left in the user folder', () => {
  it('are removed by the next report written there; fresh ones and other programs’ files stay', async () => {
    const data = tempDir();
    const desk = tempDir();
    // What a `fazhi report` killed midway left (the earlier name shape, and the current one).
    const earlier = leftover(desk, '.2024年报告.docx.3f2a0c9d1b4e.tmp');
    const current = leftover(desk, '.2023年报告.docx.fazhi-0a1b2c3d4e5f.tmp');
    // Being written right now by another report: touched a moment ago.
    const busy = leftover(desk, '.别的报告.docx.fazhi-aaaaaaaaaaaa.tmp', new Date());
    // Not ours, however old.
    const theirs = [leftover(desk, '.notes.tmp'), leftover(desk, '~$报告.docx'), leftover(desk, '报告.docx.tmp')];

    const r = await cli('report', '--year', '2024', '--out', path.join(desk, '报告.docx'), '--data', data);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const names = fs.readdirSync(desk).sort();
    expect(names).not.toContain(earlier);
    expect(names).not.toContain(current);
    expect(names).toEqual(['报告.docx', busy, ...theirs].sort());
  });

  it('are removed by any file written into that folder', async () => {
    const desk = tempDir();
    const old = leftover(desk, '.台账.xlsx.fazhi-0123456789ab.tmp');
    await writeNewFile(path.join(desk, '模板.json'), Buffer.from('{}'));
    expect(fs.readdirSync(desk)).not.toContain(old);
    expect(fs.readFileSync(path.join(desk, '模板.json'), 'utf8')).toBe('{}');
  });
});
