import { DownOutlined, FilterOutlined, UpOutlined } from '@ant-design/icons';
import { Badge, Button, Flex, Select } from 'antd';
import type { ReactNode } from 'react';
import type { ActivitySort } from '../../../shared/domain/activity';
import type { Category } from '../../../shared/domain/category';
import type { LedgerFilter } from './ledger-filter';
import { ALL_YEARS, countMoreFilters, hasMoreFilters } from './ledger-filter';
import { ActiveFilterTags } from './ActiveFilterTags';
import { MoreFilters } from './MoreFilters';
import { SearchBox } from './SearchBox';

interface Props {
  filter: LedgerFilter;
  categories: Category[];
  departments: string[];
  moreOpen: boolean;
  onToggleMore: () => void;
  onChange: (patch: Partial<LedgerFilter>) => void;
  /** Import and export, shown at the right end of the bar on the 台账记录 tab. */
  actions?: ReactNode;
}

function yearOptions(selected: number) {
  const now = new Date().getFullYear();
  const years = new Set([now + 1, ...Array.from({ length: 10 }, (_, i) => now - i)]);
  if (selected !== ALL_YEARS) years.add(selected);
  return [
    ...[...years].sort((a, b) => b - a).map((y) => ({ value: y, label: `${y}年` })),
    { value: ALL_YEARS, label: '全部年度' },
  ];
}

function sortOptions(searching: boolean): { value: ActivitySort; label: string }[] {
  return [
    ...(searching ? [{ value: 'relevance' as const, label: '相关度' }] : []),
    { value: 'date_desc', label: '日期新→旧' },
    { value: 'date_asc', label: '日期旧→新' },
    { value: 'updated_desc', label: '最近修改' },
  ];
}

export function LedgerToolbar({ filter, categories, departments, moreOpen, onToggleMore, onChange, actions }: Props) {
  const gapsView = filter.view === 'gaps';
  const sort = filter.sort === 'relevance' && !filter.text ? 'date_desc' : filter.sort;
  return (
    <div style={{ marginBottom: 12 }}>
      <Flex gap={12} wrap align="center">
        <Select
          aria-label="年度"
          value={filter.year}
          options={yearOptions(filter.year).filter((o) => !gapsView || o.value !== ALL_YEARS)}
          onChange={(year: number) => onChange({ year })}
          style={{ width: 116 }}
        />
        <Select
          aria-label="类别筛选"
          value={filter.categoryId}
          allowClear
          placeholder="全部类别"
          options={categories.map((c) => ({ value: c.id, label: c.name }))}
          onChange={(categoryId: number | undefined) => onChange({ categoryId })}
          popupMatchSelectWidth={false}
          style={{ width: 190 }}
        />
        {!gapsView && (
          <>
            <SearchBox value={filter.text} onSearch={(text) => onChange({ text, sort: text && filter.sort === 'date_desc' ? 'relevance' : filter.sort })} />
            <Select<ActivitySort>
              aria-label="排序"
              value={sort}
              options={sortOptions(filter.text !== '')}
              onChange={(s) => onChange({ sort: s })}
              style={{ width: 124 }}
            />
            <Badge count={moreOpen ? 0 : countMoreFilters(filter)} size="small" color="#1d4f91">
              <Button
                icon={<FilterOutlined />}
                type={moreOpen || hasMoreFilters(filter) ? 'default' : 'text'}
                aria-expanded={moreOpen}
                onClick={onToggleMore}
              >
                更多筛选 {moreOpen ? <UpOutlined style={{ fontSize: 10 }} /> : <DownOutlined style={{ fontSize: 10 }} />}
              </Button>
            </Badge>
          </>
        )}
        {actions && <div style={{ marginLeft: 'auto' }}>{actions}</div>}
      </Flex>
      {!gapsView && moreOpen && <MoreFilters filter={filter} departments={departments} onChange={onChange} />}
      {!gapsView && <ActiveFilterTags filter={filter} categories={categories} onChange={onChange} />}
    </div>
  );
}
