import type Database from 'better-sqlite3';
import type { ReportChoices, ReportView } from '../../../shared/domain/report-draft';
import type { ReportTemplate, ReportTemplateBody } from '../../../shared/domain/report-template';
import { AppError } from '../../../shared/errors';
import { assembleReport } from '../../../shared/report/assembly/assemble-report';
import { diffAssemblies } from '../../../shared/report/edits/apply-edits';
import { buildReportView } from '../../../shared/report/edits/report-view';
import { parseTemplateBody } from '../../../shared/report/template-schema';
import { localToday } from '../../handlers/local-today';
import type { ReportDraft } from '../../store/report-draft-store';
import { getDraft, saveAssembly } from '../../store/report-draft-store';
import { getTemplate } from '../../store/report-template-store';
import type { EntryChoice } from './gather-input';
import { gatherInput } from './gather-input';

// Assembly for a year: gather, assemble (pure), compare with the last assembly, store, and answer
// with the view the preview shows. Edits are never touched here; they are laid over the result.

const NO_CHOICES: ReportChoices = { styles: {}, keepEmpty: {}, excluded: [] };

export function mustGetTemplate(db: Database.Database, id: number): ReportTemplate {
  const t = getTemplate(db, id);
  if (!t) throw new AppError('not_found', `找不到这个报告模板（编号 ${id}），请重新选择模板。`, { templateId: '模板：不存在' });
  return t;
}

export function mustGetDraft(db: Database.Database, year: number): ReportDraft & { assembled: NonNullable<ReportDraft['assembled']> } {
  const draft = getDraft(db, year);
  if (!draft?.assembled) throw new AppError('conflict', `还没有生成${year}年度报告，请先选择模板生成报告。`);
  return draft as ReportDraft & { assembled: NonNullable<ReportDraft['assembled']> };
}

/** The body assembly uses. A stored body is re-checked: a template saved by an older build must still be one this build reads. */
export function templateBody(db: Database.Database, templateId: number): ReportTemplateBody {
  return parseTemplateBody(mustGetTemplate(db, templateId).body);
}

/**
 * `entryChoice`: which entries the report reads. Given (report.assemble, whose 包含未审核 switch is
 * either on or left out), it is stored with the draft; left out (a re-assembly after a changed style,
 * an exclusion, an adopted sentence), the draft's stored choice is used, so a draft of every entry
 * stays one and an approved-only report never takes in an entry still in review.
 */
export function assembleYear(db: Database.Database, year: number, templateId: number, now: string, entryChoice?: EntryChoice): ReportView {
  const body = templateBody(db, templateId);
  const draft = getDraft(db, year);
  const choices = draft?.choices ?? NO_CHOICES;
  const includeUnreviewed = entryChoice ? entryChoice.includeUnreviewed === true : draft?.includeUnreviewed === true;
  const assembled = assembleReport(gatherInput(db, year, body, choices, localToday(now), { includeUnreviewed }));
  const edits = draft?.edits ?? {};
  const changes = diffAssemblies(draft?.assembled ?? null, assembled, edits);
  saveAssembly(db, year, templateId, assembled, includeUnreviewed, now);
  return buildReportView({ year, templateId, assembled, edits, changes, choices, includeUnreviewed, assembledAt: now });
}

/** The stored draft as the preview shows it, without re-reading the log. */
export function draftView(db: Database.Database, year: number): ReportView {
  const draft = mustGetDraft(db, year);
  return buildReportView({
    year,
    templateId: draft.templateId,
    assembled: draft.assembled,
    edits: draft.edits,
    changes: [],
    choices: draft.choices,
    includeUnreviewed: draft.includeUnreviewed,
    assembledAt: draft.assembledAt ?? draft.updatedAt,
  });
}
