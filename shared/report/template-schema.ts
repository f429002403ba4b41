import { z } from 'zod';
import type { ReportTemplateBody } from '../domain/report-template';
import { REPORT_TEMPLATE_SCHEMA_VERSION, TEMPLATE_FILE_FORMAT, TEMPLATE_LIMITS, reportTemplateBodyShape } from '../domain/report-template';
import { AppError } from '../errors';
import { issuesToAppError } from '../validation/format-issues';
import { checkTemplateBody } from './template-checks';

// Parsing a template (from the editor or an imported file) with messages that name the part that is
// wrong: "第1部分（一、…）第3小节的标题：不能为空", not a zod path.

export const reportTemplateBody = reportTemplateBodyShape.superRefine(checkTemplateBody);

const FIELD_NAMES: Record<string, string> = {
  schemaVersion: '模板格式版本',
  description: '说明',
  title: '标题',
  pattern: '格式',
  formal: '公文式格式',
  useFormal: '是否用公文式标题',
  opening: '开头段',
  references: '政策表述',
  rates: '比率',
  phrases: '成句规则',
  verbs: '保留的动词',
  nouns: '活动名词',
  ending: '结尾',
  verb: '动词',
  suffix: '补充名词',
  countNoun: '计数名称',
  countUnit: '计数量词',
  metrics: '指标写法',
  words: '写法',
  order: '顺序',
  category: '类别',
  numerator: '分子',
  denominator: '分母',
  parts: '部分',
  subsections: '小节',
  heading: '标题',
  kind: '类型',
  id: '编号',
  categories: '类别',
  tags: '标签',
  fallback: '兜底',
  lead: '引导句',
  metricSentences: '指标句',
  autoTotals: '自动合计',
  roles: '主要负责人参与方式',
  defaultDuties: '默认职责段',
  opener: '开头语',
  name: '名称',
  version: '版本',
  format: '文件格式',
};

function headingAt(raw: unknown, path: readonly PropertyKey[]): string {
  let node: unknown = raw;
  for (const step of path) node = typeof node === 'object' && node !== null ? (node as Record<PropertyKey, unknown>)[step] : undefined;
  const heading = typeof node === 'object' && node !== null ? (node as { heading?: unknown }).heading : undefined;
  if (typeof heading !== 'string' || !heading.trim()) return '';
  const chars = Array.from(heading.trim());
  return `（${chars.length > 24 ? `${chars.slice(0, 24).join('')}…` : chars.join('')}）`;
}

/** ['parts', 0, 'subsections', 2, 'heading'] → 第1部分（…）的第3小节（…）的标题 */
export function describeTemplatePath(path: readonly PropertyKey[], raw: unknown): string {
  const words: string[] = [];
  for (let i = 0; i < path.length; i += 1) {
    const step = path[i];
    const next = path[i + 1];
    if ((step === 'parts' || step === 'subsections' || step === 'rates' || step === 'metricSentences' || step === 'categories' || step === 'tags' || step === 'verbs' || step === 'nouns' || step === 'metrics') && typeof next === 'number') {
      const unit = step === 'parts' ? '部分' : step === 'subsections' ? '小节' : `${FIELD_NAMES[step] ?? step}第`;
      const label = step === 'parts' || step === 'subsections' ? `第${next + 1}${unit}${headingAt(raw, path.slice(0, i + 2))}` : `${unit}${next + 1}项`;
      words.push(label);
      i += 1;
    } else if (typeof step === 'number') {
      words.push(`第${step + 1}项`);
    } else {
      words.push(path[i - 1] === 'references' ? `“${String(step)}”` : (FIELD_NAMES[String(step)] ?? String(step)));
    }
  }
  return words.length ? words.join('的') : '模板内容';
}

/** The Chinese description of one issue, as the registry would word it (without its field label). */
export function describeIssue(issue: z.core.$ZodIssue): string {
  return issuesToAppError([{ ...issue, path: [] }], {}).message.replace(/^请求内容：/, '');
}

function templateIssues(issues: readonly z.core.$ZodIssue[], raw: unknown): string[] {
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const issue of issues) {
    const line = `${describeTemplatePath(issue.path, raw)}：${describeIssue(issue)}`;
    if (!seen.has(line)) lines.push(line);
    seen.add(line);
  }
  return lines;
}

/** Validates a whole template body; throws invalid_input naming every wrong part. */
export function parseTemplateBody(raw: unknown): ReportTemplateBody {
  if (typeof raw === 'object' && raw !== null && typeof (raw as { schemaVersion?: unknown }).schemaVersion === 'number') {
    const v = (raw as { schemaVersion: number }).schemaVersion;
    if (v > REPORT_TEMPLATE_SCHEMA_VERSION) {
      throw new AppError('invalid_input', `模板来自更新版本的法治台账（模板格式版本 ${v}，本程序只认识到 ${REPORT_TEMPLATE_SCHEMA_VERSION}），请升级后再使用。`);
    }
  }
  const result = reportTemplateBody.safeParse(raw);
  if (result.success) return result.data;
  const lines = templateIssues(result.error.issues, raw);
  throw new AppError('invalid_input', lines.slice(0, 8).join('；') + (lines.length > 8 ? `（另有${lines.length - 8}处）` : ''), { body: lines[0] ?? '' });
}

/** For operation inputs: the body is checked by the same schema, with the messages above. */
export const templateBodyInput = z.unknown().transform((raw, ctx) => {
  try {
    return parseTemplateBody(raw);
  } catch (err) {
    ctx.addIssue({ code: 'custom', message: (err as Error).message, input: raw });
    return z.NEVER;
  }
});

export const templateName = z
  .string()
  .trim()
  .min(1)
  .max(TEMPLATE_LIMITS.name)
  // eslint-disable-next-line no-control-regex -- a name is one line
  .regex(/^[^\u0000-\u001f\u007f]*$/, { message: '不能含换行或控制字符' });

export interface TemplateFile {
  name: string;
  version: number;
  body: ReportTemplateBody;
}

/** Reads an exported template file (JSON text); every refusal says what is wrong with it. */
export function parseTemplateFile(json: string): TemplateFile {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (err) {
    throw new AppError('invalid_input', `模板文件不是有效的JSON：${(err as Error).message}`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new AppError('invalid_input', '模板文件的内容应是一个对象（{…}）');
  const { format, name, version, ...body } = raw as Record<string, unknown>;
  if (format !== TEMPLATE_FILE_FORMAT) throw new AppError('invalid_input', `这不是法治台账导出的报告模板（“format”应为“${TEMPLATE_FILE_FORMAT}”）`);
  const parsedName = templateName.safeParse(name);
  if (!parsedName.success) throw new AppError('invalid_input', `模板文件的名称（name）${typeof name === 'string' ? '不符合要求（1—40个字，单行）' : '缺失或不是文字'}`);
  const parsedVersion = z.number().int().min(1).safeParse(version ?? 1);
  if (!parsedVersion.success) throw new AppError('invalid_input', '模板文件的版本（version）应是正整数');
  return { name: parsedName.data, version: parsedVersion.data, body: parseTemplateBody(body) };
}

export function templateFileText(file: TemplateFile): string {
  return `${JSON.stringify({ format: TEMPLATE_FILE_FORMAT, name: file.name, version: file.version, ...file.body }, null, 2)}\n`;
}
