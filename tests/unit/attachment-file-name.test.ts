import { describe, expect, it } from 'vitest';
import { contentDisposition } from '../../electron/attachments/content-disposition';
import { cleanFileName } from '../../electron/attachments/safe-file-name';
import { ATTACHMENT_LIMITS } from '../../shared/domain/attachment';
import { AppError } from '../../shared/errors';

function refused(raw: string): AppError {
  try {
    cleanFileName(raw);
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    return err as AppError;
  }
  throw new Error(`expected “${raw}” to be refused`);
}

describe('cleanFileName', () => {
  it.each([
    ['会议通知.pdf', '会议通知.pdf', 'pdf'],
    ['../../etc/passwd.txt', 'passwd.txt', 'txt'],
    ['..\\..\\Windows\\system.ini.txt', 'system.ini.txt', 'txt'],
    ['C:\\Users\\张三\\桌面\\签到表.xlsx', '签到表.xlsx', 'xlsx'],
    ['C:\\x.pdf', 'x.pdf', 'pdf'],
    ['/home/u/现场照片.JPG', '现场照片.JPG', 'jpg'],
    ['签到\u0000表\n(一).docx', '签到表(一).docx', 'docx'],
    ['纪要\u202Efdp.exe', '纪要fdp.exe', 'exe'],
    ['CON.txt', 'CON_.txt', 'txt'],
    ['nul.tar.gz', 'nul_.tar.gz', 'gz'],
    ['com1', 'com1_', ''],
    ['Console.txt', 'Console.txt', 'txt'],
    ['方案.pdf. . ', '方案.pdf', 'pdf'],
    ['  .隐藏文件.pdf', '隐藏文件.pdf', 'pdf'],
    ['a<b>c:d|e?f*g"h.pdf', 'a_b_c_d_e_f_g_h.pdf', 'pdf'],
  ])('%j → %j', (raw, name, ext) => {
    expect(cleanFileName(raw)).toEqual({ name, ext });
  });

  it('caps a long name at 120 characters and keeps the extension', () => {
    const raw = `${'关于开展法治宣传教育活动的通知'.repeat(20)}.docx`;
    expect(Array.from(raw).length).toBeGreaterThan(300);
    const { name, ext } = cleanFileName(raw);
    expect(Array.from(name)).toHaveLength(ATTACHMENT_LIMITS.fileName);
    expect(name.endsWith('.docx')).toBe(true);
    expect(name.startsWith('关于开展法治宣传教育活动的通知')).toBe(true);
    expect(ext).toBe('docx');
  });

  it('never cuts a character in half when shortening', () => {
    const { name } = cleanFileName(`${'😀'.repeat(200)}.pdf`);
    expect(name).toBe(`${'😀'.repeat(116)}.pdf`);
  });

  it.each(['..', '../..', 'folder/', '...', ' \u0001 ', 'C:\\temp\\..'])('refuses %j, naming the problem in Chinese', (raw) => {
    const err = refused(raw);
    expect(err.code).toBe('invalid_input');
    expect(err.message).toMatch(/^文件名“.*”无效/);
  });
});

describe('contentDisposition', () => {
  it('gives the Chinese name as UTF-8 and a Latin-1 stand-in', () => {
    const header = contentDisposition('attachment', '会议纪要（第1期）.pdf');
    expect(header).toBe(`attachment; filename="______1__.pdf"; filename*=UTF-8''${encodeURIComponent('会议纪要（第1期）.pdf')}`);
    expect(/^[\x20-\x7e]+$/.test(header)).toBe(true);
  });

  it('escapes the characters RFC 5987 does not allow', () => {
    expect(contentDisposition('inline', "it's (1)!.txt")).toContain("filename*=UTF-8''it%27s%20%281%29%21.txt");
  });
});
