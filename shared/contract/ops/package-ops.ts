import type { MergeConflict, PackageExport, PackageImportResult, PackageSummary } from '../../domain/data-package';
import { conflictResolveInput, PACKAGE_LABELS, packageImportInput, packageStagedInput } from '../../domain/data-package';
import { CONFIRM_LABELS, confirmField } from '../confirmation';
import { op } from '../operation-spec';
import { emptyInput } from './empty-input';

const labels = PACKAGE_LABELS;

// mode 'replace' takes the confirmation the page asks for (../confirmation.ts); a merge does not.
const importInput = packageImportInput.extend({ confirm: confirmField });

export const packageOps = {
  'package.export': op<PackageExport>()({ input: emptyInput, labels, summary: '导出数据包（全部台账、佐证材料和清单）' }),
  'package.inspect': op<PackageSummary>()({ input: packageStagedInput, labels, summary: '检查上传的数据包并预览合并结果（不写入）' }),
  'package.import': op<PackageImportResult>()({ input: importInput, labels: { ...labels, ...CONFIRM_LABELS }, summary: '导入数据包：合并（汇总）或替换本机数据（替换需确认）' }),
  'package.discard': op<{ discarded: boolean }>()({ input: packageStagedInput, labels, summary: '放弃上传的数据包' }),
  'package.conflicts.list': op<MergeConflict[]>()({ input: emptyInput, labels, summary: '列出待处理的汇总冲突' }),
  'package.conflicts.resolve': op<{ remaining: number }>()({ input: conflictResolveInput, labels, summary: '处理一条汇总冲突：保留本机或采用导入' }),
  'package.origins': op<string[]>()({ input: emptyInput, labels, summary: '列出台账中的来源单位（汇总来的）' }),
} as const;
