import type { StatsExport, StatsYearView } from '../../domain/stats';
import { STATS_FIELD_LABELS, statsYearInput } from '../../domain/stats';
import { op } from '../operation-spec';

// The 统计 page: one year's figures against the year before, and the same figures as an .xlsx.

const labels = STATS_FIELD_LABELS;

export const statsOps = {
  'stats.year': op<StatsYearView>()({ input: statsYearInput, labels, summary: '统计一年的台账条数和指标（按月份、类别、承办科室，含同比）' }),
  'stats.export': op<StatsExport>()({ input: statsYearInput, labels, summary: '把一年的统计表导出为 Excel 文件以便下载' }),
} as const;
