import ExcelJS from 'exceljs';
import { operations, isOperationName } from '../../shared/contract/operations';
import type { AuditRow } from '../../shared/domain/audit';

// The audit log as the 审计员 hands it on: one sheet, times in the host's local time, each operation
// with its Chinese summary beside its name, the result in words.

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** 2026-12-07 19:20:56 in the host's local time. */
export function localTimeText(iso: string): string {
  const t = new Date(iso);
  if (Number.isNaN(t.getTime())) return iso;
  return `${t.getFullYear()}-${pad(t.getMonth() + 1)}-${pad(t.getDate())} ${pad(t.getHours())}:${pad(t.getMinutes())}:${pad(t.getSeconds())}`;
}

const COLUMNS = [
  { header: '时间', key: 'at', width: 20 },
  { header: '用户名', key: 'username', width: 14 },
  { header: '用户编号', key: 'userId', width: 38 },
  { header: 'IP地址', key: 'ip', width: 18 },
  { header: '操作', key: 'operation', width: 26 },
  { header: '操作说明', key: 'summary', width: 36 },
  { header: '对象', key: 'object', width: 50 },
  { header: '结果', key: 'result', width: 8 },
  { header: '说明', key: 'detail', width: 50 },
] as const;

export async function auditXlsx(rows: readonly AuditRow[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '法治台账';
  const sheet = workbook.addWorksheet('审计日志', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  for (const r of rows) {
    sheet.addRow({
      at: localTimeText(r.at),
      username: r.username,
      userId: r.userId,
      ip: r.ip,
      operation: r.operation,
      summary: isOperationName(r.operation) ? operations[r.operation].summary : '（未知操作）',
      object: r.object,
      result: r.success ? '成功' : '失败',
      detail: r.detail,
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
