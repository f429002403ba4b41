import { z } from 'zod';
import type { MappedColumn } from './column-mapping';
import { fieldForHeader, headerKey, occurrenceKeys } from './column-mapping';
import type { ColumnTarget } from './column-target';
import { columnTargetSchema, targetLabel } from './column-target';
import { LEDGER_COLUMNS, normalizeHeader, parseMetricHeader } from './ledger-columns';

// The 对应关系文件: a mapping saved from the import dialog so that a 法制科 can hand one to every
// 科室 whose sheets share a layout. Its keys are Chinese and its targets are the words the dialog
// shows (日期, 指标：发放宣传材料（份）, 不导入), so it reads plainly in Notepad:
//
//   { "格式": "法治台账·表格对应关系", "版本": 1, "说明": "…",
//     "表头": ["序号", "时间", "活动名称"],
//     "对应": { "序号": "不导入", "时间": "日期", "活动名称": "事项标题" },
//     "类别": "普法宣传教育" }            ← optional: the category for rows without one
//
// "对应" is keyed by header; the second column of a repeated header is "备注#2", the third "备注#3".
// Columns with no header cannot be named and are not written. Unknown keys are ignored, so a file
// someone annotated by hand still reads.

export const MAPPING_FILE_FORMAT = '法治台账·表格对应关系';
export const MAPPING_FILE_VERSION = 1;

const NOT_OURS = '这不是法治台账保存的对应关系文件。';
const NOTE = '由法治台账导出。“对应”中左边是表格的列名，右边是导入到台账的字段，“不导入”表示这一列不导入。导入表头相同的表格时选择本文件，各列即按同样的方式导入。';

const SKIP_LABELS: ReadonlySet<string> = new Set(['不导入', '忽略', '跳过']);
const METRIC_PREFIX = /^指标[：:]/;

const headerText = z.string().max(310);
const fileSchema = z.object({
  格式: z.literal(MAPPING_FILE_FORMAT),
  版本: z.number().int().positive(),
  表头: z.array(headerText).max(200),
  对应: z.record(headerText, z.string().max(100)).refine((m) => Object.keys(m).length <= 200),
  类别: z.string().trim().max(60).nullable().optional(),
});

export type MappingApplied = { ok: true; columns: { index: number; header: string; target: ColumnTarget }[]; categoryName: string | null } | { ok: false; message: string };

