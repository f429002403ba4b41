import type { AuditRetention } from '../../shared/domain/audit';
import { AUDIT_LIMITS } from '../../shared/domain/audit';
import { AppError } from '../../shared/errors';
import { auditXlsx } from '../audit/write-audit-xlsx';
import { writeNewFile } from '../files/write-new-file';
import { newExportPath } from '../spreadsheet/export-files';
import { countAudit, listAudit, pruneAudit, readAuditRetentionDays, writeAuditRetentionDays } from '../store/audit-store';
import type { HandlerGroup } from './handler-types';

// The audit log for the 审计员 (who may call these is in shared/auth/permissions.ts).

function retention(days: number): AuditRetention {
  return { days, minDays: AUDIT_LIMITS.minRetentionDays, maxDays: AUDIT_LIMITS.maxRetentionDays };
}

export const auditHandlers: HandlerGroup<'audit.list' | 'audit.export' | 'audit.retention.get' | 'audit.retention.set'> = {
  'audit.retention.get': (ctx) => retention(readAuditRetentionDays(ctx.db)),

  // Shortening it takes effect now: rows past the new limit (never younger than 180 days) go.
  'audit.retention.set': (ctx, { days }) => {
    writeAuditRetentionDays(ctx.db, days, ctx.now());
    pruneAudit(ctx.db, ctx.now());
    return retention(days);
  },

  'audit.list': (ctx, { limit, offset, ...filters }) => listAudit(ctx.db, filters, { limit, offset }),

  'audit.export': async (ctx, filters) => {
    const total = countAudit(ctx.db, filters);
    if (total > AUDIT_LIMITS.exportRows) {
      throw new AppError('invalid_input', `符合条件的审计日志有${total}条，超过一次导出的上限（${AUDIT_LIMITS.exportRows}条），请缩小日期范围后分次导出`);
    }
    const rows = listAudit(ctx.db, filters, { limit: Math.max(total, 1), offset: 0 }).items;
    const { exportId, file } = newExportPath(ctx.dataDir);
    await writeNewFile(file, await auditXlsx(rows));
    const range = filters.from && filters.to ? `${filters.from}至${filters.to}` : filters.from ? `${filters.from}起` : filters.to ? `截至${filters.to}` : '';
    return { exportId, fileName: `审计日志${range}.xlsx`, rows: rows.length };
  },
};
