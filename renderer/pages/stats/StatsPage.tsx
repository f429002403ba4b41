import { Result } from 'antd';
import { BarChartOutlined } from '@ant-design/icons';

// Not built yet. Saying so plainly is better than a page of zeros that looks like real figures.
export function StatsPage() {
  return (
    <Result
      icon={<BarChartOutlined />}
      title="统计功能即将推出"
      subTitle="这里将按月份、类别查看全年工作量，例如各类活动的次数、参加人数，以及哪些类别还没有记录。目前请在“台账”中按年度、类别筛选查看。"
    />
  );
}
