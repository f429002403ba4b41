import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import type { YearOnYear } from '../../../shared/domain/stats';
import { yearOnYearText } from '../../../shared/stats/year-on-year';

// Neutral colours: more 执法检查 is not "good" and fewer 信访 not "bad", so no red or green here.
export function YearOnYearText({ change, fallback = '' }: { change: YearOnYear | null; fallback?: string }) {
  if (!change) return <Typography.Text type="secondary">{fallback}</Typography.Text>;
  const icon = change.direction === 'up' ? <ArrowUpOutlined /> : change.direction === 'down' ? <ArrowDownOutlined /> : null;
  return (
    <Typography.Text type="secondary">
      {icon} {yearOnYearText(change)}
    </Typography.Text>
  );
}
