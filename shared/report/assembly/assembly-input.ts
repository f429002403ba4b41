import type { Activity } from '../../domain/activity';
import type { ReportChoices } from '../../domain/report-draft';
import type { ReportNarrative } from '../../domain/report-narrative';
import type { ReportTemplateBody } from '../../domain/report-template';
import type { MetricTotal } from '../numbers/metric-totals';
import type { PlanReviewItem } from './plan-review';

// Everything one assembly reads. The handler gathers it from the store; assembly itself is pure, so
// the same input always gives the same report, and tests can assemble without a database.

export interface AssemblyCategory {
  id: number;
  key: string | null;
  name: string;
}

export interface AssemblyUnit {
  name: string;
  leaderName: string;
  leaderTitle: string;
}

/**
 * What assembly reads of an entry. Narrower than Activity because a year of 20,000 entries is read
 * in full for every assembly, and each column more costs time (see listYearReportEntries).
 */
export type ReportEntry = Pick<
  Activity,
  'id' | 'date' | 'endDate' | 'datePrecision' | 'createdAt' | 'categoryId' | 'title' | 'summary' | 'location' | 'participantCount' | 'participantsDesc' | 'leaderRole' | 'docTitle' | 'docNumber' | 'period' | 'tags' | 'metrics'
>;

export interface LastYearEvents {
  categoryId: number;
  tags: readonly string[];
  count: number;
}

export interface AssemblyInput {
  year: number;
  /** YYYY-MM-DD: the 成文日期 when the narrative gives none. */
  today: string;
  unit: AssemblyUnit;
  template: ReportTemplateBody;
  categories: readonly AssemblyCategory[];
  /** The year's live entries (not in the trash), any order. */
  entries: readonly ReportEntry[];
  /** Last year's totals, for 同比 and nothing else. */
  lastYearTotals: readonly MetricTotal[];
  /** Last year's single events, counted by category and tags, for the 同比 of each subsection's count; absent: none said. */
  lastYearEvents?: readonly LastYearEvents[];
  narrative: ReportNarrative;
  choices: ReportChoices;
  /** This year's checklist from last year's plan (part 四 opens with how it went); absent or empty: nothing said. */
  planItems?: readonly PlanReviewItem[];
}
