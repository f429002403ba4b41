import { Alert, Card, Col, Row, Statistic, Typography } from 'antd';
import type { ReportDeadlines } from '../../../shared/domain/readiness';

function cnDate(iso: string): string {
  return `${iso.slice(0, 4)}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;
}

function Countdown({ what, by, days }: { what: string; by: string; days: number }) {
  const passed = days < 0;
  return (
    <Card size="small">
      <Statistic
        title={`${what}（${cnDate(by)}前）`}
        value={passed ? -days : days}
        prefix={passed ? '已过期' : '还有'}
        suffix="天"
        styles={{ content: { color: passed ? '#cf1322' : days <= 30 ? '#d46b08' : undefined } }}
      />
    </Card>
  );
}

/** 报送上级 before 1 March, 向社会公开 before 1 April; counted down from December on. */
export function DeadlineCountdown({ year, deadlines }: { year: number; deadlines: ReportDeadlines }) {
  if (!deadlines.countingDown) {
    return (
      <Alert
        type="info"
        showIcon
        title={`${year}年度报告应于${cnDate(deadlines.submitBy)}前报送上级，${cnDate(deadlines.publishBy)}前向社会公开（12月起在此倒计时）。`}
      />
    );
  }
  return (
    <section aria-label="报送期限">
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Countdown what="报送上级" by={deadlines.submitBy} days={deadlines.daysToSubmit} />
        </Col>
        <Col xs={24} md={12}>
          <Countdown what="向社会公开" by={deadlines.publishBy} days={deadlines.daysToPublish} />
        </Col>
      </Row>
      <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
        报告须经本单位党组（党委）审议后报送本级党委、政府和上一级政府有关部门，并通过报刊、政府网站等向社会公开。
      </Typography.Paragraph>
    </section>
  );
}
