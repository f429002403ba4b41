import type { ReportDocument } from '../report-document';
import type { LintCheck, LintFinding } from './lint-finding';
import { lintEmptyHeading } from './lint-empty-heading';
import { lintEmptyMarks } from './lint-empty-marks';
import { lintHalfwidth } from './lint-halfwidth';
import { lintLeadout } from './lint-leadout';
import { lintNumbering } from './lint-numbering';
import { lintPlaceholder } from './lint-placeholder';
import { lintRepeated } from './lint-repeated';

// The report lint: checks over the finished document, one per file, for the seams a reader would
// notice. Pure; it reads the document as the preview shows it and the .docx holds it.

const LINTS: readonly LintCheck[] = [lintPlaceholder, lintEmptyMarks, lintNumbering, lintEmptyHeading, lintLeadout, lintRepeated, lintHalfwidth];

export function lintReport(doc: ReportDocument): LintFinding[] {
  return LINTS.flatMap((lint) => lint(doc));
}

/**
 * Findings other than on the reminders assembly leaves under a part or subsection with no material
 * ("（本年度台账中暂无此项内容……）"), while they are as generated: assembly warns about those itself,
 * and 年报体检 names what is missing, each with the way to fill it. Edited, the reminder is the
 * user's text and a reminder left in it is theirs to see.
 */
export function beyondAssemblyReminders(doc: ReportDocument, findings: readonly LintFinding[]): LintFinding[] {
  const reminders = new Set(doc.blocks.filter((b) => b.key.endsWith('.empty') && b.origin === 'template').map((b) => b.key));
  return findings.filter((f) => !(f.code === 'lint-placeholder' && reminders.has(f.key)));
}
