import type { ReadinessReport } from '../../domain/readiness';
import { READINESS_LABELS, readinessInput } from '../../domain/readiness';
import { op } from '../operation-spec';

// 年报体检: what a year's report still lacks, for the chosen template (the draft's, else the first).
export const readinessOps = {
  'report.readiness': op<ReadinessReport>()({ input: readinessInput, labels: READINESS_LABELS, summary: '年报体检：列出本年度报告还缺什么，以及到哪里补' }),
} as const;
