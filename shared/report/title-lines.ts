// Breaking a 公文 title into lines. GB/T 9704 wants a long title in a trapezoid or diamond (the
// longer line first) and never a word split across lines, so the break goes where a reader pauses:
// after the unit's name, after 关于, after the year, between the words of 法治政府建设情况报告.

/** Width in full-width characters: CJK and Chinese punctuation 1, ASCII and Latin letters ½. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += charWidth(ch);
  return w;
}

function charWidth(ch: string): number {
  const cp = ch.codePointAt(0) ?? 0;
  // Latin (and digits) are set in Times New Roman at half the em; U+2000… punctuation (“”—…) takes
  // the Chinese face because the writer marks runs as East Asian, so it is full width.
  if (cp < 0x2000 || (cp >= 0xff61 && cp <= 0xffdc)) return 0.5;
  return 1;
}

// Words whose inside is never a line break. Only the genre's own vocabulary: anything else between
// two Chinese characters is merely a poor break (unknown words may be there).
const WORDS = [
  '法治政府建设', '法治政府', '法治建设', '依法行政', '依法治国', '依法治省', '依法治市', '依法治区', '依法治县',
  '建设', '情况', '报告', '年度', '工作', '关于', '人民政府', '委员会', '办公室', '办事处', '街道',
  '管理局', '司法局', '中心', '政府', '自治区', '自治州', '自治县', '情况的报告', '有关情况',
];
const UNIT_SUFFIX = /[省市区县州盟旗镇乡局委办院厅部署所队站室处会心府]/;
const CLOSING = /[，。、；：？！）》」』”’〉】,.;:?!)\]]/;
const OPENING = /[（《「『“‘〈【([]/;
const YEAR = /\d{4}年度?/g;
const BRACKETED = /[（(][^（()）]*[）)]/g;

const HARD = 100; // inside a number, before a closing or after an opening mark
const INSIDE_WORD = 40;
const UNKNOWN = 8;

interface Span {
  start: number;
  end: number;
}

function spansOf(text: string): { words: Span[]; years: Span[] } {
  // Indices are in code points; the title may hold characters outside the BMP.
  const toCp = (utf16: number) => [...text.slice(0, utf16)].length;
  const words: Span[] = [];
  for (const w of WORDS) {
    for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) {
      const start = toCp(at);
      words.push({ start, end: start + [...w].length });
    }
  }
  const years: Span[] = [];
  for (const m of text.matchAll(YEAR)) {
    const start = toCp(m.index);
    years.push({ start, end: start + m[0].length });
  }
  // A bracketed part ("（北部生态新区）") stays on one line like a word.
  for (const m of text.matchAll(BRACKETED)) {
    const start = toCp(m.index);
    words.push({ start, end: start + [...m[0]].length });
  }
  return { words, years };
}

/** Cost of a line break before chars[i] (1 = natural pause … 100 = never unless nothing else fits). */
function breakPenalties(chars: string[], text: string): number[] {
  const { words, years } = spansOf(text);
  const pen: number[] = [];
  const firstMark = Math.min(...[...years.map((y) => y.start), chars.length]);
  const guanyu = text.indexOf('关于');
  const unitEnd = guanyu >= 0 ? Math.min(firstMark, [...text.slice(0, guanyu)].length) : firstMark;
  for (let i = 0; i < chars.length; i++) {
    const prev = chars[i - 1] ?? '';
    const next = chars[i] ?? '';
    if (i === 0) {
      pen.push(HARD);
      continue;
    }
    if ((/[0-9A-Za-z]/.test(prev) && /[0-9A-Za-z]/.test(next)) || CLOSING.test(next) || OPENING.test(prev) || next === '的') {
      pen.push(HARD);
      continue;
    }
    if ([...words, ...years].some((s) => s.start < i && i < s.end)) {
      pen.push(INSIDE_WORD);
      continue;
    }
    let p = UNKNOWN;
    if (years.some((y) => y.start === i || y.end === i)) p = 1;
    else if (prev === '于' && chars[i - 2] === '关') p = 1;
    else if (next === '关' && chars[i + 1] === '于') p = 2;
    else if (words.some((w) => w.end === i) && words.some((w) => w.start === i)) p = 2;
    else if (CLOSING.test(prev)) p = 2;
    else if (prev === ' ' || next === ' ') p = 2;
    else if (i < unitEnd && UNIT_SUFFIX.test(prev)) p = 3;
    pen.push(p);
  }
  return pen;
}

function shapeCost(widths: number[]): number {
  const rise = widths.reduce((sum, w, i) => sum + Math.max(0, w - (widths[i - 1] ?? w)), 0);
  if (rise === 0) return 0; // a trapezoid: each line no longer than the one above
  const [a = 0, b = 0, c = 0] = widths;
  if (widths.length === 3 && b >= a && b >= c) return 3; // a diamond is allowed, a trapezoid preferred
  return 4 + 3 * rise;
}

/** Every way to cut chars into exactly k lines none wider than max (cuts are the start of lines 2…k). */
function* fittingCuts(width: (a: number, b: number) => number, n: number, k: number, max: number, from = 0): Generator<number[]> {
  if (k === 1) {
    if (width(from, n) <= max && width(from, n) > 0) yield [];
    return;
  }
  for (let cut = from + 1; cut < n && width(from, cut) <= max; cut++) {
    if (width(from, cut) === 0) continue;
    for (const rest of fittingCuts(width, n, k - 1, max, cut)) yield [cut, ...rest];
  }
}

/**
 * The title's lines: as few as fit `maxCharsPerLine` full-width characters (20 at 二号 in the
 * 156 mm type area), broken at the most natural places, longer lines first.
 */
export function titleLines(title: string, maxCharsPerLine = 20): string[] {
  const text = title.trim();
  const chars = [...text];
  if (chars.length === 0) return [];
  if (displayWidth(text) <= maxCharsPerLine) return [text];
  const pen = breakPenalties(chars, text);
  const widths = chars.map((ch) => (ch === ' ' ? 0 : charWidth(ch)));
  const prefix = widths.reduce<number[]>((acc, w) => [...acc, (acc[acc.length - 1] ?? 0) + w], [0]);
  const width = (a: number, b: number) => (prefix[b] ?? 0) - (prefix[a] ?? 0);

  let best: { cost: number; cuts: number[] } | undefined;
  let fewest: number | undefined;
  // One line more than needed is worth it only to avoid splitting a word.
  for (let k = Math.ceil(displayWidth(text) / maxCharsPerLine); k <= chars.length && (fewest === undefined || k <= fewest + 1); k++) {
    for (const cuts of fittingCuts(width, chars.length, k, maxCharsPerLine)) {
      fewest ??= k;
      const bounds = [0, ...cuts, chars.length];
      const lineWidths = cuts.concat(chars.length).map((end, j) => width(bounds[j] ?? 0, end));
      const cost =
        cuts.reduce((sum, c) => sum + (pen[c] ?? HARD), 0) +
        shapeCost(lineWidths) +
        0.3 * (Math.max(...lineWidths) - Math.min(...lineWidths)) +
        10 * (k - fewest);
      if (!best || cost < best.cost) best = { cost, cuts };
    }
  }
  const cuts = best?.cuts ?? [];
  const bounds = [0, ...cuts, chars.length];
  return bounds.slice(1).map((end, j) => chars.slice(bounds[j] ?? 0, end).join('').trim());
}
