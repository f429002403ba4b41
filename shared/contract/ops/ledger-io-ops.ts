import { z } from 'zod';
import type { ImportBatch, ImportBatchUndo, ImportPreview, ImportResult, LedgerExport } from '../../domain/ledger-io';
import { importBatchUndoInput, LEDGER_IO_LABELS, ledgerExportInput, ledgerImportInput } from '../../domain/ledger-io';
import { op } from '../operation-spec';

const labels = LEDGER_IO_LABELS;

export const ledgerIoOps = {
  'ledger.import.preview': op<ImportPreview>()({ input: ledgerImportInput, labels, summary: '预览表格导入（不写入）' }),
  'ledger.import.commit': op<ImportResult>()({ input: ledgerImportInput, labels, summary: '导入表格中的有效行' }),
  'ledger.import.batches': op<ImportBatch[]>()({ input: z.object({}).strict(), labels, summary: '列出表格导入的批次（可整批撤销）' }),
  'ledger.import.undo': op<ImportBatchUndo>()({ input: importBatchUndoInput, labels, summary: '撤销一次导入：该批导入的台账移入回收站' }),
  'ledger.export': op<LedgerExport>()({ input: ledgerExportInput, labels, summary: '把筛选出的台账导出为 Excel' }),
} as const;
