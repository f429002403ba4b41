import { DatePicker, Flex, Input, Select } from 'antd';
import dayjs from 'dayjs';
import { useMemo } from 'react';
import type { AuditFilterValues } from './audit-query';
import { operationOptions } from './operation-labels';

interface Props {
  values: AuditFilterValues;
  onChange(patch: Partial<AuditFilterValues>): void;
}

const RESULT_OPTIONS = [
  { value: 'success', label: '成功' },
  { value: 'failure', label: '失败（含被拒绝）' },
];

/** 日期范围, 用户, 操作, 结果. Choosing filters at once; the user box on Enter or 查询. */
export function AuditFilterBar({ values, onChange }: Props) {
  const options = useMemo(operationOptions, []);
  return (
    <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
      <DatePicker.RangePicker
        aria-label="日期范围"
        value={[values.from ? dayjs(values.from) : null, values.to ? dayjs(values.to) : null]}
        placeholder={['起始日期', '截止日期']}
        format="YYYY-MM-DD"
        allowEmpty={[true, true]}
        onChange={(range) => onChange({ from: range?.[0]?.format('YYYY-MM-DD'), to: range?.[1]?.format('YYYY-MM-DD') })}
        style={{ width: 280 }}
      />
      <Input.Search
        aria-label="用户名筛选"
        placeholder="用户名，或“本机”"
        allowClear
        enterButton="查询"
        defaultValue={values.username}
        onSearch={(text) => onChange({ username: text.trim() || undefined })}
        style={{ width: 280 }}
      />
      <Select
        aria-label="操作筛选"
        placeholder="全部操作"
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        value={values.operation}
        options={options}
        onChange={(operation: string | undefined) => onChange({ operation })}
        style={{ width: 240 }}
      />
      <Select
        aria-label="结果筛选"
        placeholder="全部结果"
        allowClear
        value={values.result}
        options={RESULT_OPTIONS}
        onChange={(result: AuditFilterValues['result']) => onChange({ result })}
        style={{ width: 160 }}
      />
    </Flex>
  );
}
