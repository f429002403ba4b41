import { z } from 'zod';
import type { DocxSettings, ResolvedFaces } from '../../report/docx-settings';
import type { FieldLabels } from '../../validation/format-issues';
import { op } from '../operation-spec';
import { emptyInput } from './empty-input';

// The 公文格式 of the exported report (.docx): which faces to name, the body's line spacing and the
// seal. The values' rules (a face from its role's list, 28—29.5 pt) live in one place,
// shared/report/docx-settings.ts; this input only checks the shapes, and the handler runs the merged
// settings through that schema before anything is stored, so its Chinese messages (which name the
// setting and state the range) are what the user reads.

export interface DocxSettingsView {
  settings: DocxSettings;
  /** The face each role is written with, after the face scheme and any explicit choice. */
  faces: ResolvedFaces;
  /** True when every setting is the GB/T 9704 default. */
  isDefault: boolean;
}

const face = z.string().max(40).optional();

export const docxSettingsUpdateInput = z
  .object({
    faceChoice: z.string().max(40).optional(),
    /** Given: replaces all explicit faces (a role left out follows the face scheme). */
    faces: z.object({ title: face, body: face, heading1: face, heading2: face, pageNumber: face, latin: face }).strict().optional(),
    bodyLineSpacingPt: z.number().optional(),
    signatureWithSeal: z.boolean().optional(),
  })
  .strict();
export type DocxSettingsUpdateInput = z.input<typeof docxSettingsUpdateInput>;

export const DOCX_SETTINGS_LABELS: FieldLabels = {
  faceChoice: '字体方案',
  faces: '各级字体',
  'faces.title': '（标题）',
  'faces.body': '（正文）',
  'faces.heading1': '（一级标题）',
  'faces.heading2': '（二级标题）',
  'faces.pageNumber': '（页码）',
  'faces.latin': '（西文和数字）',
  bodyLineSpacingPt: '正文行距',
  signatureWithSeal: '落款加盖印章',
};

export const reportDocxOps = {
  'report.docxSettings.get': op<DocxSettingsView>()({ input: emptyInput, summary: '读取年度报告 .docx 的公文格式设置' }),
  'report.docxSettings.update': op<DocxSettingsView>()({
    input: docxSettingsUpdateInput,
    labels: DOCX_SETTINGS_LABELS,
    summary: '修改年度报告 .docx 的公文格式设置（未给出的项保持不变）',
  }),
  'report.docxSettings.reset': op<DocxSettingsView>()({ input: emptyInput, summary: '把公文格式设置恢复为 GB/T 9704 默认值' }),
} as const;
