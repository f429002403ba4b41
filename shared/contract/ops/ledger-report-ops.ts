import type { LedgerEvidenceExport, LedgerTablesExport } from '../../domain/ledger-tables';
import { LEDGER_TABLES_LABELS, ledgerEvidenceExportInput, ledgerTablesExportInput } from '../../domain/ledger-tables';
import { op } from '../operation-spec';

const labels = LEDGER_TABLES_LABELS;

export const ledgerReportOps = {
  'ledger.tables.export': op<LedgerTablesExport>()({ input: ledgerTablesExportInput, labels, summary: '按台账类型（学法、述法、普法活动……）导出一年的台账表格' }),
  'ledger.evidence.export': op<LedgerEvidenceExport>()({ input: ledgerEvidenceExportInput, labels, summary: '把一年的佐证材料按类别和事项打包为 .zip（含清单和 SHA-256 校验值）' }),
} as const;
