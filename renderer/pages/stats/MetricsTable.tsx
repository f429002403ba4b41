import { Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { StatsMetric } from '../../../shared/domain/stats';
import { CountLink } from './CountLink';
import type { DrillRequest } from './drill-request';
import { metricDrill, metricFigure } from './metric-words';
import { YearOnYearText } from './YearOnYearText';

interface Props {
  year: number;
  metrics: StatsMetric[];
  onDrill: (request: DrillRequest) => void;
}

/** Every metric's total for both years; a total lists the entries carrying the metric. */
export function MetricsTable({ year, metrics, onDrill }: Props) {
  const columns: ColumnsType<StatsMetric> = [
    { title: '指标', dataIndex: 'name' },
    { title: '单位', dataIndex: 'unit', width: 80 },
    {
      title: `${year}年`,
      key: 'value',
      align: 'right',
      width: 130,
      render: (_, m) => (m.value === null ? <span title="本年没有这项指标的记录">—</span> : <CountLink value={metricFigure(m.value, m.approximate)} label={`${year}年${m.name}：${m.value}${m.unit}`} onOpen={() => onDrill(metricDrill(m, year))} />),
    },
    {
      title: `${year - 1}年`,
      key: 'last',
      align: 'right',
      width: 130,
      render: (_, m) => (m.lastYear === null ? '—' : <CountLink value={metricFigure(m.lastYear.value, m.lastYear.approximate)} label={`${year - 1}年${m.name}：${m.lastYear.value}${m.unit}`} onOpen={() => onDrill(metricDrill(m, year, true))} />),
    },
    { title: '同比', key: 'change', width: 170, render: (_, m) => <YearOnYearText change={m.change} fallback="—" /> },
    {
      title: '计入的台账',
      key: 'entries',
      width: 150,
      render: (_, m) => (
        <>
          {m.entries}条{m.notCounted.length > 0 && <Tag color="warning" style={{ marginInlineStart: 8 }}>另{m.notCounted.length}条未计入</Tag>}
        </>
      ),
    },
  ];
  return (
    <Table<StatsMetric>
      rowKey={(m) => `${m.name}\u0000${m.unit}`}
      size="small"
      columns={columns}
      dataSource={metrics}
      pagination={false}
      aria-label="指标合计表"
      locale={{ emptyText: '这两年的台账都没有填写指标' }}
    />
  );
}
