import { Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { StatsCount, StatsDimension, StatsRow } from '../../../shared/domain/stats';
import { CountLink } from './CountLink';
import type { DrillRequest } from './drill-request';
import { YearOnYearText } from './YearOnYearText';

interface Props {
  year: number;
  dimension: StatsDimension;
  total: StatsCount;
  onDrill: (request: DrillRequest) => void;
  drillTitle: (year: number, label: string) => string;
  /** Under the table, e.g. why the months do not add up to the year (月份不详). */
  footnote?: string | null;
}

type Line = StatsRow | (StatsCount & { key: '__total'; label: '合计'; drill: Record<string, never> });

/** One dimension's counts, both years and 同比; every count lists its entries. */
export function DimensionTable({ year, dimension, total, onDrill, drillTitle, footnote }: Props) {
  const open = (row: Line, y: number) => onDrill({ title: row.key === '__total' ? `${y}年` : drillTitle(y, row.label), year: y, drill: row.drill });
  const columns: ColumnsType<Line> = [
    { title: dimension.label, dataIndex: 'label', render: (label: string, row) => (row.key === '__total' ? <strong>{label}</strong> : label) },
    { title: `${year}年（条）`, key: 'count', align: 'right', width: 130, render: (_, row) => <CountLink value={row.count} label={`${drillTitle(year, row.label)}：${row.count}条`} onOpen={() => open(row, year)} /> },
    { title: `${year - 1}年（条）`, key: 'last', align: 'right', width: 130, render: (_, row) => <CountLink value={row.lastYear} label={`${drillTitle(year - 1, row.label)}：${row.lastYear}条`} onOpen={() => open(row, year - 1)} /> },
    { title: '同比', key: 'change', width: 170, render: (_, row) => <YearOnYearText change={row.change} fallback="—" /> },
  ];
  const lines: Line[] = [...dimension.rows, { ...total, key: '__total', label: '合计', drill: {} }];
  return <Table<Line> rowKey="key" size="small" columns={columns} dataSource={lines} pagination={false} aria-label={`按${dimension.label}统计表`} footer={footnote ? () => footnote : undefined} />;
}
