import ExcelJS from 'exceljs';
import { parse as parseCsv } from 'csv-parse/sync';
import fc from 'fast-check';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stageFile } from '../../electron/attachments/stage-upload';
import { exportPath } from '../../electron/spreadsheet/export-files';
import { readTableFile } from '../../electron/spreadsheet/read-table-file';
import { exceljsRows } from '../helpers/exceljs-table';
import { escapeXml, minimalXlsx, worksheetXml, zipParts } from '../helpers/hostile-sheets';
import { inDir } from '../helpers/ledger-files';
import { openTempApp, tempDir } from '../helpers/temp-app';

// Bounded reading must read a normal sheet as the exceljs reading before it did (compared cell for
// cell, each row up to its last cell with content), and read what Excel, WPS and other programs
// write that exceljs got wrong or never met. Fixed seed, as in the registry fuzzer.

const SEED = Number(process.env.FUZZ_SEED ?? 20_261_207);

const cellValue = fc.oneof(
  { arbitrary: fc.string({ maxLength: 12 }), weight: 4 },
  { arbitrary: fc.constantFrom('普法宣传', ' 前后有空格 ', 'a & b < c > "d" \'e\'', '😀表情', '&amp;', ']]>', '_x000D_', '=1+1', '0012'), weight: 2 },
  { arbitrary: fc.oneof(fc.integer({ min: -1e9, max: 1e9 }), fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 })), weight: 2 },
  { arbitrary: fc.date({ min: new Date(Date.UTC(1950, 0, 1)), max: new Date(Date.UTC(2090, 11, 31)), noInvalidDate: true }).map((d) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()))), weight: 1 },
  { arbitrary: fc.boolean(), weight: 1 },
  { arbitrary: fc.constant(null), weight: 3 },
  // Not 0: exceljs drops a formula's cached 0 (reads it as no result); the bounded reader keeps "0".
  { arbitrary: fc.record({ formula: fc.constant('1+1'), result: fc.integer({ min: 1, max: 99 }) }), weight: 1 },
  { arbitrary: fc.array(fc.string({ minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 3 }).map((parts) => ({ richText: parts.map((text) => ({ text })) })), weight: 1 },
);

const sheetSpec = fc.record({
  rows: fc.array(fc.array(cellValue, { maxLength: 8 }), { maxLength: 12 }),
  /** A cell far from the others, inside the limits. */
  far: fc.option(fc.record({ row: fc.integer({ min: 1, max: 400 }), column: fc.integer({ min: 1, max: 200 }), text: fc.string({ minLength: 1, maxLength: 5 }) })),
  merges: fc.array(fc.tuple(fc.integer({ min: 1, max: 14 }), fc.integer({ min: 1, max: 9 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 })), { maxLength: 3 }),
});

type SheetSpec = typeof sheetSpec extends fc.Arbitrary<infer T> ? T : never;

async function writeSpec(file: string, spec: SheetSpec): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('2024年台账');
  spec.rows.forEach((cells, r) => cells.forEach((v, c) => v !== null && (sheet.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue)));
  if (spec.far) sheet.getCell(spec.far.row, spec.far.column).value = spec.far.text;
  // Past every merge, so each lies inside the cells with content: beyond them the bounded reader
  // makes no merged copies, where exceljs filled the whole range (see spreadsheet-limits).
  sheet.getCell(18, 13).value = '末尾';
  const taken = new Set<string>();
  for (const [top, left, down, across] of spec.merges) {
    const cells: string[] = [];
    for (let r = top; r <= top + down; r++) for (let c = left; c <= left + across; c++) cells.push(`${r}:${c}`);
    // exceljs refuses overlapping merges, as Excel does.
    if (cells.length < 2 || cells.some((k) => taken.has(k))) continue;
    cells.forEach((k) => taken.add(k));
    sheet.mergeCells(top, left, top + down, left + across);
  }
  await workbook.xlsx.writeFile(file);
}

function trimRows(rows: string[][]): string[][] {
  const out = rows.map((r) => {
    const cells = [...r];
    while (cells.length && cells[cells.length - 1] === '') cells.pop();
    return cells;
  });
  while (out.length && out[out.length - 1]!.length === 0) out.pop();
  return out;
}

