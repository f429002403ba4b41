import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Col, Flex, Row, Select, Spin, Tabs, Typography } from 'antd';
import { useState } from 'react';
import type { StatsYearView } from '../../../shared/domain/stats';
import { monthUnknownNote } from '../../../shared/stats/month-unknown';
import { call } from '../../api/client';
import { useExportDownload } from '../../hooks/useExportDownload';
import { useOperation } from '../../hooks/useOperation';
import { DimensionChartCard } from './charts/DimensionChartCard';
import { DimensionTable } from './DimensionTable';
import type { DrillRequest } from './drill-request';
import { EntriesDrawer } from './EntriesDrawer';
import { MetricsTable } from './MetricsTable';
import { STATS_HELP, drillTitleFor, statsYearChoices } from './stats-words';
import { SummaryCards } from './SummaryCards';

const CHART_TITLES = { month: '按月份', category: '按类别', department: '按承办科室', origin: '按来源（汇总）' } as const;

function dimension(view: StatsYearView, key: keyof typeof CHART_TITLES) {
  return view.dimensions.find((d) => d.key === key);
}

/** The 来源 chart only matters once another unit's entries have been merged in (汇总). */
function hasMergedOrigins(view: StatsYearView): boolean {
  return (dimension(view, 'origin')?.rows ?? []).some((r) => r.key !== '' && (r.count > 0 || r.lastYear > 0));
}

function ExportButton({ year }: { year: number }) {
  const { busy, download } = useExportDownload();
  const run = () => download(() => call('stats.export', { year }), () => '统计表已导出为 Excel 文件');
  return (
    <Button icon={<DownloadOutlined />} loading={busy} onClick={() => void run()}>
      导出统计表
    </Button>
  );
}

function Figures({ view, onDrill }: { view: StatsYearView; onDrill: (r: DrillRequest) => void }) {
  const monthNote = monthUnknownNote(view.year, dimension(view, 'month'));
  const chart = (key: keyof typeof CHART_TITLES, horizontal: boolean) => {
    const d = dimension(view, key);
    return d && <DimensionChartCard title={CHART_TITLES[key]} year={view.year} dimension={d} horizontal={horizontal} onDrill={onDrill} drillTitle={drillTitleFor(key)} footnote={key === 'month' ? monthNote : null} />;
  };
  return (
    <Flex vertical gap={16}>
      <SummaryCards view={view} onDrill={onDrill} />
      {view.notes.length > 0 && <Alert type="warning" showIcon title="指标合计说明" description={view.notes.map((n) => <div key={n}>{n}</div>)} />}
      {chart('month', false)}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          {chart('category', true)}
        </Col>
        <Col xs={24} xl={12}>
          {chart('department', true)}
        </Col>
      </Row>
      {hasMergedOrigins(view) && chart('origin', true)}
      <Tabs
        aria-label="统计表"
        items={[
          ...view.dimensions.map((d) => ({
            key: d.key,
            label: `按${d.label}`,
            children: <DimensionTable year={view.year} dimension={d} total={view.total} onDrill={onDrill} drillTitle={drillTitleFor(d.key)} footnote={d.key === 'month' ? monthNote : null} />,
          })),
          { key: 'metrics', label: '指标合计', children: <MetricsTable year={view.year} metrics={view.metrics} onDrill={onDrill} /> },
        ]}
      />
    </Flex>
  );
}

/** The year's figures against last year's, as cards, charts and tables; every figure lists its entries. */
export default function StatsView() {
  const [year, setYear] = useState(() => new Date().getFullYear());
  const [drill, setDrill] = useState<DrillRequest | null>(null);
  const stats = useOperation('stats.year', { year });
  const view = stats.data?.year === year ? stats.data : undefined;
  return (
    <Flex vertical gap={16}>
      <Flex wrap gap={12} align="center" justify="space-between">
        <Flex gap={12} align="center">
          <Select aria-label="年度" value={year} onChange={setYear} style={{ width: 110 }} options={statsYearChoices().map((y) => ({ value: y, label: `${y}年` }))} />
          <Typography.Text type="secondary">同比：与{year - 1}年全年相比</Typography.Text>
        </Flex>
        <ExportButton year={year} />
      </Flex>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {STATS_HELP}
      </Typography.Paragraph>
      {stats.error && <Alert type="error" showIcon title={stats.error.message} action={<Button onClick={stats.reload}>重试</Button>} />}
      {view ? <Figures view={view} onDrill={setDrill} /> : !stats.error && <Spin description="正在统计……" />}
      <EntriesDrawer request={drill} onClose={() => setDrill(null)} />
    </Flex>
  );
}
