import { Button, Card, List, Result, Space, Tag, Typography } from 'antd';
import type { ReadinessReport } from '../../../shared/domain/readiness';
import { SEVERITY_LABELS } from '../../../shared/domain/readiness';
import { deepLinkHash } from '../../../shared/navigation/deep-links';

const SEVERITY_COLORS = { must: 'red', should: 'gold' } as const;

/** The findings under the report's parts, each with a link to where it is fixed; 全部就绪 when none. */
export function FindingsView({ report }: { report: ReadinessReport }) {
  const { findings } = report;
  if (findings.length === 0) {
    return (
      <Result
        status="success"
        title="全部就绪"
        subTitle={`按“${report.templateName}”检查，${report.year}年度报告需要的台账、年度材料和佐证都已具备。可以到“年报”页面生成报告。`}
        extra={
          <Button type="primary" href="#/report">
            去生成年报
          </Button>
        }
      />
    );
  }
  const must = findings.filter((f) => f.severity === 'must').length;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Text>
        共发现 {findings.length} 处需要补充：<Typography.Text type="danger">必须补 {must} 处</Typography.Text>，建议补 {findings.length - must} 处。
      </Typography.Text>
      {report.groups.map((g) => {
        const list = findings.filter((f) => f.group === g.key);
        if (!list.length) return null;
        return (
          <Card key={g.key} size="small" title={g.title} aria-label={g.title}>
            <List
              dataSource={list}
              renderItem={(f) => (
                <List.Item
                  extra={
                    <a href={deepLinkHash(f.link)} aria-label={`去补充：${f.text}`} style={{ whiteSpace: 'nowrap' }}>
                      去补充
                    </a>
                  }
                >
                  <Space align="start">
                    <Tag color={SEVERITY_COLORS[f.severity]}>{SEVERITY_LABELS[f.severity]}</Tag>
                    <Typography.Text>{f.text}</Typography.Text>
                  </Space>
                </List.Item>
              )}
            />
          </Card>
        );
      })}
    </Space>
  );
}
