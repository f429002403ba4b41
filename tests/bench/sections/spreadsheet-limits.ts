import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { readTableFile, TABLE_FILE_LIMITS } from '../../../electron/spreadsheet/read-table-file';
import { farCellXlsx, manyRowsXlsx, zipBombXlsx } from '../../helpers/hostile-sheets';
import type { BenchSection, Figure } from '../measure';
import { timeOnce, timeRuns } from '../measure';
import { sampleEntries } from '../sample-entries';

// Bounded spreadsheet reading (issue 13): how long refusing a hostile sheet takes (the target
// is under 2 s), and how long, and how much heap, reading a normal 100,000-row sheet takes.

const LARGE_ROWS = TABLE_FILE_LIMITS.rows;

async function refusal(file: string): Promise<void> {
  const refused = await readTableFile(file).then(
    () => false,
    () => true,
  );
  if (!refused) throw new Error(`“${path.basename(file)}”应被拒绝，却读入了`);
}

/** A unit's own sheet at the row limit, written by exceljs as Excel would (shared strings). */
async function largeSheet(file: string): Promise<void> {
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const sheet = writer.addWorksheet('台账');
  sheet.addRow(['日期', '结束日期', '类别', '事项标题', '内容摘要', '承办科室', '参加人数', '地点', '标签', '指标']).commit();
  for (const e of sampleEntries(LARGE_ROWS, [2025], 11)) {
    sheet.addRow([e.date, e.endDate ?? '', '普法宣传教育', e.title, e.summary, e.department, e.participantCount ?? '', e.location, e.tags.join('；'), '发放宣传材料=500份']).commit();
  }
  sheet.commit();
  await writer.commit();
}

/** The most heap in use while `fn` runs, sampled between its awaits, above what was in use before. */
async function peakHeapMb(fn: () => Promise<unknown>): Promise<number> {
  const before = process.memoryUsage().heapUsed;
  let peak = before;
  const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 5);
  try {
    await fn();
  } finally {
    clearInterval(sample);
  }
  return Math.max(0, Math.round((peak - before) / 1024 / 1024));
}

export const spreadsheetLimits: BenchSection = async (ctx) => {
  const dir = fs.mkdtempSync(path.join(ctx.dataDir, 'bench-sheets-'));
  try {
    const far = await farCellXlsx(path.join(dir, '远处一格.xlsx'));
    const bomb = await zipBombXlsx(path.join(dir, '炸弹.xlsx'), 1024);
    const lying = await zipBombXlsx(path.join(dir, '谎报.xlsx'), 1024, 64 * 1024);
    const tooLong = manyRowsXlsx(path.join(dir, '超行.xlsx'), LARGE_ROWS + 1);
    const large = path.join(dir, '十万行.xlsx');
    await largeSheet(large);
    const figures: Figure[] = [
      { label: '拒绝 XFD99999 有一格的 .xlsx', runs: await timeRuns(20, () => refusal(far)), targetMs: 2000 },
      { label: '拒绝解压后 1 GB 的 .xlsx（目录如实）', runs: await timeRuns(20, () => refusal(bomb)), targetMs: 2000 },
      { label: '拒绝解压后 1 GB 的 .xlsx（目录谎报 64 KB）', runs: await timeRuns(20, () => refusal(lying)), targetMs: 2000 },
      { label: `拒绝 ${(LARGE_ROWS + 1).toLocaleString('en-US')} 行的 .xlsx`, once: await timeOnce(() => refusal(tooLong)), targetMs: 2000 },
    ];
    let heap = 0;
    const read = await timeOnce(async () => {
      heap = await peakHeapMb(() => readTableFile(large));
    });
    figures.push({ label: `读取 ${LARGE_ROWS.toLocaleString('en-US')} 行 × 10 列 .xlsx（堆内存增加约 ${heap} MB）`, once: read, targetMs: 10_000 });
    return figures;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
};
