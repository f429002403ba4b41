import type Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import type { DatePrecision } from '../../../shared/domain/activity';
import { entryDateText } from '../../../shared/domain/entry-date-text';
import { AppError } from '../../../shared/errors';
import { blobPath } from '../../attachments/storage-paths';
import { UniquePaths, safeSegment } from './safe-names';
import { ZIP_MAX_BYTES, ZIP_MAX_FILES, ZipFileWriter } from './zip-file-writer';

// The evidence package: 类别/日期 标题/原文件名 for every file attached to the year's entries, with
// 佐证材料清单.xlsx (one row per file, its SHA-256 as read while packing) and SHA256SUMS.txt (the
// `sha256sum -c` format) at the top.

export const EVIDENCE_INDEX_NAME = '佐证材料清单.xlsx';
export const EVIDENCE_SUMS_NAME = 'SHA256SUMS.txt';
export const EVIDENCE_INDEX_COLUMNS = ['类别', '日期', '事项标题', '材料类型', '文件名', '大小', 'SHA-256', '包内路径'] as const;

interface EvidenceRow {
  activityId: string;
  date: string;
  endDate: string | null;
  datePrecision: DatePrecision;
  title: string;
  categoryName: string;
  kind: string;
  originalName: string;
  sha256: string;
  size: number;
}

function evidenceRows(db: Database.Database, year: number, categoryId?: number): EvidenceRow[] {
  const params: unknown[] = [`${year}-01-01`, `${year + 1}-01-01`];
  if (categoryId !== undefined) params.push(categoryId);
  return db
    .prepare(
      `SELECT a.id AS activityId, a.date, a.end_date AS endDate, a.date_precision AS datePrecision, a.title, c.name AS categoryName, x.kind, x.original_name AS originalName, x.sha256, b.size
       FROM attachments x
       JOIN activities a ON a.id = x.activity_id
       JOIN categories c ON c.id = a.category_id
       JOIN blobs b ON b.sha256 = x.sha256
       WHERE a.deleted_at IS NULL AND a.date >= ? AND a.date < ? ${categoryId === undefined ? '' : 'AND a.category_id = ?'}
       ORDER BY c.sort_order, c.id, a.date, a.created_at, a.id, x.position, x.added_at`,
    )
    .all(...params) as EvidenceRow[];
}

/** One dated only to the month or year as written (2025年7月), in its folder's name and in the index. */
function dateText(row: EvidenceRow): string {
  return row.datePrecision === 'day' ? row.date : entryDateText(row.date, row.endDate, row.datePrecision);
}

export interface EvidencePackageResult {
  files: number;
  entries: number;
  missing: number;
  bytes: number;
}

interface IndexLine {
  row: EvidenceRow;
  path: string;
  size: number | string;
  sha256: string;
}

async function indexXlsx(lines: readonly IndexLine[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '法治台账';
  const sheet = workbook.addWorksheet('佐证材料清单', { views: [{ state: 'frozen', ySplit: 1 }] });
  const widths = [20, 12, 36, 12, 36, 12, 66, 70];
  sheet.columns = EVIDENCE_INDEX_COLUMNS.map((header, i) => ({ header, width: widths[i] }));
  sheet.getRow(1).font = { bold: true };
  for (const l of lines) sheet.addRow([l.row.categoryName, dateText(l.row), l.row.title, l.row.kind, l.row.originalName, l.size, l.sha256, l.path]);
  sheet.getColumn(2).numFmt = '@';
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Writes the package to `file` (a new temp file; the caller links it into place). */
export async function writeEvidenceZip(db: Database.Database, dataDir: string, file: string, year: number, categoryId?: number): Promise<EvidencePackageResult> {
  const rows = evidenceRows(db, year, categoryId);
  const total = rows.reduce((n, r) => n + r.size, 0);
  if (total > ZIP_MAX_BYTES || rows.length > ZIP_MAX_FILES) {
    throw new AppError('invalid_input', `${year}年的佐证材料共 ${rows.length} 个文件、${(total / 1024 ** 3).toFixed(1)} GB，超过一个 .zip 能装下的上限（4 GB、65000 个文件），请按类别分别导出。`);
  }
  const paths = new UniquePaths();
  paths.unique('', EVIDENCE_INDEX_NAME);
  paths.unique('', EVIDENCE_SUMS_NAME);
  const folders = new Map<string, string>();
  const lines: IndexLine[] = [];
  let missing = 0;
  let bytes = 0;
  const zip = new ZipFileWriter(file);
  try {
    for (const row of rows) {
      let folder = folders.get(row.activityId);
      if (folder === undefined) {
        const category = safeSegment(row.categoryName, 40, '未分类');
        folder = paths.unique(category, safeSegment(`${dateText(row)} ${row.title}`, 60, dateText(row)));
        folders.set(row.activityId, folder);
      }
      const source = blobPath(dataDir, row.sha256);
      if (!fs.existsSync(source)) {
        missing++;
        lines.push({ row, path: '（文件缺失，未打包）', size: row.size, sha256: row.sha256 });
        continue;
      }
      const inner = paths.unique(folder, safeSegment(row.originalName, 80, '佐证材料'));
      const read = await zip.addFile(inner, source);
      bytes += read.size;
      lines.push({ row, path: inner, size: read.size, sha256: read.sha256 });
    }
    await zip.addBuffer(EVIDENCE_INDEX_NAME, await indexXlsx(lines));
    const sums = lines.filter((l) => !l.path.startsWith('（')).map((l) => `${l.sha256}  ${l.path}\n`).join('');
    await zip.addBuffer(EVIDENCE_SUMS_NAME, Buffer.from(sums, 'utf8'));
    await zip.finish();
  } catch (err) {
    await zip.abort();
    throw err;
  }
  return { files: lines.length - missing, entries: folders.size, missing, bytes };
}