async function bothReadings(file: string) {
  const bounded = await readTableFile(file).then(
    (t) => ({ rows: trimRows(t.rows), sheetName: t.sheetName }),
    (err: Error) => ({ error: err.message }),
  );
  const reference = await exceljsRows(file).then(
    (t) => (t.rows.length ? t : { error: '文件是空的' }),
    (err: Error) => ({ error: err.message }),
  );
  return { bounded, reference };
}

describe('bounded reading reads a normal .xlsx as exceljs did', () => {
  it('random sheets: text, numbers, dates, booleans, formulas, rich text, blanks, a far cell and merges', async () => {
    const dir = tempDir();
    let n = 0;
    await fc.assert(
      fc.asyncProperty(sheetSpec, async (spec) => {
        const file = path.join(dir, `${n++}.xlsx`);
        await writeSpec(file, spec);
        const { bounded, reference } = await bothReadings(file);
        if ('error' in reference) expect(bounded).toEqual({ error: expect.stringContaining(reference.error) });
        else expect(bounded).toEqual(reference);
      }),
      { seed: SEED, numRuns: 60, endOnFailure: true },
    );
  });

  it('our own export, and a sheet with merged headers and a merged 类别 down its rows, import as before', async () => {
    const app = openTempApp();
    const dir = tempDir();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('台账');
    sheet.addRow(['日期', '类别', '事项标题', '指标', '']);
    sheet.addRow(['2024-03-15', '普法', '宪法进社区', '发放宣传材料=300份', '']);
    sheet.addRow([new Date(Date.UTC(2024, 3, 15)), '', { richText: [{ text: '集体' }, { text: '学法' }] }, '', '']);
    sheet.addRow(['2024-05-19', '', { text: '中国旅游日', hyperlink: 'https://example.org' }, '', '']);
    sheet.mergeCells('D1:E1');
    sheet.mergeCells('B2:B4');
    const file = inDir(dir, '合并表头.xlsx');
    await workbook.xlsx.writeFile(file);
    const { bounded, reference } = await bothReadings(file);
    expect(bounded).toEqual(reference);

    const { stagedId } = await stageFile(app.ctx.dataDir, file);
    const preview = await app.registry.call('ledger.import.preview', { stagedId, fileName: '合并表头.xlsx' });
    // The merged header's second cell repeats 指标: that column is not imported (and shown so in 对应列).
    expect(preview).toMatchObject({ readyCount: 3, errors: [], ignoredColumns: ['指标'] });
    expect(preview.columns[4]).toMatchObject({ header: '指标', target: { kind: 'skip' }, matchedBy: 'none' });
    expect(await app.registry.call('ledger.import.commit', { stagedId, fileName: '合并表头.xlsx' })).toMatchObject({ added: 3 });
    const items = (await app.registry.call('activities.list', { sort: 'date_asc' })).items;
    expect(items.map((a) => [a.date, a.categoryName, a.title])).toEqual([
      ['2024-03-15', '普法宣传教育', '宪法进社区'],
      ['2024-04-15', '普法宣传教育', '集体学法'],
      ['2024-05-19', '普法宣传教育', '中国旅游日'],
    ]);

    const exported = await app.registry.call('ledger.export', {});
    const copy = inDir(dir, '导出.xlsx');
    fs.copyFileSync(exportPath(app.ctx.dataDir, exported.exportId)!, copy);
    const again = await bothReadings(copy);
    expect(again.bounded).toEqual(again.reference);
  });
});

