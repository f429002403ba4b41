import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportPath } from '../../electron/spreadsheet/export-files';
import { LEDGER_TABLES } from '../../shared/domain/ledger-tables';
import { docxToPdf, linesOf, missingRenderTools, pdfPages, pdfToPngs } from '../helpers/docx-render';
import { attrsOf, elements, first, isOn, readDocxParts, textOf } from '../helpers/docx-xml';
import { openTempApp, tempDir } from '../helpers/temp-app';

// The ledger tables' Word file for the inspection binder: every page numbered "第 N 页 共 M 页".
// Set DOCX_SHOTS_DIR to keep the rendered pages as images.

async function exportedLedger(faceChoice?: 'windows-common') {
  const app = openTempApp();
  await app.registry.call('unit.update', { name: '某某区司法局' });
  await app.registry.call('activities.create', { date: '2024-04-10', categoryId: 1, title: '党组理论学习中心组集体学法', summary: '集体学习《行政复议法》' });
  if (faceChoice) await app.registry.call('report.docxSettings.update', { faceChoice });
  const made = await app.registry.call('ledger.tables.export', { year: 2024, format: 'docx' });
  return exportPath(app.ctx.dataDir, made.exportId)!;
}

describe('ledger.tables.export as .docx: page numbers', () => {
  it('has one centred footer with the PAGE and NUMPAGES fields in 宋体 五号', async () => {
    const parts = await readDocxParts(fs.readFileSync(await exportedLedger()));
    expect(Object.keys(parts.footers)).toEqual(['default']);
    const footer = parts.footers.default!;
    expect(attrsOf(footer, 'w:jc')['w:val']).toBe('center');
    const fields = elements(footer, 'w:instrText').map((f) => textOf(f.replace(/w:instrText/g, 'w:t')).trim());
    expect(fields).toEqual(['PAGE', 'NUMPAGES']);
    expect(textOf(footer)).toBe('第  页 共  页');
    const run = first(footer, 'w:rPr') ?? '';
    expect(attrsOf(run, 'w:rFonts')['w:eastAsia']).toBe('宋体');
    expect(attrsOf(run, 'w:sz')['w:val']).toBe('21');
    // A landscape record printed one-sided: no odd/even pair.
    expect(isOn(parts.settings, 'w:evenAndOddHeaders')).toBe(false);
  });

  it('uses the faces chosen in 设置 → 公文格式', async () => {
    const parts = await readDocxParts(fs.readFileSync(await exportedLedger('windows-common')));
    expect(parts.document).toContain('w:eastAsia="仿宋"');
    expect(parts.document).not.toContain('仿宋_GB2312');
  });

  it('numbers every page as LibreOffice lays it out', async () => {
    const missing = missingRenderTools();
    if (missing) throw new Error(missing);
    const dir = tempDir('fazhi-ledger-render-');
    const docx = path.join(dir, 'ledger.docx');
    fs.copyFileSync(await exportedLedger(), docx);
    const pdf = docxToPdf(docx, dir);
    const pages = pdfPages(pdf);
    // Set DOCX_SHOTS_DIR to keep the page images for a look.
    if (process.env.DOCX_SHOTS_DIR) pdfToPngs(pdf, process.env.DOCX_SHOTS_DIR, 'ledger');
    // Each ledger type starts a new page.
    expect(pages.length).toBeGreaterThanOrEqual(LEDGER_TABLES.length);
    pages.forEach((page, i) => {
      const lines = linesOf(page.words);
      const bottom = lines[lines.length - 1]!;
      expect(bottom.text).toBe(`第${i + 1}页共${pages.length}页`);
      // Centred under the landscape type area (page width 841.9 pt).
      expect(Math.abs((bottom.xMin + bottom.xMax) / 2 - page.width / 2)).toBeLessThan(6);
      expect(bottom.yMin).toBeGreaterThan(page.height - 60);
    });
  }, 180_000);
});
