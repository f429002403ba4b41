import type { ReportTemplateBody } from '../../domain/report-template';
import { reportTemplateBody } from '../template-schema';
import { FIVE_PART } from './five-part';
import { OUTLINE } from './outline';
import { THREE_PART } from './three-part';

// The built-in templates. Raise `version` when a body changes: the store replaces an older stored
// copy of a built-in (never a user's copy), so a successor 纲要 reaches existing data folders too.

export interface BuiltinTemplate {
  key: string;
  name: string;
  version: number;
  body: ReportTemplateBody;
}

export const BUILTIN_TEMPLATES: readonly BuiltinTemplate[] = [
  { key: 'five-part', name: '五部分（法定五项内容）', version: 2, body: reportTemplateBody.parse(FIVE_PART) },
  { key: 'three-part', name: '三部分（举措成效·问题·计划）', version: 2, body: reportTemplateBody.parse(THREE_PART) },
  { key: 'outline', name: '纲要章节（2021—2025年）', version: 2, body: reportTemplateBody.parse(OUTLINE) },
];
