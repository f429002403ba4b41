import type { AuditExport, AuditPage, AuditRetention } from '../../domain/audit';
import { AUDIT_FIELD_LABELS, auditExportInput, auditListInput, auditRetentionInput } from '../../domain/audit';
import { emptyInput } from './empty-input';
import { op } from '../operation-spec';

// The audit log, for the 审计员 only (shared/auth/permissions.ts): the administrator manages users
// but does not read what they did (等保2.0 三权分立).
export const auditOps = {
  'audit.list': op<AuditPage>()({ input: auditListInput, labels: AUDIT_FIELD_LABELS, summary: '查看审计日志' }),
  'audit.export': op<AuditExport>()({ input: auditExportInput, labels: AUDIT_FIELD_LABELS, summary: '把审计日志导出为 Excel 文件' }),
  'audit.retention.get': op<AuditRetention>()({ input: emptyInput, summary: '审计日志保存天数' }),
  'audit.retention.set': op<AuditRetention>()({ input: auditRetentionInput, labels: AUDIT_FIELD_LABELS, summary: '设置审计日志保存天数（不少于180天）' }),
} as const;
