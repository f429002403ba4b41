import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeReportDocx } from '../../electron/report/docx/write-report-docx';
import { DEFAULT_DOCX_SETTINGS } from '../../shared/report/docx-settings';
import { displayWidth, titleLines } from '../../shared/report/title-lines';
import type { PdfLine, PdfPage } from '../helpers/docx-render';
import { docxToPdf, linesOf, missingRenderTools, pdfPages, pdfToPngs, PT_PER_MM } from '../helpers/docx-render';
import { SAMPLE_DATE, SAMPLE_TITLE, SAMPLE_UNIT, sampleReport } from '../helpers/docx-sample';
import { docxTempDir } from '../helpers/docx-temp';

// The report as LibreOffice lays it out, measured on the PDF. The 方正/GB2312 faces are absent here
// and LibreOffice substitutes Noto CJK, so this checks positions and counts, never glyph shapes.
// Set DOCX_SHOTS_DIR to keep the page images (pdftoppm -r 60) for a look.

const PT = {
  pageW: 595.3,
  pageH: 841.9,
  left: 1587 / 20, // 28 mm
  right: (11906 - 1474) / 20, // 184 mm from the left edge
  top: 2098 / 20, // 37 mm
  bottom: (16838 - 1984) / 20, // type area ends 262 mm down
  line: 28.95,
  char: 314 / 20, // one 三号 character as set
  pageNumberInset: 14, // one 四号 character
};
const mm = (pt: number) => pt / PT_PER_MM;

let pages: PdfPage[];
let pngs: string[];

// LibreOffice 7.4 hangs a line-final 。，、 into the right margin whatever w:overflowPunct says (its
// import reads the value inverted); Word and WPS keep it inside. Such a mark is not counted.
const HANGING = /[，。、；：！？”’）》]$/;
const hangs = (l: PdfLine) => l.xMax > PT.right + 2 && HANGING.test(l.text);
const inside = (l: PdfLine) => (hangs(l) ? l.text.slice(0, -1) : l.text);

const bodyLines = (page: PdfPage): PdfLine[] => linesOf(page.words.filter((w) => w.yMax < PT.bottom + 3));
const footerLine = (page: PdfPage): PdfLine | undefined => linesOf(page.words.filter((w) => w.yMin > PT.bottom))[0];

beforeAll(() => {
  const missing = missingRenderTools();
  if (missing) throw new Error(missing);
  return (async () => {
    const dir = docxTempDir('fazhi-docx-render-');
    const docx = path.join(dir, 'report.docx');
    await writeReportDocx(sampleReport(), DEFAULT_DOCX_SETTINGS, docx);
    const pdf = docxToPdf(docx, dir);
    pages = pdfPages(pdf);
    pngs = pdfToPngs(pdf, path.join(dir, 'png'), 'docx-render');
    const keep = process.env.DOCX_SHOTS_DIR;
    if (keep) {
      fs.mkdirSync(keep, { recursive: true });
      for (const png of pngs) fs.copyFileSync(png, path.join(keep, path.basename(png)));
    }
  })();
}, 180_000);

