import type { z } from 'zod';
import { AppError } from '../errors';

// zod's own messages are English and name no field; staff need to know which box is wrong.

export type FieldLabels = Readonly<Record<string, string>>;

type Issue = z.core.$ZodIssue;

function labelFor(path: readonly PropertyKey[], labels: FieldLabels): string {
  if (path.length === 0) return '请求内容';
  const head = String(path[0]);
  const base = labels[head] ?? head;
  // A part inside a list item ("metrics.2.value") is labelled by `<head>.<part>`: 指标第3项数值.
  const rest = path.slice(1).map((p) => (typeof p === 'number' ? `第${p + 1}项` : (labels[`${head}.${String(p)}`] ?? String(p))));
  return rest.length ? `${base}${rest.join('')}` : base;
}

const TYPE_NAMES: Record<string, string> = {
  string: '文字',
  number: '数字',
  int: '整数',
  boolean: '是/否',
  array: '列表',
  object: '对象',
  date: '日期',
  null: '空值',
  undefined: '空',
};

function describe(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return '必须填写';
      return `应为${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    }
    case 'too_big':
      if (issue.origin === 'string') return `不能超过${String(issue.maximum)}个字`;
      if (issue.origin === 'array' || issue.origin === 'set') return `最多${String(issue.maximum)}项`;
      return `不能大于${String(issue.maximum)}`;
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? '不能为空' : `至少${String(issue.minimum)}个字`;
      if (issue.origin === 'array' || issue.origin === 'set') return `至少${String(issue.minimum)}项`;
      return `不能小于${String(issue.minimum)}`;
    case 'invalid_format':
      return issue.message && !issue.message.startsWith('Invalid') ? issue.message : '格式不正确';
    case 'unrecognized_keys':
      return `含有不认识的字段：${issue.keys.join('、')}`;
    case 'invalid_value':
      return `只能是：${issue.values.map((v) => String(v)).join('、')}`;
    case 'not_multiple_of':
      return `应为${String(issue.divisor)}的整数倍`;
    case 'invalid_union':
      return '内容不符合要求';
    default:
      return issue.message && !issue.message.startsWith('Invalid') ? issue.message : '内容不正确';
  }
}

export function issuesToAppError(issues: readonly Issue[], labels: FieldLabels): AppError {
  const fields: Record<string, string> = {};
  const lines: string[] = [];
  for (const issue of issues) {
    const key = issue.path.map(String).join('.') || '_';
    const text = `${labelFor(issue.path, labels)}：${describe(issue)}`;
    if (!(key in fields)) {
      fields[key] = text;
      lines.push(text);
    }
  }
  return new AppError('invalid_input', lines.join('；'), fields);
}

/** Parse or throw an AppError with a Chinese message naming each wrong field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, labels: FieldLabels): z.output<S> {
  const result = schema.safeParse(input, { reportInput: true });
  if (!result.success) throw issuesToAppError(result.error.issues, labels);
  return result.data;
}
