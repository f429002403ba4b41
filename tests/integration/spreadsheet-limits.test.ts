import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stageFile } from '../../electron/attachments/stage-upload';
import type { OpenApp } from '../../electron/open-app';
import { readTableFile, TABLE_FILE_LIMITS } from '../../electron/spreadsheet/read-table-file';
import { farCellXlsx, inlineRow, manyRowsXlsx, minimalXlsx, worksheetXml, zipBombXlsx } from '../helpers/hostile-sheets';
import { writeCsv } from '../helpers/ledger-files';
import { rejected } from '../helpers/rejected';
import { openTempApp, tempDir } from '../helpers/temp-app';

// Issue 13, item 3: a sheet past a limit is refused from what the file holds, as the reading meets
// it, with a message naming the limit; nothing is written. (Memory is proved in spreadsheet-memory.)

async function previewRefusal(app: OpenApp, file: string): Promise<string> {
  const fileName = path.basename(file);
  const { stagedId } = await stageFile(app.ctx.dataDir, file);
  const preview = await rejected(app.registry.call('ledger.import.preview', { stagedId, fileName }));
  const commit = await rejected(app.registry.call('ledger.import.commit', { stagedId, fileName }));
  expect(commit.message).toBe(preview.message);
  expect(preview.code).toBe('invalid_input');
  expect((await app.registry.call('activities.list', {})).total).toBe(0);
  return preview.message;
}

function writeSheet(file: string, rows: string, after = ''): string {
  fs.writeFileSync(file, minimalXlsx({ sheet: worksheetXml(rows, after) }));
  return file;
}

/** A header row, then one cell with text at the address. */
function headerAnd(address: string): string {
  const row = Number(/\d+$/.exec(address)![0]);
  return `${inlineRow(1, ['日期', '类别', '事项标题'])}<row r="${row}"><c r="${address}" t="inlineStr"><is><t>x</t></is></c></row>`;
}

