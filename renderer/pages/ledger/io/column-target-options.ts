import type { ColumnMatch, ImportColumn } from '../../../../shared/domain/ledger-io';
import type { ColumnTarget } from '../../../../shared/import/column-target';
import { MULTI_COLUMN_FIELDS } from '../../../../shared/import/column-target';
import type { LedgerColumnKey } from '../../../../shared/import/ledger-columns';
import { LEDGER_COLUMNS, parseMetricHeader } from '../../../../shared/import/ledger-columns';

// A Select holds strings; a column's target is an object. These translate one to the other, and say
// which single-column fields another column already takes, so the list shows it before the backend
// refuses the mapping.

export const SKIP_VALUE = 'skip';
export const METRIC_VALUE = 'metric';
const FIELD_PREFIX = 'field:';

export function targetValue(target: ColumnTarget): string {
  if (target.kind === 'skip') return SKIP_VALUE;
  if (target.kind === 'metric') return METRIC_VALUE;
  return `${FIELD_PREFIX}${target.field}`;
}

/** A field or 不导入 from the Select; the metric value needs its name and unit, asked separately. */
export function fieldTarget(value: string): ColumnTarget | null {
  if (value === SKIP_VALUE) return { kind: 'skip' };
  if (!value.startsWith(FIELD_PREFIX)) return null;
  const key = value.slice(FIELD_PREFIX.length);
  const column = LEDGER_COLUMNS.find((c) => c.key === key);
  return column ? { kind: 'field', field: column.key } : null;
}

/** The metric a column header suggests: 发放宣传材料（份） → 发放宣传材料 / 份; otherwise the header itself. */
export function metricDefaults(column: ImportColumn): { name: string; unit: string } {
  if (column.target.kind === 'metric') return { name: column.target.name, unit: column.target.unit };
  const last = column.header.split('·').pop() ?? column.header;
  return parseMetricHeader(last) ?? { name: last.trim().slice(0, 40), unit: '' };
}

/** The field option 指标 takes a whole "名称=数值单位;…" cell; the other one is a single metric per column. */
const FIELD_OPTION_LABEL: Partial<Record<LedgerColumnKey, string>> = { metrics: '指标（一格写多项）' };

export interface TargetOption {
  value: string;
  label: string;
  /** The column already going to this field, when only one may. */
  takenBy?: string;
}

export function targetOptions(columns: readonly ImportColumn[], self: number): TargetOption[] {
  const taken = new Map<LedgerColumnKey, string>();
  for (const c of columns) {
    if (c.index !== self && c.target.kind === 'field' && !MULTI_COLUMN_FIELDS.has(c.target.field) && !taken.has(c.target.field)) {
      taken.set(c.target.field, c.header);
    }
  }
  const fields: TargetOption[] = LEDGER_COLUMNS.map((c) => {
    const takenBy = taken.get(c.key);
    return { value: `${FIELD_PREFIX}${c.key}`, label: FIELD_OPTION_LABEL[c.key] ?? c.header, ...(takenBy !== undefined ? { takenBy } : {}) };
  });
  return [...fields, { value: METRIC_VALUE, label: '指标…' }, { value: SKIP_VALUE, label: '不导入' }];
}

export const MATCH_TAGS: Record<ColumnMatch, { text: string; color: string }> = {
  name: { text: '按列名', color: 'green' },
  alias: { text: '按别名', color: 'green' },
  metric: { text: '按列名', color: 'green' },
  remembered: { text: '记住的', color: 'purple' },
  file: { text: '对应关系文件', color: 'cyan' },
  user: { text: '手动', color: 'blue' },
  none: { text: '未识别', color: 'default' },
};
