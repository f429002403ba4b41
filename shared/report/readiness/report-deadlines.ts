import { daysBetween } from '../../domain/calendar-days';
import type { ReportDeadlines } from '../../domain/readiness';

// The report goes to the superior before 1 March and is published before 1 April of the next year
// (shared/domain/annual-report.md). The countdown starts in December, when the report is drafted.

export function reportDeadlines(year: number, today: string): ReportDeadlines {
  const submitBy = `${year + 1}-03-01`;
  const publishBy = `${year + 1}-04-01`;
  return {
    submitBy,
    publishBy,
    countingDown: today >= `${year}-12-01`,
    daysToSubmit: daysBetween(today, submitBy),
    daysToPublish: daysBetween(today, publishBy),
  };
}
