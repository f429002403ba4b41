import { DatePicker, Flex, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { ACTIVITY_LIMITS } from '../../../shared/domain/activity';
import type { ReviewStatus } from '../../../shared/domain/review';
import { useSignedInUser } from '../../auth/signed-in-user';
import { useOperation } from '../../hooks/useOperation';
import { STATUS_FILTER_OPTIONS } from '../review/review-status';
import type { LeaderFilter, LedgerFilter } from './ledger-filter';
import { ALL_YEARS } from './ledger-filter';

interface Props {
  filter: LedgerFilter;
  departments: string[];
  onChange: (patch: Partial<LedgerFilter>) => void;
}

const LEADER_OPTIONS: { value: LeaderFilter; label: string }[] = [
  { value: 'any', label: '参与了（任意方式）' },
  { value: '参加', label: '参加' },
  { value: '主持', label: '主持' },
  { value: '述法', label: '述法' },
];

const EVIDENCE_OPTIONS = [
  { value: 'with' as const, label: '已有佐证材料' },
  { value: 'without' as const, label: '没有佐证材料' },
];

const label = (text: string) => <span style={{ color: 'rgba(0,0,0,0.45)' }}>{text}</span>;

/** A range inside one year also selects that year, so the year box never contradicts the range. */
function rangePatch(range: [Dayjs | null, Dayjs | null] | null): Partial<LedgerFilter> {
  const [start, end] = range ?? [null, null];
  if (!start || !end) return { from: undefined, to: undefined };
  const sameYear = start.year() === end.year();
  return { from: start.format('YYYY-MM-DD'), to: end.format('YYYY-MM-DD'), year: sameYear ? start.year() : ALL_YEARS };
}

function TagFilter({ value, onChange }: { value: string | undefined; onChange: (tag: string | undefined) => void }) {
  const [typed, setTyped] = useState(value ?? '');
  useEffect(() => setTyped(value ?? ''), [value]);
  const apply = () => {
    const tag = typed.trim() || undefined;
    if (tag !== value) onChange(tag);
  };
  return (
    <Input
      aria-label="标签筛选"
      prefix={label('标签')}
      placeholder="输入标签后回车"
      allowClear
      maxLength={ACTIVITY_LIMITS.tag}
      value={typed}
      onChange={(e) => {
        setTyped(e.target.value);
        if (e.target.value === '' && value) onChange(undefined);
      }}
      onPressEnter={apply}
      onBlur={apply}
      style={{ width: 180 }}
    />
  );
}

/** 来源: only once entries from another unit have been merged (汇总); '' stands for this unit's own. */
function OriginFilter({ value, onChange }: { value: string | undefined; onChange: (origin: string | undefined) => void }) {
  const origins = useOperation('package.origins', {});
  if (!origins.data?.length && value === undefined) return null;
  const options = [{ value: '', label: '本单位' }, ...(origins.data ?? []).map((o) => ({ value: o, label: o }))];
  return (
    <Select
      aria-label="来源筛选"
      prefix={label('来源')}
      value={value}
      allowClear
      placeholder="全部"
      options={options}
      popupMatchSelectWidth={false}
      onChange={(origin: string | undefined) => onChange(origin)}
      style={{ width: 200 }}
    />
  );
}

export function MoreFilters({ filter, departments, onChange }: Props) {
  const hostMode = useSignedInUser() !== null;
  const [typedDepartment, setTypedDepartment] = useState('');
  const departmentOptions = [...new Set([...departments, ...(filter.department ? [filter.department] : []), ...(typedDepartment.trim() ? [typedDepartment.trim()] : [])])];
  const yearStart = filter.year === ALL_YEARS ? undefined : dayjs(`${filter.year}-01-01`);
  return (
    <Flex gap={12} wrap align="center" style={{ marginTop: 12, padding: '12px 12px', background: '#f7f9fc', borderRadius: 8 }}>
      <DatePicker.RangePicker
        aria-label="日期范围"
        prefix={label('日期')}
        value={[filter.from ? dayjs(filter.from) : null, filter.to ? dayjs(filter.to) : null]}
        defaultPickerValue={yearStart ? [yearStart, yearStart.add(1, 'month')] : undefined}
        placeholder={['起始日期', '截止日期']}
        format="YYYY-MM-DD"
        onChange={(range) => onChange(rangePatch(range))}
        style={{ width: 280 }}
      />
      <Select
        aria-label="承办科室筛选"
        prefix={label('科室')}
        value={filter.department}
        allowClear
        placeholder="全部"
        showSearch={{ onSearch: setTypedDepartment }}
        options={departmentOptions.map((d) => ({ value: d, label: d }))}
        notFoundContent="可直接输入科室名称"
        onChange={(department: string | undefined) => {
          setTypedDepartment('');
          onChange({ department });
        }}
        style={{ width: 170 }}
      />
      <OriginFilter value={filter.origin} onChange={(origin) => onChange({ origin })} />
      <TagFilter value={filter.tag} onChange={(tag) => onChange({ tag })} />
      <Select
        aria-label="主要负责人参与筛选"
        prefix={label('主要负责人')}
        value={filter.leaderRole}
        allowClear
        placeholder="不限"
        options={LEADER_OPTIONS}
        popupMatchSelectWidth={false}
        onChange={(leaderRole: LeaderFilter | undefined) => onChange({ leaderRole })}
        style={{ width: 180 }}
      />
      <Select
        aria-label="佐证材料筛选"
        prefix={label('佐证')}
        value={filter.evidence}
        allowClear
        placeholder="不限"
        options={EVIDENCE_OPTIONS}
        onChange={(evidence: 'with' | 'without' | undefined) => onChange({ evidence })}
        style={{ width: 150 }}
      />
      {/* On one PC every entry is 已审核; a filter set by a link still shows so it can be taken off. */}
      {(hostMode || filter.reviewStatus) && (
        <Select
          aria-label="审核状态筛选"
          prefix={label('状态')}
          value={filter.reviewStatus}
          allowClear
          placeholder="全部"
          options={STATUS_FILTER_OPTIONS}
          onChange={(reviewStatus: ReviewStatus | undefined) => onChange({ reviewStatus })}
          style={{ width: 140 }}
        />
      )}
    </Flex>
  );
}
