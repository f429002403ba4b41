import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { stageFile } from '../../../electron/attachments/stage-upload';
import type { BenchSection } from '../measure';
import { timeOnce } from '../measure';
import { sampleEntries } from '../sample-entries';

export const IMPORT_ROWS = 10_000;

/** A unit's own 10,000-row .xlsx, previewed and imported as the 导入表格 dialog does. */
export const importXlsx: BenchSection = async (ctx) => {
  const { registry } = ctx.app;
  const categories = await registry.call('categories.list', {});
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('台账');
  sheet.addRow(['日期', '结束日期', '类别', '事项标题', '内容摘要', '承办科室', '参加人数', '地点', '标签', '指标']);
  // A different seed and year from the seeded entries, so no row is a duplicate.
  for (const e of sampleEntries(IMPORT_ROWS, [2025], 7)) {
    sheet.addRow([e.date, e.endDate ?? '', categories[e.categoryIndex]!.name, e.title, e.summary, e.department, e.participantCount ?? '', e.location, e.tags.join('；'), '发放宣传材料=500份;接待咨询=80余人次']);
  }
  const file = path.join(ctx.dataDir, 'bench-import.xlsx');
  await workbook.xlsx.writeFile(file);
  let added = 0;
  const total = await timeOnce(async () => {
    const staged = await stageFile(ctx.dataDir, file);
    const preview = await registry.call('ledger.import.preview', { stagedId: staged.stagedId, fileName: '台账.xlsx' });
    if (preview.errors.length) throw new Error(`导入样本有错误：${preview.errors[0]!.message}`);
    added = (await registry.call('ledger.import.commit', { stagedId: staged.stagedId, fileName: '台账.xlsx' })).added;
  });
  fs.rmSync(file, { force: true });
  if (added !== IMPORT_ROWS) throw new Error(`只导入了 ${added} 行`);
  return [{ label: `导入 ${IMPORT_ROWS.toLocaleString('en-US')} 行 .xlsx（预览 + 导入）`, once: total, targetMs: 10_000 }];
};