describe('bounded reading reads what other programs write', () => {
  const header = '<row r="1"><c r="A1" t="inlineStr"><is><t>日期</t></is></c><c r="B1" t="inlineStr"><is><t>事项标题</t></is></c></row>';

  async function read(spec: Parameters<typeof minimalXlsx>[0], name = 'x.xlsx') {
    const file = path.join(tempDir(), name);
    fs.writeFileSync(file, minimalXlsx(spec));
    return readTableFile(file);
  }

  it('reads the Chinese built-in date formats (such as 31, yyyy"年"m"月"d"日") as dates, and 1904 dates', async () => {
    const styles = '<styleSheet><numFmts count="1"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;"/></numFmts><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="31"/><xf numFmtId="176"/><xf numFmtId="3"/></cellXfs></styleSheet>';
    const rows = `${header}<row r="2"><c r="A2" s="1"><v>45366</v></c><c r="B2" s="3"><v>45366</v></c></row><row r="3"><c r="A3" s="2"><v>45366.75</v></c></row>`;
    expect((await read({ sheet: worksheetXml(rows), styles })).rows.slice(1)).toEqual([['2024-03-15', '45366'], ['2024-03-15']]);
    expect((await read({ sheet: worksheetXml(rows), styles, workbookPr: '<workbookPr date1904="1"/>' })).rows[1]![0]).toBe('2028-03-16');
  });

  it('reads prefixed names, entities, CDATA, phonetic runs, ISO date cells, cached formula results and cells without addresses', async () => {
    const sheet = `<?xml version="1.0" encoding="UTF-8"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>
      <x:row r="1"><x:c t="s"><x:v>0</x:v></x:c><x:c t="s"><x:v>1</x:v></x:c><x:c t="inlineStr"><x:is><x:t><![CDATA[<宪法> & 民法典]]></x:t></x:is></x:c></x:row>
      <x:row><x:c t="d"><x:v>2024-03-15T00:00:00.000Z</x:v></x:c><x:c t="str"><x:f>A1</x:f><x:v>&#x666E;&#27861; &amp; 宣传</x:v></x:c><x:c t="e"><x:v>#DIV/0!</x:v></x:c><x:c t="b"><x:v>0</x:v></x:c><x:c><x:f>1-1</x:f><x:v>0</x:v></x:c></x:row>
    </x:sheetData></x:worksheet>`;
    const sharedStrings = '<sst><si><t>日期</t><rPh sb="0" eb="2"><t>リツキ</t></rPh></si><si><r><rPr><b/></rPr><t xml:space="preserve">事项 </t></r><r><t>标题</t></r></si></sst>';
    expect((await read({ sheet, sharedStrings })).rows).toEqual([
      ['日期', '事项 标题', '<宪法> & 民法典'],
      // A formula's cached 0 stays 0 (exceljs read it as no value).
      ['2024-03-15', '普法 & 宣传', '', 'false', '0'],
    ]);
  });

  it('finds the first worksheet through the relationships: a chart sheet first, parts in other folders, a missing shared-string table', async () => {
    const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
    const file = path.join(tempDir(), '图表在前.xlsx');
    fs.writeFileSync(
      file,
      zipParts([
        { name: '_rels/.rels', data: `<Relationships><Relationship Id="r1" Type="${REL}/officeDocument" Target="/book/main.xml"/></Relationships>` },
        { name: 'book/main.xml', data: '<workbook><sheets><sheet name="图表" sheetId="2" r:id="c1"/><sheet name="数据 &amp; 台账" sheetId="1" r:id="s1"/></sheets></workbook>' },
        { name: 'book/_rels/main.xml.rels', data: `<Relationships><Relationship Id="c1" Type="${REL}/chartsheet" Target="charts/c.xml"/><Relationship Id="s1" Type="${REL}/worksheet" Target="../tables/t.xml"/></Relationships>` },
        { name: 'tables/t.xml', data: worksheetXml(`${header}<row r="2"><c r="A2" t="s"><v>7</v></c><c r="B2" t="inlineStr"><is><t>${escapeXml('学法 <第1次>')}</t></is></c></row>`) },
      ]),
    );
    expect(await readTableFile(file)).toEqual({ sheetName: '数据 & 台账', rows: [['日期', '事项标题'], ['', '学法 <第1次>']] });
  });
});

describe('bounded reading reads a normal CSV as csv-parse did', () => {
  const field = fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('a,b', 'say "hi"', '两行\n文字', ' 空格 ', '', '\r\n', '"'));

  it('random fields with commas, quotes and line breaks', async () => {
    const dir = tempDir();
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(field, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 }), fc.boolean(), async (rows, crlf) => {
        const text = rows.map((r) => r.map((c) => (/[",\r\n]/.test(c) || c !== c.trim() ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join(crlf ? '\r\n' : '\n');
        const file = path.join(dir, `${n++}.csv`);
        fs.writeFileSync(file, `\ufeff${text}`);
        const expected = trimRows((parseCsv(text, { relax_column_count: true, skip_empty_lines: false }) as string[][]).map((r) => r.map((c) => c.trim())));
        const got = await readTableFile(file).then(
          (t) => trimRows(t.rows),
          () => [],
        );
        expect(got).toEqual(expected);
      }),
      { seed: SEED, numRuns: 100, endOnFailure: true },
    );
  });
});