describe('the report rendered by LibreOffice', () => {
  it('is A4, several pages, each one an image', () => {
    expect(pages.length).toBeGreaterThanOrEqual(4);
    for (const p of pages) {
      expect(p.width).toBeCloseTo(PT.pageW, 0);
      expect(p.height).toBeCloseTo(PT.pageH, 0);
    }
    expect(pngs).toHaveLength(pages.length);
  });

  it('holds 22 lines on a full page, 28.95 pt apart', () => {
    const lines = bodyLines(pages[1] as PdfPage);
    expect(lines).toHaveLength(22);
    for (let i = 1; i < lines.length; i++) expect((lines[i]?.yMin ?? 0) - (lines[i - 1]?.yMin ?? 0)).toBeCloseTo(PT.line, 0);
  });

  it('sets 28 characters on a full line', () => {
    for (const page of pages) {
      const widths = bodyLines(page).map((l) => displayWidth(inside(l)));
      expect(Math.max(...widths)).toBeLessThanOrEqual(28);
    }
    const full = bodyLines(pages[1] as PdfPage).filter((l) => displayWidth(inside(l)) === 28);
    expect(full.length).toBeGreaterThanOrEqual(5);
  });

  it('starts the type area 37 mm from the top and 28 mm from the left, ends it 26 mm from the right', () => {
    const lines = bodyLines(pages[1] as PdfPage);
    // With exact line spacing the line box ends at the text's descent: its top is one pitch above.
    const firstLineTop = (lines[0]?.yMax ?? 0) - PT.line;
    expect(Math.abs(mm(firstLineTop) - 37)).toBeLessThanOrEqual(1);
    expect(Math.abs(mm(Math.min(...lines.map((l) => l.xMin))) - 28)).toBeLessThanOrEqual(1);
    const rightEdge = Math.max(...lines.filter((l) => !hangs(l)).map((l) => l.xMax));
    expect(Math.abs(mm(PT.pageW - rightEdge) - 26)).toBeLessThanOrEqual(1);
  });

  it('numbers pages "— N —" 7 mm under the type area, odd pages right and even pages left, inset one character', () => {
    for (const [index, n] of [
      [0, 1],
      [1, 2],
      [2, 3],
    ] as const) {
      const f = footerLine(pages[index] as PdfPage);
      expect(f?.text, `page ${n}`).toBe(`\u2014${n}\u2014`);
      const middle = ((f?.yMin ?? 0) + (f?.yMax ?? 0)) / 2;
      expect(Math.abs(mm(middle - PT.bottom) - 7), `page ${n} height`).toBeLessThanOrEqual(1.5);
      if (n % 2 === 0) expect(Math.abs((f?.xMin ?? 0) - (PT.left + PT.pageNumberInset)), `page ${n} left`).toBeLessThanOrEqual(2);
      else expect(Math.abs(PT.right - PT.pageNumberInset - (f?.xMax ?? 0)), `page ${n} right`).toBeLessThanOrEqual(2);
    }
  });

  it('centres the title lines, longer first, with one empty line before the body', () => {
    const lines = bodyLines(pages[0] as PdfPage);
    const expected = titleLines(SAMPLE_TITLE);
    const title = lines.slice(0, expected.length);
    expect(title.map((l) => l.text)).toEqual(expected);
    const centre = (PT.left + PT.right) / 2;
    for (const l of title) expect(Math.abs((l.xMin + l.xMax) / 2 - centre)).toBeLessThanOrEqual(2);
    expect((title[0]?.xMax ?? 0) - (title[0]?.xMin ?? 0)).toBeGreaterThan((title[1]?.xMax ?? 0) - (title[1]?.xMin ?? 0));
    const body = lines[expected.length];
    expect(Math.abs((body?.yMax ?? 0) - (title[title.length - 1]?.yMax ?? 0) - 2 * PT.line)).toBeLessThanOrEqual(3);
  });

  it('indents headings and paragraphs 2 characters', () => {
    const all = pages.flatMap(bodyLines);
    for (const start of ['一、推进法治政府建设', '（一）深入学习', '1.深入学习', '2022年，']) {
      const line = all.find((l) => l.text.startsWith(start));
      expect(Math.abs((line?.xMin ?? 0) - (PT.left + 2 * PT.char)), start).toBeLessThanOrEqual(2.5);
    }
  });

  it('signs 2 characters from the right, the date starting 2 characters right of the name', () => {
    const lines = bodyLines(pages[pages.length - 1] as PdfPage);
    const at = lines.findIndex((l) => l.text === SAMPLE_UNIT);
    const [unit, date] = [lines[at], lines[at + 1]];
    expect(date?.text).toBe(SAMPLE_DATE);
    expect(Math.abs(PT.right - (unit?.xMax ?? 0) - 2 * PT.char)).toBeLessThanOrEqual(3);
    expect(Math.abs((date?.xMin ?? 0) - (unit?.xMin ?? 0) - 2 * PT.char)).toBeLessThanOrEqual(3);
    // One empty line between the body and the name.
    expect(Math.abs((unit?.yMin ?? 0) - (lines[at - 1]?.yMin ?? 0) - 2 * PT.line)).toBeLessThanOrEqual(1);
  });
});
