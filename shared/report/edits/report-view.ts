import type { ReportChange, ReportChoices, ReportView, ReportWarning } from '../../domain/report-draft';
import { HANZI_SOFT_LIMIT } from '../../domain/report-draft';
import type { AssembledReport } from '../assembly/draft-blocks';
import { renderDocument } from '../assembly/render-document';
import { lintWarnings } from '../lint/lint-warnings';
import type { ReportDocument } from '../report-document';
import { reportStats } from '../report-stats';
import { uniqueWarnings } from '../warnings/unique-warnings';
import type { ReportEdits } from './apply-edits';
import { applyEdits, removedParagraphs, setAsideEdits } from './apply-edits';

export interface ViewParts {
  year: number;
  templateId: number;
  assembled: AssembledReport;
  edits: ReportEdits;
  changes: ReportChange[];
  choices: ReportChoices;
  /** The draft's 包含未审核 (absent: 已审核 entries only). */
  includeUnreviewed?: boolean | undefined;
  assembledAt: string;
}

/** The generated report with the user's edits, numbered: what the preview shows and the .docx holds. */
export function editedDocument(assembled: AssembledReport, edits: ReportEdits): { document: ReportDocument; warnings: ReportWarning[] } {
  const edited = applyEdits(assembled, edits);
  return { document: renderDocument(edited.title, edited.blocks, assembled.signature), warnings: edited.warnings };
}

/** What the preview shows: the generated report with the user's edits, numbered, with its warnings (each once). */
export function buildReportView(p: ViewParts): ReportView {
  const { document, warnings: editWarnings } = editedDocument(p.assembled, p.edits);
  const stats = reportStats(document);
  const warnings = [...p.assembled.warnings, ...editWarnings];
  if (stats.overLimit) {
    warnings.push({ code: 'over-limit', message: `报告约${stats.hanzi}字，超过一般篇幅（${HANZI_SOFT_LIMIT}字），可考虑精简` });
  }
  warnings.push(...lintWarnings(document, warnings));
  return {
    year: p.year,
    templateId: p.templateId,
    document,
    changes: p.changes,
    // After the lint, which reads assembly's field-missing warnings block by block.
    warnings: uniqueWarnings(warnings),
    stats,
    subsections: p.assembled.subsections,
    choices: p.choices,
    includeUnreviewed: p.includeUnreviewed === true,
    editedKeys: Object.keys(p.edits),
    setAsideEdits: setAsideEdits(p.assembled, p.edits),
    removedParagraphs: removedParagraphs(p.assembled, p.edits),
    assembledAt: p.assembledAt,
  };
}
