import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTableFile, readTableSheets, TABLE_FILE_LIMITS } from '../../electron/spreadsheet/read-table-file';
import { escapeXml, inlineRow, worksheetXml, zipParts } from '../helpers/hostile-sheets';
import type { ZipPart } from '../helpers/hostile-sheets';
import { writeCsv } from '../helpers/ledger-files';
import { rejected } from '../helpers/rejected';
import { tempDir } from '../helpers/temp-app';

// Issue 14: a unit's workbook keeps one sheet per kind of 台账, so the import reads them all, each
// within the limits of one sheet and all of them together within the cells one sheet may hold.

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A workbook of worksheets (given as their <row> elements) and chart sheets, in this order. */
function workbookXlsx(file: string, sheets: readonly ({ name: string; rows: string; declaredSize?: number } | { chart: string })[]): string {
  const listed = sheets.map((s, i) => `<sheet name="${escapeXml('chart' in s ? s.chart : s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
  const rels = sheets
    .map((s, i) => ('chart' in s ? `<Relationship Id="rId${i + 1}" Type="${REL}/chartsheet" Target="chartsheets/sheet${i + 1}.xml"/>` : `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`))
    .join('');
  const parts: ZipPart[] = [
    { name: '_rels/.rels', data: `<Relationships><Relationship Id="r1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>` },
    { name: 'xl/workbook.xml', data: `<workbook xmlns:r="${REL}"><sheets>${listed}</sheets></workbook>` },
    { name: 'xl/_rels/workbook.xml.rels', data: `<Relationships>${rels}</Relationships>` },
  ];
  sheets.forEach((s, i) => {
    if (!('chart' in s)) parts.push({ name: `xl/worksheets/sheet${i + 1}.xml`, data: worksheetXml(s.rows), ...(s.declaredSize ? { declaredSize: s.declaredSize } : {}) });
    else parts.push({ name: `xl/chartsheets/sheet${i + 1}.xml`, data: '<chartsheet/>' });
  });
  fs.writeFileSync(file, zipParts(parts));
  return file;
}

/** `count` rows below a header, each with one number in column `letters` (so each row counts to that column). */
function farColumnRows(count: number, letters: string): string {
  const rows = [inlineRow(1, ['日期', '事项标题'])];
  for (let r = 2; r <= count + 1; r++) rows.push(`<row r="${r}"><c r="${letters}${r}"><v>1</v></c></row>`);
  return rows.join('');
}

describe('readTableSheets reads every sheet of a workbook', () => {
  it('reads three sheets in order (one empty) with merged titles, a merged 类别 column and a date cell', async () => {
    const workbook = new ExcelJS.Workbook();
    const pufa = workbook.addWorksheet('普法宣传台账');
    pufa.addRow(['2024年普法宣传活动台账', '', '']);
    pufa.addRow(['日期', '类别', '事项标题']);
    pufa.addRow([new Date(Date.UTC(2024, 2, 15)), '普法', '宪法进社区']);
    pufa.addRow(['2024-04-15', '', '国家安全教育日']);
    pufa.mergeCells('A1:C1');
    pufa.mergeCells('B3:B4');
    workbook.addWorksheet('空白');
    const xuefa = workbook.addWorksheet('学法台账');
    xuefa.addRow(['时间', '学习内容']);
    xuefa.addRow(['2024年3月5日', '习近平法治思想']);
    xuefa.addRow([]);
    xuefa.getCell('A6').value = '';
    const file = path.join(tempDir(), '2024年台账.xlsx');
    await workbook.xlsx.writeFile(file);

    expect(await readTableSheets(file)).toEqual({
      sheets: [
        {
          name: '普法宣传台账',
          rows: [
            ['2024年普法宣传活动台账', '2024年普法宣传活动台账', '2024年普法宣传活动台账'],
            ['日期', '类别', '事项标题'],
            ['2024-03-15', '普法', '宪法进社区'],
            ['2024-04-15', '普法', '国家安全教育日'],
          ],
        },
        { name: '空白', rows: [] },
        {
          name: '学法台账',
          rows: [
            ['时间', '学习内容'],
            ['2024年3月5日', '习近平法治思想'],
          ],
        },
      ],
    });
    // The first sheet alone, as before, for the callers that read one.
    expect((await readTableFile(file)).sheetName).toBe('普法宣传台账');
  });

  it('leaves chart sheets out, keeps an empty first sheet, and reads a CSV as one sheet named after the file', async () => {
    const dir = tempDir();
    const file = workbookXlsx(path.join(dir, '图表.xlsx'), [{ name: '封面', rows: '' }, { chart: '统计图' }, { name: '学法台账', rows: inlineRow(1, ['时间', '学习内容']) }]);
    expect(await readTableSheets(file)).toEqual({
      sheets: [
        { name: '封面', rows: [] },
        { name: '学法台账', rows: [['时间', '学习内容']] },
      ],
    });
    const csv = writeCsv(path.join(dir, '普法宣传台账.csv'), [['日期', '事项标题'], ['2024-03-15', '宪法进社区'], ['', '']]);
    expect(await readTableSheets(csv, '普法宣传台账.csv')).toEqual({ sheets: [{ name: '普法宣传台账', rows: [['日期', '事项标题'], ['2024-03-15', '宪法进社区']] }] });
  });

  it('refuses a workbook with nothing in any sheet as empty', async () => {
    const file = workbookXlsx(path.join(tempDir(), '空.xlsx'), [{ name: 'Sheet1', rows: '' }, { name: 'Sheet2', rows: '<row r="3"></row>' }]);
    expect((await rejected(readTableSheets(file))).message).toBe('无法读取“空.xlsx”：文件是空的');
  });
});

