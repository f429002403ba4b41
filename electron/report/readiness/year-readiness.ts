import type Database from 'better-sqlite3';
import { findEvidenceGaps } from '../../../shared/domain/evidence-rules';
import type { ReadinessFinding, ReadinessReport } from '../../../shared/domain/readiness';
import type { ReportChoices } from '../../../shared/domain/report-draft';
import { assembleReport } from '../../../shared/report/assembly/assemble-report';
import { checkReadiness } from '../../../shared/report/readiness/check-readiness';
import { AppError } from '../../../shared/errors';
import { parseTemplateBody } from '../../../shared/report/template-schema';
import { listEvidenceCandidates } from '../../store/attachment-store';
import { getDraft } from '../../store/report-draft-store';
import { countUnreviewed } from '../../store/review-store';
import { mustGetTemplate } from '../assembly/assemble-year';
import { gatherInput } from '../assembly/gather-input';
import { templatesList } from '../assembly/template-service';

// Assembles the year in memory (nothing is stored: the check must not replace the user's draft) and
// runs the pure checks over it, with the user's saved edits laid over it as the preview does (so an
// edit's fix or an edit's slip is what the report lint sees), and the ledger's own evidence check.

const NO_CHOICES: ReportChoices = { styles: {}, keepEmpty: {}, excluded: [] };

export function yearReadiness(db: Database.Database, year: number, templateId: number | undefined, now: string, today: string): ReadinessReport {
  const draft = getDraft(db, year);
  const listed = templatesList(db, now);
  // The draft's template may have been deleted since; then the first (five-part) one.
  const remembered = listed.find((t) => t.id === draft?.templateId)?.id;
  const id = templateId ?? remembered ?? listed[0]?.id;
  if (id === undefined) throw new AppError('not_found', '没有可用的报告模板，请在年报页面导入或新建模板。');
  const template = mustGetTemplate(db, id);
  const assembly = gatherInput(db, year, parseTemplateBody(template.body), draft?.choices ?? NO_CHOICES, today);
  const assembled = assembleReport(assembly);
  const evidenceGaps = findEvidenceGaps(listEvidenceCandidates(db, year));
  const report = checkReadiness({ assembly, assembled, edits: draft?.edits ?? {}, evidenceGaps }, { templateId: id, templateName: template.name });
  return withUnreviewed(report, countUnreviewed(db, year));
}

const REVIEW_GROUP = 'review';

/**
 * Entries still in review are left out of the report (report-entry-store.ts), so the check says how
 * many, first: the report is not the year's until they are reviewed.
 */
function withUnreviewed(report: ReadinessReport, count: number): ReadinessReport {
  if (count === 0) return report;
  const finding: ReadinessFinding = {
    code: 'entries-unreviewed',
    severity: 'must',
    group: REVIEW_GROUP,
    text: `还有 ${count} 条台账未审核，未计入报告；请审核员在“待审核”中审核，或退回录入人修改后再提交`,
    link: { to: 'ledger', year: report.year },
  };
  return { ...report, groups: [{ key: REVIEW_GROUP, title: '台账审核' }, ...report.groups], findings: [finding, ...report.findings] };
}
