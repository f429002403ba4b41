import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { writeReportDocx } from '../../electron/report/docx/write-report-docx';
import { DEFAULT_DOCX_SETTINGS } from '../../shared/report/docx-settings';
import { rejected } from '../helpers/rejected';
import { docxTempDir } from '../helpers/docx-temp';
import { sampleReport } from '../helpers/docx-sample';

// The report file is written whole or not at all, and never over a file the user already has.

describe('writeReportDocx', () => {
  it('writes a .docx and leaves no temporary file', async () => {
    const dir = docxTempDir();
    const out = path.join(dir, '2022年法治政府建设情况报告.docx');
    await writeReportDocx(sampleReport(), DEFAULT_DOCX_SETTINGS, out);
    const zip = await JSZip.loadAsync(fs.readFileSync(out));
    expect(zip.file('word/document.xml')).not.toBeNull();
    // A flat list of parts, no folder entries.
    expect(Object.values(zip.files).filter((f) => f.dir)).toEqual([]);
    expect(fs.readdirSync(dir)).toEqual([path.basename(out)]);
  });

  it('packs the parts plainly: [Content_Types].xml first, deflated, sizes in each local header (no data descriptors), no extra fields', async () => {
    const dir = docxTempDir();
    const out = path.join(dir, '报告.docx');
    await writeReportDocx(sampleReport(), DEFAULT_DOCX_SETTINGS, out);
    const bytes = fs.readFileSync(out);
    const headers: { name: string; flags: number; method: number; compressed: number; extra: number }[] = [];
    // Local file headers follow each other: signature, fixed fields, name, extra, data.
    for (let at = 0; bytes.readUInt32LE(at) === 0x04034b50; ) {
      const compressed = bytes.readUInt32LE(at + 18);
      const nameLength = bytes.readUInt16LE(at + 26);
      const extra = bytes.readUInt16LE(at + 28);
      headers.push({ name: bytes.toString('utf8', at + 30, at + 30 + nameLength), flags: bytes.readUInt16LE(at + 6), method: bytes.readUInt16LE(at + 8), compressed, extra });
      at += 30 + nameLength + extra + compressed;
    }
    expect(headers[0]?.name).toBe('[Content_Types].xml');
    expect(headers.map((h) => h.name)).toEqual(expect.arrayContaining(['word/document.xml', 'word/styles.xml', 'word/fontTable.xml', '_rels/.rels']));
    for (const h of headers) expect(h, h.name).toMatchObject({ flags: expect.any(Number), method: 8, extra: 0 });
    // Bit 3 would mean sizes only after the data; bit 11 is UTF-8 names, which plain ASCII names do not need.
    expect(headers.filter((h) => (h.flags & 0b1000) !== 0)).toEqual([]);
    expect(headers.every((h) => h.compressed > 0)).toBe(true);
  });

  it('refuses to overwrite an existing file, in Chinese, and leaves it as it was', async () => {
    const dir = docxTempDir();
    const out = path.join(dir, '报告.docx');
    fs.writeFileSync(out, '去年手工改过的报告');
    const err = await rejected(writeReportDocx(sampleReport(), DEFAULT_DOCX_SETTINGS, out));
    expect(err.code).toBe('conflict');
    expect(err.message).toContain('“报告.docx”已经存在');
    expect(fs.readFileSync(out, 'utf8')).toBe('去年手工改过的报告');
    expect(fs.readdirSync(dir)).toEqual(['报告.docx']);
  });

  it('leaves nothing behind when the folder does not exist', async () => {
    const dir = docxTempDir();
    const err = await rejected(writeReportDocx(sampleReport(), DEFAULT_DOCX_SETTINGS, path.join(dir, '没有这个文件夹', '报告.docx')));
    expect(err.code).toBe('invalid_input');
    expect(err.message).toMatch(/^“报告.docx”没有保存：保存位置“.*没有这个文件夹”不存在。$/);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('refuses invalid settings before writing anything', async () => {
    const dir = docxTempDir();
    const out = path.join(dir, '报告.docx');
    const err = await rejected(writeReportDocx(sampleReport(), { ...DEFAULT_DOCX_SETTINGS, bodyLineSpacingPt: 35 }, out));
    expect(err.code).toBe('invalid_input');
    expect(err.message).toContain('正文行距应在28—29.5磅之间');
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});