describe('readTableSheets bounds the workbook as a whole', () => {
  it(`reads ${TABLE_FILE_LIMITS.sheets} sheets and refuses ${TABLE_FILE_LIMITS.sheets + 1}, naming the limit`, async () => {
    const dir = tempDir();
    const write = async (count: number) => {
      const workbook = new ExcelJS.Workbook();
      for (let i = 1; i <= count; i++) workbook.addWorksheet(`第${i}张`).addRow(['日期', '事项标题']);
      const file = path.join(dir, `${count}张.xlsx`);
      await workbook.xlsx.writeFile(file);
      return file;
    };
    expect((await readTableSheets(await write(TABLE_FILE_LIMITS.sheets))).sheets).toHaveLength(TABLE_FILE_LIMITS.sheets);
    expect((await rejected(readTableSheets(await write(TABLE_FILE_LIMITS.sheets + 1)))).message).toBe(
      '无法读取“51张.xlsx”：工作簿中有 51 个工作表，超过了 50 个的上限，请只保留要导入的台账工作表（可分成几个文件）后再导入',
    );
  });

  it('refuses sheets each within the cell limit whose cells together are past it', async () => {
    const dir = tempDir();
    // 10,000 rows counted to column 200: 2 million cells a sheet, fine alone, 4 million together.
    const sheet = farColumnRows(10_000, 'GR');
    const one = workbookXlsx(path.join(dir, '一张.xlsx'), [{ name: '台账', rows: sheet }]);
    expect((await readTableSheets(one)).sheets[0]!.rows).toHaveLength(10_001);
    const two = workbookXlsx(path.join(dir, '两张.xlsx'), [
      { name: '普法', rows: sheet },
      { name: '学法', rows: sheet },
    ]);
    expect((await rejected(readTableSheets(two))).message).toBe(
      '无法读取“两张.xlsx”：工作簿太大：各工作表的单元格合计超过了 300 万个（每行算到最后一个有内容的列，空行也算一个），请分成几个文件导入',
    );
  });

  it('counts blank rows too, so many sheets of one far-down cell cannot fill memory with empty rows', async () => {
    const far = `<row r="${TABLE_FILE_LIMITS.rows + 1}"><c r="A${TABLE_FILE_LIMITS.rows + 1}" t="inlineStr"><is><t>x</t></is></c></row>`;
    const sheets = Array.from({ length: 31 }, (_, i) => ({ name: `第${i + 1}张`, rows: far }));
    const file = workbookXlsx(path.join(tempDir(), '远处.xlsx'), sheets);
    expect((await rejected(readTableSheets(file))).message).toContain('各工作表的单元格合计超过了 300 万个');
  });

  it('refuses sheets that together unpack past one part\'s limit, from the directory before inflating any', async () => {
    // Each sheet's directory entry claims 150 MB: each within 200 MB, 300 MB together.
    const claim = 150 * 1024 * 1024;
    const file = workbookXlsx(path.join(tempDir(), '炸弹.xlsx'), [
      { name: '普法', rows: inlineRow(1, ['日期', '事项标题']), declaredSize: claim },
      { name: '学法', rows: inlineRow(1, ['日期', '事项标题']), declaredSize: claim },
    ]);
    expect((await rejected(readTableSheets(file))).message).toBe(
      '无法读取“炸弹.xlsx”：其中的工作表解压后合计超过 200 MB 的上限（可能是恶意构造的“压缩炸弹”），请在 Excel 或 WPS 中只保留台账后另存，再导入',
    );
  });

  it('names the sheet where a per-sheet limit was met', async () => {
    const file = workbookXlsx(path.join(tempDir(), '宽.xlsx'), [
      { name: '普法', rows: inlineRow(1, ['日期', '事项标题']) },
      { name: '学法', rows: `${inlineRow(1, ['日期'])}<row r="2"><c r="GS2"><v>1</v></c></row>` },
    ]);
    expect((await rejected(readTableSheets(file))).message).toBe('无法读取“宽.xlsx”的工作表“学法”：表格超过了 200 列（第 201 列有内容，在单元格 GS2），请只保留台账的列后再导入');
  });
});
