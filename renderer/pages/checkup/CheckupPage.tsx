import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Select, Skeleton, Space } from 'antd';
import { useState } from 'react';
import { useOperation } from '../../hooks/useOperation';
import { defaultReportYear, yearChoices } from '../report/report-year';
import { DeadlineCountdown } from './DeadlineCountdown';
import { FindingsView } from './FindingsView';
import { PlanItemsCard } from './PlanItemsCard';

// 年报体检: for a year and a template, what the report still lacks and where each thing is fixed,
// the deadlines, and last year's plan as this year's checklist.
export function CheckupPage() {
  const [year, setYear] = useState(defaultReportYear);
  const [templateId, setTemplateId] = useState<number>();
  const templates = useOperation('report.templates.list', {});
  const readiness = useOperation('report.readiness', { year, ...(templateId ? { templateId } : {}) });
  const report = readiness.data;

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Space wrap>
        <Select
          aria-label="年度"
          value={year}
          onChange={(y) => {
            setYear(y);
            setTemplateId(undefined);
          }}
          style={{ width: 110 }}
          options={yearChoices().map((y) => ({ value: y, label: `${y}年度` }))}
        />
        <Select
          aria-label="报告模板"
          value={templateId ?? report?.templateId}
          onChange={setTemplateId}
          loading={!templates.data}
          style={{ width: 260 }}
          options={(templates.data ?? []).map((t) => ({ value: t.id, label: t.name, title: t.description }))}
        />
        <Button icon={<ReloadOutlined />} loading={readiness.loading} onClick={readiness.reload}>
          重新检查
        </Button>
      </Space>
      {readiness.error && <Alert type="error" showIcon title={readiness.error.message} action={<Button onClick={readiness.reload}>重试</Button>} />}
      {/* One slot each, whether loaded or not: Space keys its items by position, and a slot more once
          the check arrived remounted the plan card under a person picking an entry in it. */}
      {report && <DeadlineCountdown year={report.year} deadlines={report.deadlines} />}
      {report ? <FindingsView report={report} /> : !readiness.error && <Skeleton active />}
      <PlanItemsCard year={year} onChanged={readiness.reload} />
    </Space>
  );
}
