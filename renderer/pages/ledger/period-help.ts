import type { Dayjs } from 'dayjs';
import type { ActivityPeriod } from '../../../shared/domain/activity';

const QUARTERS = ['一', '二', '三', '四'];

/** The span an entry's date stands for when the entry is a period total: 2025年3月, 2025年第一季度, 2025年. */
export function periodName(period: ActivityPeriod, date: Dayjs | null | undefined): string {
  if (!date) return period === 'month' ? '所在月份' : period === 'quarter' ? '所在季度' : '所在年度';
  const y = date.year();
  if (period === 'month') return `${y}年${date.month() + 1}月`;
  if (period === 'quarter') return `${y}年第${QUARTERS[Math.floor(date.month() / 3)]}季度`;
  return `${y}年全年`;
}

export function periodHelp(period: ActivityPeriod, date: Dayjs | null | undefined): string {
  if (!period) return '一次具体的活动、会议或工作。';
  return `这条记录是${periodName(period, date)}的合计数，不是一次活动：指标请填这段时间的总数（如受理案件件数），日期填该期间内任一天即可。`;
}