describe('a spreadsheet past a limit is refused before it is loaded', () => {
  it('refuses the 5 KB sheet with one cell at XFD99999, naming the 200-column limit, and writes nothing', async () => {
    const app = openTempApp();
    const file = await farCellXlsx(path.join(tempDir(), '台账.xlsx'));
    expect(fs.statSync(file).size).toBeLessThan(10_000);
    expect(await previewRefusal(app, file)).toBe('无法读取“台账.xlsx”：表格超过了 200 列（第 16384 列有内容，在单元格 XFD99999），请只保留台账的列后再导入');
  });

  it('refuses more than 100,000 rows below the header, naming the row where it went past', async () => {
    const app = openTempApp();
    const file = manyRowsXlsx(path.join(tempDir(), '十万行.xlsx'), TABLE_FILE_LIMITS.rows + 1);
    expect(await previewRefusal(app, file)).toBe('无法读取“十万行.xlsx”：表格超过了 100000 行的上限（第 100002 行还有内容，在单元格 A100002；第 1 行是表头），请分成几个文件导入');
  });

  it('reads exactly 100,000 rows below the header', async () => {
    const table = await readTableFile(manyRowsXlsx(path.join(tempDir(), '满额.xlsx'), TABLE_FILE_LIMITS.rows));
    expect(table.rows).toHaveLength(TABLE_FILE_LIMITS.rows + 1);
    expect(table.rows[TABLE_FILE_LIMITS.rows]).toEqual(['2024-03-15', '普法', '第100001场']);
  });

  it('refuses a sheet that unpacks past 200 MB from its directory, before inflating it', async () => {
    const app = openTempApp();
    const file = await zipBombXlsx(path.join(tempDir(), '炸弹.xlsx'), 300);
    expect(fs.statSync(file).size).toBeLessThan(2 * 1024 * 1024);
    expect(await previewRefusal(app, file)).toBe(
      '无法读取“炸弹.xlsx”：其中的工作表解压后超过 200 MB 的上限（可能是恶意构造的“压缩炸弹”），请在 Excel 或 WPS 中只保留台账后另存，再导入',
    );
  });

  it('refuses a sheet whose directory understates its size, as soon as it inflates past what it declared', async () => {
    const app = openTempApp();
    const file = await zipBombXlsx(path.join(tempDir(), '谎报.xlsx'), 300, 64 * 1024);
    expect(await previewRefusal(app, file)).toBe('无法读取“谎报.xlsx”：文件已损坏，或不是 Excel 工作簿（.xlsx）');
  });

  it('keeps column 200 and refuses column 201', async () => {
    const dir = tempDir();
    const ok = await readTableFile(writeSheet(path.join(dir, 'GR.xlsx'), headerAnd('GR2')));
    expect(ok.rows[1]).toHaveLength(200);
    expect(ok.rows[1]![199]).toBe('x');
    const refused = await rejected(readTableFile(writeSheet(path.join(dir, 'GS.xlsx'), headerAnd('GS2'))));
    expect(refused.message).toContain('表格超过了 200 列（第 201 列有内容，在单元格 GS2）');
  });

  it('refuses more than 3 million cells, each row counted to its last cell with content', async () => {
    // 15,001 rows with something in column 200: within the row and column limits, past the cells one.
    const rows = [inlineRow(1, ['日期', '类别', '事项标题'])];
    for (let r = 2; r <= 15_001; r++) rows.push(`<row r="${r}"><c r="GR${r}"><v>1</v></c></row>`);
    const err = await rejected(readTableFile(writeSheet(path.join(tempDir(), '宽.xlsx'), rows.join(''))));
    expect(err.message).toBe('无法读取“宽.xlsx”：表格太大：单元格超过了 300 万个（每行算到最后一个有内容的列），请分成几个文件导入');
  });

  it('copies a merged cell only inside the cells the sheet has, and bounds what merges may add', async () => {
    const dir = tempDir();
    const header = inlineRow(1, ['日期', '类别', '事项标题']);
    // A title merged to the sheet's far corner adds nothing past the last column and row with content.
    const wide = await readTableFile(writeSheet(path.join(dir, '合并.xlsx'), header + inlineRow(2, ['2024-03-15', '普法', '宪法宣传']), '<mergeCells><mergeCell ref="A1:XFD1048576"/></mergeCells>'));
    expect(wide.rows).toEqual([
      ['日期', '日期', '日期'],
      ['日期', '日期', '日期'],
    ]);
    const bigArea = `${header}<row r="15001"><c r="GR15001"><v>1</v></c></row>`;
    const err = await rejected(readTableFile(writeSheet(path.join(dir, '合并太多.xlsx'), bigArea, '<mergeCells><mergeCell ref="A1:GR15001"/></mergeCells>')));
    expect(err.message).toBe('无法读取“合并太多.xlsx”：表格中合并的单元格超过了 300 万个，请取消合并后再导入');
  });

  it('refuses a cell longer than Excel allows, and a shared string longer than that', async () => {
    const dir = tempDir();
    const long = 'x'.repeat(TABLE_FILE_LIMITS.cellChars + 1);
    const inline = await rejected(readTableFile(writeSheet(path.join(dir, '长.xlsx'), headerAnd('B2').replace('<t>x</t>', `<t>${long}</t>`))));
    expect(inline.message).toBe('无法读取“长.xlsx”：单元格 B2 的内容超过了 32767 个字符（Excel 一个单元格的上限），文件可能已损坏');
    const sharedFile = path.join(dir, '共享.xlsx');
    fs.writeFileSync(
      sharedFile,
      minimalXlsx({ sheet: worksheetXml('<row r="1"><c r="A1" t="s"><v>0</v></c></row>'), sharedStrings: `<sst><si><t>${long}</t></si></sst>` }),
    );
    expect((await rejected(readTableFile(sharedFile))).message).toContain('共享文字表中有一段文字的内容超过了 32767 个字符');
  });

  it('refuses a declared entity (no DTD in a workbook), an old .xls renamed .xlsx, and an over-long tag as damaged or named', async () => {
    const dir = tempDir();
    const laughs = path.join(dir, '实体.xlsx');
    fs.writeFileSync(laughs, minimalXlsx({ sheet: '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">]><worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&a;</t></is></c></row></sheetData></worksheet>' }));
    expect((await rejected(readTableFile(laughs))).message).toBe('无法读取“实体.xlsx”：文件已损坏，或不是 Excel 工作簿（.xlsx）');
    const ole = path.join(dir, '旧版.xlsx');
    fs.writeFileSync(ole, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(4096)]));
    expect((await rejected(readTableFile(ole))).message).toContain('这是旧版 Excel 格式（.xls），或是加了密码的工作簿');
    const tag = path.join(dir, '长标签.xlsx');
    fs.writeFileSync(tag, minimalXlsx({ sheet: worksheetXml(`<row r="1" x="${'y'.repeat(2 * 1024 * 1024)}"></row>`) }));
    expect((await rejected(readTableFile(tag))).message).toBe('无法读取“长标签.xlsx”：文件已损坏，或不是 Excel 工作簿（.xlsx）');
  });
});

describe('a CSV past a limit is refused the same way', () => {
  it('refuses content past column 200 and more than 100,000 rows; a line of a million commas costs nothing', async () => {
    const dir = tempDir();
    const commas = path.join(dir, '逗号.csv');
    fs.writeFileSync(commas, `日期,类别,事项标题${','.repeat(1_000_000)}\r\n2024-03-15,普法,宪法宣传${','.repeat(1_000_000)}\r\n`);
    expect((await readTableFile(commas)).rows).toEqual([
      ['日期', '类别', '事项标题'],
      ['2024-03-15', '普法', '宪法宣传'],
    ]);
    const wide = path.join(dir, '宽.csv');
    fs.writeFileSync(wide, `日期,类别,事项标题\n${','.repeat(16_383)}x\n`);
    expect((await rejected(readTableFile(wide))).message).toBe('无法读取“宽.csv”：表格超过了 200 列（第 16384 列有内容，在单元格 XFD2），请只保留台账的列后再导入');
    const rows: string[][] = [['日期', '类别', '事项标题']];
    for (let i = 0; i <= TABLE_FILE_LIMITS.rows; i++) rows.push(['2024-03-15', '普法', `第${i}场`]);
    const long = writeCsv(path.join(dir, '长.csv'), rows);
    expect((await rejected(readTableFile(long))).message).toContain('表格超过了 100000 行的上限（第 100002 行还有内容');
  });

  it('names the line where an unpaired quote opens', async () => {
    const file = path.join(tempDir(), '引号.csv');
    fs.writeFileSync(file, '日期,类别,事项标题\n2024-03-15,普法,"宪法\n宣传"\n2024-03-16,普法,"没有收尾\n2024-03-17,普法,x\n');
    expect((await rejected(readTableFile(file))).message).toBe('无法读取“引号.csv”：CSV 格式有误（第 4 行有一个引号没有成对）');
  });
});
