import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cleanStaleStaging, discardStaged, stageFile, stageUpload } from '../../electron/attachments';
import { stagingDir } from '../../electron/attachments/storage-paths';
import { AppError } from '../../shared/errors';
import { tempDir } from '../helpers/temp-app';

const PDF = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n', 'latin1');

async function* chunks(...parts: Buffer[]) {
  for (const p of parts) yield p;
}

async function* failingAfter(first: Buffer) {
  yield first;
  throw new Error('连接被关闭');
}

function stagingFiles(dataDir: string): string[] {
  const dir = stagingDir(dataDir);
  return fs.existsSync(dir) ? fs.readdirSync(dir) : [];
}

async function rejected(p: Promise<unknown>): Promise<AppError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}

describe('stageUpload', () => {
  it('writes the bytes under a staged id, with their SHA-256, and leaves no temporary file', async () => {
    const dataDir = tempDir();
    const staged = await stageUpload(dataDir, chunks(PDF.subarray(0, 5), PDF.subarray(5)), '..\\..\\会议通知.pdf');
    expect(staged).toEqual({
      stagedId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      sha256: createHash('sha256').update(PDF).digest('hex'),
      size: PDF.length,
      fileName: '会议通知.pdf',
      mime: 'application/pdf',
    });
    expect(stagingFiles(dataDir)).toEqual([staged.stagedId]);
    expect(fs.readFileSync(path.join(stagingDir(dataDir), staged.stagedId)).equals(PDF)).toBe(true);
  });

  it('stops at the size limit mid-stream, says so with the limit, and removes the temporary file', async () => {
    const dataDir = tempDir();
    let pulled = 0;
    async function* endless() {
      for (;;) {
        pulled += 1;
        yield PDF;
      }
    }
    const err = await rejected(stageUpload(dataDir, endless(), '方案.pdf', { maxBytes: PDF.length * 3 }));
    expect(err.message).toBe(`“方案.pdf”超过单个文件 ${PDF.length * 3} 字节 的上限，没有保存。请压缩或拆分后再上传。`);
    expect(pulled).toBe(4);
    expect(stagingFiles(dataDir)).toEqual([]);
  });

  it('states the real limit in megabytes', async () => {
    const err = await rejected(stageUpload(tempDir(), chunks(PDF), '方案.pdf', { maxBytes: 10 }));
    expect(err.message).toContain('10 字节');
    const big = await rejected(stageUpload(tempDir(), chunks(PDF, Buffer.alloc(1024 * 1024)), '方案.pdf', { maxBytes: 1024 * 1024 }));
    expect(big.message).toContain('超过单个文件 1 MB 的上限');
  });

  it('removes the temporary file when the source breaks off', async () => {
    const dataDir = tempDir();
    const err = await rejected(stageUpload(dataDir, failingAfter(PDF), '纪要.pdf'));
    expect(err.message).toContain('读取“纪要.pdf”时中断');
    expect(stagingFiles(dataDir)).toEqual([]);
  });

  it('refuses a .pdf that is not a PDF, and keeps nothing', async () => {
    const dataDir = tempDir();
    const err = await rejected(stageUpload(dataDir, chunks(Buffer.from('<html>登录页</html>')), '红头文件.pdf'));
    expect(err.message).toContain('“红头文件.pdf”的内容不是PDF文件');
    expect(stagingFiles(dataDir)).toEqual([]);
  });

  it('refuses a type that is not allowed before reading anything', async () => {
    const dataDir = tempDir();
    let pulled = 0;
    async function* source() {
      pulled += 1;
      yield PDF;
    }
    const err = await rejected(stageUpload(dataDir, source(), 'setup.exe'));
    expect(err.message).toContain('“setup.exe”的文件类型不能作为佐证材料上传');
    expect(pulled).toBe(0);
  });
});

describe('stageFile', () => {
  it('stages a file from disk under its own name', async () => {
    const dataDir = tempDir();
    const src = path.join(tempDir(), '整改报告.pdf');
    fs.writeFileSync(src, PDF);
    const staged = await stageFile(dataDir, src);
    expect(staged.fileName).toBe('整改报告.pdf');
    expect(staged.size).toBe(PDF.length);
  });

  it('refuses a file over the limit before reading it, and a path that is not there', async () => {
    const dataDir = tempDir();
    const src = path.join(tempDir(), '大文件.pdf');
    fs.writeFileSync(src, PDF);
    expect((await rejected(stageFile(dataDir, src, { maxBytes: 5 }))).message).toContain('“大文件.pdf”超过单个文件 5 字节 的上限');
    const missing = await rejected(stageFile(dataDir, path.join(tempDir(), '不存在.pdf')));
    expect(missing.code).toBe('not_found');
    expect(missing.message).toContain('找不到文件');
    expect(stagingFiles(dataDir)).toEqual([]);
  });
});

describe('staging cleanup', () => {
  it('removes staged and half-written files older than a day, and keeps newer ones', async () => {
    const dataDir = tempDir();
    const old = await stageUpload(dataDir, chunks(PDF), '旧.pdf');
    const fresh = await stageUpload(dataDir, chunks(PDF), '新.pdf');
    const part = path.join(stagingDir(dataDir), 'crashed.part');
    fs.writeFileSync(part, 'half');
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 3600 * 1000);
    fs.utimesSync(path.join(stagingDir(dataDir), old.stagedId), twoDaysAgo, twoDaysAgo);
    fs.utimesSync(part, twoDaysAgo, twoDaysAgo);
    expect(cleanStaleStaging(dataDir)).toBe(2);
    expect(stagingFiles(dataDir)).toEqual([fresh.stagedId]);
    expect(cleanStaleStaging(tempDir())).toBe(0);
  });

  it('discards a staged upload the user cancelled', async () => {
    const dataDir = tempDir();
    const staged = await stageUpload(dataDir, chunks(PDF), '取消.pdf');
    expect(discardStaged(dataDir, staged.stagedId)).toBe(true);
    expect(discardStaged(dataDir, staged.stagedId)).toBe(false);
    expect(stagingFiles(dataDir)).toEqual([]);
  });
});
