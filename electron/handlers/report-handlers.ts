import type { ReportNarrative } from '../../shared/domain/report-narrative';
import { getDraft } from '../store/report-draft-store';
import { getNarrative, setNarrative } from '../store/report-narrative-store';
import { assembleYear, draftView } from '../report/assembly/assemble-year';
import { exportReportDocx } from '../report/export-report-docx';
import { adoptSentence } from '../report/assembly/adopt-sentence';
import { editBlock, excludeEntry, revertBlock, setKeepEmpty, setStyle } from '../report/assembly/draft-service';
import { templateCopy, templateDelete, templateDownload, templateExport, templateGet, templateImport, templatesList, templateUpdate } from '../report/assembly/template-service';
import type { HandlerGroup } from './handler-types';

// The annual report's operations; the work is in electron/report/assembly/ and shared/report/.

type ReportOperation =
  | 'report.templates.list'
  | 'report.templates.get'
  | 'report.templates.copy'
  | 'report.templates.update'
  | 'report.templates.import'
  | 'report.templates.export'
  | 'report.templates.download'
  | 'report.templates.delete'
  | 'report.narrative.get'
  | 'report.narrative.set'
  | 'report.assemble'
  | 'report.draft.get'
  | 'report.export'
  | 'report.block.edit'
  | 'report.block.revert'
  | 'report.subsection.setStyle'
  | 'report.subsection.setKeepEmpty'
  | 'report.entry.exclude'
  | 'report.entry.adoptSentence';

function narrativeView(db: Parameters<typeof getNarrative>[0], year: number) {
  const current = getNarrative(db, year);
  return { year, narrative: current.narrative, updatedAt: current.updatedAt, lastYearPlans: getNarrative(db, year - 1).narrative.plans };
}

export const reportHandlers: HandlerGroup<ReportOperation> = {
  'report.templates.list': (ctx) => templatesList(ctx.db, ctx.now()),
  'report.templates.get': (ctx, input) => templateGet(ctx.db, input.id, ctx.now()),
  'report.templates.copy': (ctx, input) => templateCopy(ctx.db, input.id, input.name, ctx.now()),
  'report.templates.update': (ctx, input) => templateUpdate(ctx.db, input.id, { name: input.name, body: input.body }, ctx.now()),
  'report.templates.import': (ctx, input) => templateImport(ctx.db, input.json, ctx.now()),
  'report.templates.export': (ctx, input) => templateExport(ctx.db, input.id),
  'report.templates.download': (ctx, input) => templateDownload(ctx.db, ctx.dataDir, input.id),
  'report.templates.delete': (ctx, input) => templateDelete(ctx.db, input.id),

  'report.narrative.get': (ctx, input) => narrativeView(ctx.db, input.year),
  'report.narrative.set': (ctx, input) => {
    const { year, ...given } = input;
    const current = getNarrative(ctx.db, year).narrative;
    // Fields left out keep what was saved; problems, plans and other are always given (other defaults to 无。).
    const defined = Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined)) as Partial<ReportNarrative>;
    setNarrative(ctx.db, year, { ...current, ...defined }, ctx.now());
    return narrativeView(ctx.db, year);
  },

  'report.assemble': (ctx, input) => assembleYear(ctx.db, input.year, input.templateId, ctx.now(), { includeUnreviewed: input.includeUnreviewed }),
  'report.export': (ctx, input) => exportReportDocx(ctx.db, ctx.dataDir, input.year),
  'report.draft.get': (ctx, input) => (getDraft(ctx.db, input.year)?.assembled ? draftView(ctx.db, input.year) : null),
  'report.block.edit': (ctx, input) => editBlock(ctx.db, input, ctx.now()),
  'report.block.revert': (ctx, input) => revertBlock(ctx.db, input.year, input.key, ctx.now()),
  'report.subsection.setStyle': (ctx, input) => setStyle(ctx.db, input.year, input.key, input.style, ctx.now()),
  'report.subsection.setKeepEmpty': (ctx, input) => setKeepEmpty(ctx.db, input.year, input.key, input.keep, ctx.now()),
  'report.entry.exclude': (ctx, input) => excludeEntry(ctx.db, input.year, input.activityId, input.excluded, ctx.now()),
  'report.entry.adoptSentence': (ctx, input) => adoptSentence(ctx.db, input.year, input.activityId, ctx.now()),
};
