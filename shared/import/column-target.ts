import { z } from 'zod';
import type { LedgerColumnKey } from './ledger-columns';
import { LEDGER_COLUMNS } from './ledger-columns';

// Where one column of a unit's own sheet goes: a field of the entry, a metric with its unit, or
// nowhere. The user sets this in the import dialog's 对应列 step; a mapping file and the CLI's --map
// say the same with the fields' Chinese names.

export type ColumnTarget = { kind: 'field'; field: LedgerColumnKey } | { kind: 'metric'; name: string; unit: string } | { kind: 'skip' };

const FIELD_KEYS = LEDGER_COLUMNS.map((c) => c.key) as [LedgerColumnKey, ...LedgerColumnKey[]];

/** Fields several columns may go to: their texts are joined (详细情况 as "列名：内容" lines; 标签 merged). */
export const MULTI_COLUMN_FIELDS: ReadonlySet<LedgerColumnKey> = new Set<LedgerColumnKey>(['details', 'tags']);

export const columnTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('field'), field: z.enum(FIELD_KEYS) }).strict(),
  z
    .object({
      kind: z.literal('metric'),
      name: z.string().trim().min(1, { message: '指标名称不能为空' }).max(40, { message: '指标名称最多40个字' }),
      unit: z.string().trim().max(10, { message: '单位最多10个字' }),
    })
    .strict(),
  z.object({ kind: z.literal('skip') }).strict(),
]);

/** The field's name as the user sees it: 日期, 事项标题 … */
export function fieldLabel(field: LedgerColumnKey): string {
  return LEDGER_COLUMNS.find((c) => c.key === field)?.header ?? field;
}

/** A target in words, for the mapping step, messages and the CLI: 日期 / 指标：发放宣传材料（份） / 不导入. */
export function targetLabel(target: ColumnTarget): string {
  if (target.kind === 'skip') return '不导入';
  if (target.kind === 'metric') return target.unit ? `指标：${target.name}（${target.unit}）` : `指标：${target.name}`;
  return fieldLabel(target.field);
}
