import type { ImportPreview, ImportResult, LedgerExport } from '../../domain/ledger-io';
import { LEDGER_IO_LABELS, ledgerExportInput, ledgerImportInput } from '../../domain/ledger-io';
import { op } from '../operation-spec';

const labels = LEDGER_IO_LABELS;

export const ledgerIoOps = {
  'ledger.import.preview': op<ImportPreview>()({ input: ledgerImportInput, labels, summary: '预览表格导入（不写入）' }),
  'ledger.import.commit': op<ImportResult>()({ input: ledgerImportInput, labels, summary: '导入表格中的有效行' }),
  'ledger.export': op<LedgerExport>()({ input: ledgerExportInput, labels, summary: '把筛选出的台账导出为 Excel' }),
} as const;
