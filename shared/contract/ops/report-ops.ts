import { z } from 'zod';
import type { NarrativeView } from '../../domain/report-narrative';
import { NARRATIVE_FIELD_LABELS, narrativeGetInput, narrativeSetInput } from '../../domain/report-narrative';
import type { ReportView } from '../../domain/report-draft';
import {
  REPORT_FIELD_LABELS,
  blockEditInput,
  blockRevertInput,
  entryAdoptSentenceInput,
  entryExcludeInput,
  reportAssembleInput,
  reportYearInput,
  subsectionKeepEmptyInput,
  subsectionStyleInput,
} from '../../domain/report-draft';
import type { ReportTemplate, ReportTemplateSummary } from '../../domain/report-template';
import { templateBodyInput, templateName } from '../../report/template-schema';
import type { FieldLabels } from '../../validation/format-issues';
import { op } from '../operation-spec';
import { emptyInput } from './empty-input';

// The annual report: templates (data, copyable, importable), the year's written parts, assembly of
// the year's report and the user's work on its draft. Every operation that changes the draft answers
// with the whole preview (ReportView), so the page never has to guess what changed.

const templateId = z.number().int().positive();
/** An exported template is a few kilobytes; a megabyte is a wrong file. */
const TEMPLATE_FILE_MAX = 1_000_000;

const TEMPLATE_LABELS: FieldLabels = { id: '模板', name: '模板名称', body: '模板', json: '模板文件' };
const labels = REPORT_FIELD_LABELS;

export const reportOps = {
  'report.templates.list': op<ReportTemplateSummary[]>()({ input: emptyInput, summary: '列出报告模板' }),
  'report.templates.get': op<ReportTemplate>()({ input: z.object({ id: templateId }).strict(), labels: TEMPLATE_LABELS, summary: '读取报告模板' }),
  'report.templates.copy': op<ReportTemplate>()({ input: z.object({ id: templateId, name: templateName }).strict(), labels: TEMPLATE_LABELS, summary: '复制报告模板' }),
  'report.templates.update': op<ReportTemplate>()({
    input: z.object({ id: templateId, name: templateName.optional(), body: templateBodyInput }).strict(),
    labels: TEMPLATE_LABELS,
    summary: '修改自建报告模板（整体校验；内置模板须先复制）',
  }),
  'report.templates.import': op<ReportTemplate>()({
    input: z.object({ json: z.string().max(TEMPLATE_FILE_MAX) }).strict(),
    labels: TEMPLATE_LABELS,
    summary: '从 JSON 文件内容导入报告模板',
  }),
  'report.templates.export': op<string>()({ input: z.object({ id: templateId }).strict(), labels: TEMPLATE_LABELS, summary: '把报告模板导出为 JSON 文件内容' }),
  'report.templates.download': op<{ exportId: string; fileName: string }>()({
    input: z.object({ id: templateId }).strict(),
    labels: TEMPLATE_LABELS,
    summary: '把报告模板导出为 .json 文件以便下载',
  }),
  'report.templates.delete': op<{ id: number; name: string }>()({
    input: z.object({ id: templateId }).strict(),
    labels: TEMPLATE_LABELS,
    summary: '删除自建报告模板（内置模板不能删除；用它生成的年度报告保留）',
  }),

  'report.narrative.get': op<NarrativeView>()({ input: narrativeGetInput, labels: NARRATIVE_FIELD_LABELS, summary: '读取年度材料（含上年度的工作安排）' }),
  'report.narrative.set': op<NarrativeView>()({ input: narrativeSetInput, labels: NARRATIVE_FIELD_LABELS, summary: '保存年度材料（存在的问题、下一年度安排等）' }),

  'report.assemble': op<ReportView>()({ input: reportAssembleInput, labels, summary: '按模板生成（或重新生成）年度报告' }),
  'report.export': op<{ exportId: string; fileName: string }>()({ input: reportYearInput, labels, summary: '把当前的年度报告导出为 .docx（公文格式）以便下载' }),
  'report.draft.get': op<ReportView | null>()({ input: reportYearInput, labels, summary: '读取上次生成的年度报告（不重新生成）' }),
  'report.block.edit': op<ReportView>()({ input: blockEditInput, labels, summary: '修改或删除报告中的一段' }),
  'report.block.revert': op<ReportView>()({ input: blockRevertInput, labels, summary: '撤销对报告中一段的修改' }),
  'report.subsection.setStyle': op<ReportView>()({ input: subsectionStyleInput, labels, summary: '设置小节的列举方式（一是……／1.……）' }),
  'report.subsection.setKeepEmpty': op<ReportView>()({ input: subsectionKeepEmptyInput, labels, summary: '设置无内容的小节保留还是省略' }),
  'report.entry.exclude': op<ReportView>()({ input: entryExcludeInput, labels, summary: '把一条台账排除出（或放回）年度报告' }),
  'report.entry.adoptSentence': op<ReportView>()({
    input: entryAdoptSentenceInput,
    labels,
    summary: '把报告为没有内容摘要的台账自动写成的句子存为它的内容摘要（已有摘要的不覆盖）',
  }),
} as const;
