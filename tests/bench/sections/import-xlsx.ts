import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { stageFile } from '../../../electron/attachments/stage-upload';
import type { BenchSection } from '../measure';
import { timeOnce } from '../measure';
import { sampleEntries } from '../sample-entries';

export const IMPORT_ROWS = 10_000;

/**
 * A unit's own 10,000-row 台账 as the 导入表格 dialog meets it: a merged title row, their own column
 * names, dates written 2025.3.15, no 类别 (the sheet's name gives it), notes under the table.
 */
export const importXlsx: BenchSection = async (ctx) => {
  const { registry } = ctx.app;
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('普法宣传台账');
  sheet.addRow(['XX区司法局2025年普法宣传台账']);
  sheet.mergeCells('A1:J1');
  sheet.addRow(['序号', '时间', '活动名称', '活动内容', '责任科室', '参加人数', '活动地点', '标签', '发放宣传材料（份）', '备注']);
  // A different seed and year from the seeded entries, so no row is a duplicate.
  let n = 0;
  for (const e of sampleEntries(IMPORT_ROWS, [2025], 7)) {
    const [y, m, d] = e.date.split('-').map(Number);
    sheet.addRow([++n, `${y}.${m}.${d}`, e.title, e.summary, e.department, e.participantCount ?? '', e.location, e.tags.join('；'), 500, '']);
  }
  sheet.addRow(['填表人：张三']);
  const file = path.join(ctx.dataDir, 'bench-import.xlsx');
  await workbook.xlsx.writeFile(file);
  const staged = await stageFile(ctx.dataDir, file);
  const input = { stagedId: staged.stagedId, fileName: '2025年普法宣传台账.xlsx' };
  let ready = 0;
  const preview = await timeOnce(async () => {
    const p = await registry.call('ledger.import.preview', input);
    if (p.errors.length || p.mappingProblem) throw new Error(`导入样本有错误：${p.mappingProblem ?? p.errors[0]!.message}`);
    ready = p.readyCount;
  });
  let added = 0;
  const commit = await timeOnce(async () => {
    added = (await registry.call('ledger.import.commit', input)).added;
  });
  fs.rmSync(file, { force: true });
  if (added !== IMPORT_ROWS || ready !== IMPORT_ROWS) throw new Error(`只导入了 ${added} 行（预览可导入 ${ready} 行）`);
  const rows = IMPORT_ROWS.toLocaleString('en-US');
  return [
    { label: `导入 ${rows} 行单位自己的台账 .xlsx：预览（找表头、对应列、逐行检查）`, once: preview, targetMs: 3_000 },
    { label: `导入 ${rows} 行：确认导入（备份、一次写入、记为一个导入批次）`, once: commit, targetMs: 3_000 },
  ];
};
