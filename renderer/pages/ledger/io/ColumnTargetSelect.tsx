import { Button, Flex, Input, Popover, Select, Typography } from 'antd';
import { useState } from 'react';
import type { ImportColumn } from '../../../../shared/domain/ledger-io';
import type { ColumnTarget } from '../../../../shared/import/column-target';
import { columnTargetSchema, targetLabel } from '../../../../shared/import/column-target';
import { fieldTarget, METRIC_VALUE, metricDefaults, targetOptions, targetValue } from './column-target-options';

interface Props {
  column: ImportColumn;
  columns: readonly ImportColumn[];
  disabled: boolean;
  onChange: (target: ColumnTarget) => void;
}

/** Name and unit of the metric a column holds; asked in a small box next to the choice. */
function MetricForm({ initial, onDone, onCancel }: { initial: { name: string; unit: string }; onDone: (t: ColumnTarget) => void; onCancel: () => void }) {
  const [name, setName] = useState(initial.name);
  const [unit, setUnit] = useState(initial.unit);
  const parsed = columnTargetSchema.safeParse({ kind: 'metric', name, unit });
  const problem = parsed.success ? undefined : parsed.error.issues[0]?.message;
  const done = () => parsed.success && onDone(parsed.data);
  return (
    <Flex vertical gap={8} style={{ width: 260 }}>
      <Flex align="center" gap={8}>
        <span style={{ width: 56, flex: 'none' }}>指标名称</span>
        <Input aria-label="指标名称" size="small" value={name} maxLength={40} onChange={(e) => setName(e.target.value)} onPressEnter={done} autoFocus />
      </Flex>
      <Flex align="center" gap={8}>
        <span style={{ width: 56, flex: 'none' }}>单位</span>
        <Input aria-label="单位" size="small" placeholder="如 份、人次，可不填" value={unit} maxLength={10} onChange={(e) => setUnit(e.target.value)} onPressEnter={done} />
      </Flex>
      {problem && <Typography.Text type="danger">{problem}</Typography.Text>}
      <Flex justify="flex-end" gap={8}>
        <Button size="small" onClick={onCancel}>
          取消
        </Button>
        <Button size="small" type="primary" disabled={!parsed.success} onClick={done}>
          确定
        </Button>
      </Flex>
    </Flex>
  );
}

/** Where one source column goes: a field, 指标… (named here), or 不导入. */
export function ColumnTargetSelect({ column, columns, disabled, onChange }: Props) {
  const [askMetric, setAskMetric] = useState(false);
  const options = targetOptions(columns, column.index).map((o) => ({
    value: o.value,
    label: o.takenBy !== undefined ? `${o.label}（已对应“${o.takenBy}”）` : o.label,
    title: o.label,
  }));
  // 指标… is picked with onSelect: choosing it again (to rename a metric) fires no onChange.
  const choose = (value: string) => {
    const target = fieldTarget(value);
    if (target) onChange(target);
  };
  return (
    <Popover
      open={askMetric}
      trigger="click"
      onOpenChange={(open) => !open && setAskMetric(false)}
      placement="bottomLeft"
      title={`“${column.header}”作为指标导入`}
      destroyOnHidden
      content={
        <MetricForm
          initial={metricDefaults(column)}
          onCancel={() => setAskMetric(false)}
          onDone={(t) => {
            setAskMetric(false);
            onChange(t);
          }}
        />
      }
    >
      <Select
        aria-label={`“${column.header}”导入为`}
        size="small"
        style={{ width: '100%' }}
        value={targetValue(column.target)}
        labelRender={() => targetLabel(column.target)}
        options={options}
        onChange={choose}
        onSelect={(value: string) => value === METRIC_VALUE && setAskMetric(true)}
        disabled={disabled}
        showSearch={{ optionFilterProp: 'title' }}
        listHeight={320}
        popupMatchSelectWidth={240}
      />
    </Popover>
  );
}
