import { z } from 'zod';
import { year } from '../validation/fields';
import type { FieldLabels } from '../validation/format-issues';
import type { DeepLink } from '../navigation/deep-links';

// 年报体检: what still keeps a year's report from being ready, each finding naming the thing and
// where it is fixed. Computed (shared/report/readiness/), never stored.

export type ReadinessCode =
  | 'subsection-empty'
  | 'problems-missing'
  | 'plans-missing'
  | 'leader-shufa-missing'
  | 'leader-study-missing'
  | 'leader-material-missing'
  | 'duties-paragraph-missing'
  | 'summary-missing'
  | 'rate-denominator-missing'
  | 'last-year-missing'
  | 'evidence-missing'
  | 'policy-period-past'
  // A seam in the assembled text itself (shared/report/lint/): a placeholder left, a number doubled.
  | 'report-lint'
  // Entries of the year still in review (草稿, 已提交, 退回): the report leaves them out.
  | 'entries-unreviewed';

/** must: the report is not fit to send without it; should: inspectors or readers will notice. */
export type ReadinessSeverity = 'must' | 'should';

export const SEVERITY_LABELS: Readonly<Record<ReadinessSeverity, string>> = { must: '必须补', should: '建议补' };

export interface ReadinessFinding {
  code: ReadinessCode;
  severity: ReadinessSeverity;
  /** The group it is listed under: a template part's id, or 'evidence'. */
  group: string;
  /** Chinese, naming the thing: the subsection's heading, the entry's title and date. */
  text: string;
  link: DeepLink;
}

export interface ReadinessGroup {
  key: string;
  /** "一、2025年度推进法治政府建设的主要举措和成效", "佐证材料". */
  title: string;
}

export interface ReportDeadlines {
  /** YYYY-MM-DD: 报送上级 before this day (1 March of the next year). */
  submitBy: string;
  /** YYYY-MM-DD: 向社会公开 before this day (1 April of the next year). */
  publishBy: string;
  /** From 1 December of the report's year on, the days are counted down. */
  countingDown: boolean;
  /** Days from today to each date; negative once it has passed. */
  daysToSubmit: number;
  daysToPublish: number;
}

export interface ReadinessReport {
  year: number;
  templateId: number;
  templateName: string;
  today: string;
  deadlines: ReportDeadlines;
  groups: ReadinessGroup[];
  findings: ReadinessFinding[];
}

export const readinessInput = z.object({ year, templateId: z.number().int().positive().optional() }).strict();

export const READINESS_LABELS: FieldLabels = { year: '年度', templateId: '报告模板' };
