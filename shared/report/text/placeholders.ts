// The placeholder syntax of template text, one grammar for every field:
//   {单位} {年度} {下年度} {上级} {主要负责人} {开头补充}   facts of the unit and the year
//   {纲要} {党代会精神} …                                   the template's own policy references
//   {指标:发放资料}  {指标:办理案件|同比}                    a metric's total, phrased with its 量词
//   {比率:考试通过/参考人数}                                a rate computed from two stored counts
//   [ … ]                                                  dropped whole when a placeholder inside has no value
// A metric is named by its metric name, so the total is computed, never typed into the template.

export const FIELD_PLACEHOLDERS = ['单位', '年度', '下年度', '上级', '主要负责人', '开头补充'] as const;

export type Placeholder =
  | { kind: 'field'; name: string }
  | { kind: 'metric'; name: string; yoy: boolean }
  | { kind: 'rate'; numerator: string; denominator: string };

type Segment = { literal: string } | { placeholder: Placeholder; raw: string } | { optional: Segment[] };

export interface ParsedText {
  segments: Segment[];
  errors: string[];
}

function parsePlaceholder(inner: string): Placeholder | string {
  const colon = inner.indexOf(':') >= 0 ? inner.indexOf(':') : inner.indexOf('：');
  if (colon < 0) return inner.trim() ? { kind: 'field', name: inner.trim() } : '空的占位符{}';
  const head = inner.slice(0, colon).trim();
  const body = inner.slice(colon + 1).trim();
  if (head === '指标') {
    const [name = '', mod, ...extra] = body.split('|').map((s) => s.trim());
    if (!name) return `占位符{${inner}}缺少指标名称`;
    if (extra.length || (mod !== undefined && mod !== '同比')) return `占位符{${inner}}：竖线后只能写“同比”`;
    return { kind: 'metric', name, yoy: mod === '同比' };
  }
  if (head === '比率') {
    const [numerator = '', denominator = '', ...extra] = body.split('/').map((s) => s.trim());
    if (!numerator || !denominator || extra.length) return `占位符{${inner}}应写成{比率:分子指标/分母指标}`;
    return { kind: 'rate', numerator, denominator };
  }
  return `占位符{${inner}}：冒号前只能是“指标”或“比率”`;
}

export function parseTemplateText(text: string): ParsedText {
  const errors: string[] = [];
  const root: Segment[] = [];
  let current = root;
  let literal = '';
  const flush = () => {
    if (literal) current.push({ literal });
    literal = '';
  };
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charAt(i);
    if (ch === '{') {
      const close = text.indexOf('}', i);
      const nextOpen = text.indexOf('{', i + 1);
      if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
        errors.push(`第${i + 1}个字处的“{”没有配对的“}”`);
        continue;
      }
      flush();
      const raw = text.slice(i, close + 1);
      const parsed = parsePlaceholder(text.slice(i + 1, close));
      if (typeof parsed === 'string') errors.push(parsed);
      else current.push({ placeholder: parsed, raw });
      i = close;
    } else if (ch === '}') {
      errors.push(`第${i + 1}个字处的“}”没有配对的“{”`);
    } else if (ch === '[') {
      if (current !== root) errors.push('可省略部分“[ ]”不能嵌套');
      flush();
      const group: Segment[] = [];
      root.push({ optional: group });
      current = group;
    } else if (ch === ']') {
      if (current === root) errors.push(`第${i + 1}个字处的“]”没有配对的“[”`);
      flush();
      current = root;
    } else {
      literal += ch;
    }
  }
  flush();
  if (current !== root) errors.push('“[”没有配对的“]”');
  return { segments: root, errors };
}

/** Every placeholder in a text, for checking names against what a template defines. */
export function placeholdersOf(parsed: ParsedText): Placeholder[] {
  const out: Placeholder[] = [];
  const walk = (segs: Segment[]) => {
    for (const s of segs) {
      if ('placeholder' in s) out.push(s.placeholder);
      else if ('optional' in s) walk(s.optional);
    }
  };
  walk(parsed.segments);
  return out;
}

/** Returns the text for a placeholder, or undefined when there is nothing to say (no data, empty field). */
export type PlaceholderResolver = (p: Placeholder) => string | undefined;

export interface FilledText {
  text: string;
  /** Placeholders outside any [ ] that had no value; they are shown as 〔…〕 for the user to see. */
  missing: Placeholder[];
  /** Placeholders that were filled (inside kept [ ] groups too). */
  filled: Placeholder[];
}

function render(segs: Segment[], resolve: PlaceholderResolver, missing: Placeholder[], filled: Placeholder[]): string {
  let out = '';
  for (const s of segs) {
    if ('literal' in s) out += s.literal;
    else if ('placeholder' in s) {
      const value = resolve(s.placeholder);
      if (value === undefined || value === '') {
        missing.push(s.placeholder);
        out += `〔${s.raw.slice(1, -1)}〕`;
      } else {
        filled.push(s.placeholder);
        out += value;
      }
    } else {
      const innerMissing: Placeholder[] = [];
      const innerFilled: Placeholder[] = [];
      const text = render(s.optional, resolve, innerMissing, innerFilled);
      if (innerMissing.length === 0) {
        out += text;
        filled.push(...innerFilled);
      }
    }
  }
  return out;
}

export function fillTemplateText(text: string, resolve: PlaceholderResolver): FilledText {
  const missing: Placeholder[] = [];
  const filled: Placeholder[] = [];
  const out = render(parseTemplateText(text).segments, resolve, missing, filled);
  return { text: out, missing, filled };
}

export function placeholderLabel(p: Placeholder): string {
  if (p.kind === 'field') return p.name;
  if (p.kind === 'metric') return `指标“${p.name}”`;
  return `比率“${p.numerator}/${p.denominator}”`;
}