/** The file's text: pretty JSON, with the mapping keyed by header in the sheet's order. */
export function mappingFileText(headers: readonly string[], columns: readonly { header: string; target: ColumnTarget }[], categoryName?: string | null): string {
  const mapping: Record<string, string> = {};
  const keys = occurrenceKeys(columns.map((c) => c.header));
  columns.forEach((c, i) => {
    const key = keys[i];
    if (key === null || key === undefined) return;
    const written = c.header.trim();
    mapping[key.includes('#') ? `${written}${key.slice(key.lastIndexOf('#'))}` : written] = targetLabel(c.target);
  });
  const category = categoryName?.trim();
  const file = {
    格式: MAPPING_FILE_FORMAT,
    版本: MAPPING_FILE_VERSION,
    说明: NOTE,
    表头: headers.map((h) => h.trim()).filter(Boolean),
    对应: mapping,
    ...(category ? { 类别: category } : {}),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** The inverse of targetLabel: 日期 (or an alias: 时间), 不导入, 指标：发放宣传材料（份）, 指标：满意度. */
export function parseTargetLabel(label: string): ColumnTarget | null {
  const text = normalizeHeader(label);
  if (SKIP_LABELS.has(text)) return { kind: 'skip' };
  if (METRIC_PREFIX.test(text)) {
    const rest = text.replace(METRIC_PREFIX, '');
    const metric = parseMetricHeader(rest) ?? { name: rest, unit: '' };
    const parsed = columnTargetSchema.safeParse({ kind: 'metric', ...metric });
    return parsed.success ? parsed.data : null;
  }
  const field = fieldForHeader(text);
  return field ? { kind: 'field', field: field.field } : null;
}

function unknownTarget(header: string, label: string): string {
  const choices = [...LEDGER_COLUMNS.map((c) => c.header), '指标：名称（单位）', '不导入'].join('、');
  return `“${header}”的对应“${label}”不是可选的字段。可选的有：${choices}。`;
}

function parseJson(text: string): unknown {
  try {
    // Notepad saves UTF-8 with a BOM.
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return undefined;
  }
}

/** Reads a mapping file for this sheet's headers; every column of the sheet gets a target. */
export function applyMappingFile(text: string, headers: readonly string[]): MappingApplied {
  const raw = parseJson(text);
  const head = z.object({ 格式: z.literal(MAPPING_FILE_FORMAT), 版本: z.number().int().positive() }).safeParse(raw);
  if (!head.success) return { ok: false, message: NOT_OURS };
  if (head.data.版本 > MAPPING_FILE_VERSION) {
    return {
      ok: false,
      message: `这个对应关系文件是较新版本的法治台账保存的（第${head.data.版本}版），本程序只能读取第${MAPPING_FILE_VERSION}版。请升级本程序后再使用，或在“对应列”中逐列设置。`,
    };
  }
  const file = fileSchema.safeParse(raw);
  if (!file.success) return { ok: false, message: NOT_OURS };

  const wanted = new Map<string, { header: string; target: ColumnTarget }>();
  for (const [header, label] of Object.entries(file.data.对应)) {
    const target = parseTargetLabel(label);
    if (!target) return { ok: false, message: unknownTarget(header, label) };
    const key = headerKey(header);
    if (key && !wanted.has(key)) wanted.set(key, { header: header.trim(), target });
  }
  const sheetKeys = occurrenceKeys(headers);
  const present = new Set(sheetKeys.filter((k): k is string => k !== null));
  // A column the file leaves out of the import may be missing here; one it imports may not.
  const missing = [...wanted.entries()].filter(([key, w]) => w.target.kind !== 'skip' && !present.has(key)).map(([, w]) => `“${w.header}”`);
  if (missing.length) {
    return {
      ok: false,
      message: `这个对应关系文件是为另一种表格保存的：本表没有${missing.join('')}列。请选择与本表相同表头的文件，或在“对应列”中逐列设置。`,
    };
  }
  const columns = sheetKeys.map((key, index) => ({
    index,
    header: headers[index] as string,
    target: (key !== null ? wanted.get(key)?.target : undefined) ?? ({ kind: 'skip' } as const),
  }));
  return { ok: true, columns, categoryName: file.data.类别 || null };
}

function describeHeaders(headers: readonly string[]): string {
  const named = headers.map((h) => h.trim()).filter(Boolean);
  return named.length ? named.map((h) => `“${h}”`).join('') : '（没有表头）';
}

/** The sheet's columns a --map name means: the whole header, else a unique last part of a two-level one. */
function columnsNamed(name: string, headers: readonly string[]): number[] {
  const key = headerKey(name);
  const whole = headers.flatMap((h, i) => (headerKey(h) === key ? [i] : []));
  if (whole.length) return whole;
  const byLast = headers.flatMap((h, i) => {
    const parts = h.split('·');
    return parts.length > 1 && headerKey(parts[parts.length - 1] as string) === key ? [i] : [];
  });
  return byLast.length === 1 ? byLast : [];
}

/**
 * The CLI's --map "时间=日期,活动名称=事项标题" (also separated by ，；;): the listed headers get those
 * targets (every column of a repeated header), the others keep base's.
 */
export function applyMapFlag(flag: string, headers: readonly string[], base: readonly MappedColumn[]): MappingApplied {
  const columns = base.map((c) => ({ index: c.index, header: c.header, target: c.target }));
  const done = new Set<string>();
  for (const pair of flag.split(/[,，;；\n]/)) {
    if (!pair.trim()) continue;
    const at = pair.search(/[=＝]/);
    if (at < 0) return { ok: false, message: `--map 中的“${pair.trim()}”缺少“=”。写法是“列名=字段”，多个之间用逗号分开，例如：--map "时间=日期,活动名称=事项标题"` };
    const name = pair.slice(0, at).trim();
    const label = pair.slice(at + 1).trim();
    const key = headerKey(name);
    if (!key) return { ok: false, message: `--map 中的“${pair.trim()}”缺少列名。写法是“列名=字段”，例如：--map "时间=日期"` };
    if (done.has(key)) return { ok: false, message: `--map 中“${name}”写了两次，每一列只能写一次。` };
    done.add(key);
    const indexes = columnsNamed(name, headers);
    if (!indexes.length) return { ok: false, message: `本表没有“${name}”列（--map 中的列名要与表头一致）。本表的列有：${describeHeaders(headers)}。` };
    const target = parseTargetLabel(label);
    if (!target) return { ok: false, message: unknownTarget(name, label) };
    for (const index of indexes) {
      const column = columns.find((c) => c.index === index);
      if (column) column.target = target;
      else columns.push({ index, header: headers[index] as string, target });
    }
  }
  columns.sort((a, b) => a.index - b.index);
  return { ok: true, columns, categoryName: null };
}
