import { Card, Col, Row, Statistic, Typography } from 'antd';
import type { StatsCount, StatsMetric, StatsYearView } from '../../../shared/domain/stats';
import type { DrillRequest } from './drill-request';
import { keyMetrics, metricDrill, metricFigure } from './metric-words';
import { YearOnYearText } from './YearOnYearText';

interface Props {
  view: StatsYearView;
  onDrill: (request: DrillRequest) => void;
}

const CARD_STYLE = { height: '100%' } as const;

function CountCard({ title, unit, figure, missing, onOpen }: { title: string; unit: string; figure: StatsCount; missing: string; onOpen: () => void }) {
  return (
    <Card size="small" hoverable style={CARD_STYLE} onClick={onOpen} role="button" aria-label={`${title}：${figure.count}${unit}，查看台账`} tabIndex={0} onKeyDown={(e) => e.key === 'Enter' && onOpen()}>
      <Statistic title={title} value={figure.count} suffix={unit} />
      <YearOnYearText change={figure.change} fallback={missing} />
      {figure.lastYear > 0 && <div><Typography.Text type="secondary">上年 {figure.lastYear}{unit}</Typography.Text></div>}
    </Card>
  );
}

function MetricCard({ metric, year, onOpen }: { metric: StatsMetric; year: number; onOpen: () => void }) {
  const rate = metric.unit === '%' || metric.unit === '％';
  const last = metric.lastYear;
  return (
    <Card size="small" hoverable style={CARD_STYLE} onClick={onOpen} role="button" aria-label={`${metric.name}：${metric.value ?? ''}${metric.unit}，查看台账`} tabIndex={0} onKeyDown={(e) => e.key === 'Enter' && onOpen()}>
      <Statistic title={metric.name} value={metricFigure(metric.value ?? 0, metric.approximate)} suffix={metric.unit} />
      <YearOnYearText change={metric.change} fallback={rate ? '比率不计同比' : `${year - 1}年无记录，不计同比`} />
      {last && (
        <div>
          <Typography.Text type="secondary">
            上年 {metricFigure(last.value, last.approximate)}
            {metric.unit}
          </Typography.Text>
        </div>
      )}
    </Card>
  );
}

/** 活动总数 and 参加人数 with 同比 (a click lists the year's entries), then the key metrics. */
export function SummaryCards({ view, onDrill }: Props) {
  const all = () => onDrill({ title: `${view.year}年`, year: view.year, drill: {} });
  return (
    <Row gutter={[16, 16]}>
      <Col xs={12} sm={8} lg={4}>
        <CountCard title="活动总数" unit="条" figure={view.total} missing={`${view.year - 1}年没有台账，不计同比`} onOpen={all} />
      </Col>
      <Col xs={12} sm={8} lg={4}>
        <CountCard title="参加人数合计" unit="人次" figure={view.participants} missing={`${view.year - 1}年未填参加人数，不计同比`} onOpen={all} />
      </Col>
      {keyMetrics(view.metrics).map((m) => (
        <Col key={`${m.name}\u0000${m.unit}`} xs={12} sm={8} lg={4}>
          <MetricCard metric={m} year={view.year} onOpen={() => onDrill(metricDrill(m, view.year))} />
        </Col>
      ))}
    </Row>
  );
}
