import type { EnumerationStyle } from '../../domain/report-draft';
import { countHanzi } from './hanzi';
import { yishiOrdinal } from './numbering';
import { withSentenceEnd } from './punctuation';

// Official enumeration prose (§6 of the reference). Two styles, chosen by a rule the user can
// override per subsection:
//   - yishi: "一是……；二是……。" inside one paragraph — for a few short items;
//   - numbered: one run-in paragraph per item, "1.加强组织领导。……" — for long or many items.
// The rule: at most 4 items, each at most 80 汉字 → yishi; otherwise numbered.

export const YISHI_MAX_ITEMS = 4;
export const YISHI_MAX_HANZI = 80;
/**
 * A first sentence this short, without figures, followed by more text, reads as a title-like lead
 * (a run-in heading: "加强理论学习。", "新区部分单位（部门）法治政府建设意识不强，认识不到位，职责不明。").
 */
export const LEAD_MAX_CHARS = 32;

export function autoStyle(items: readonly string[]): EnumerationStyle {
  return items.length <= YISHI_MAX_ITEMS && items.every((t) => countHanzi(t) <= YISHI_MAX_HANZI) ? 'yishi' : 'numbered';
}

/** "加强理论学习。将学习……" → lead "加强理论学习。", rest "将学习……"; undefined when there is no such lead. */
export function splitLead(text: string): { lead: string; rest: string } | undefined {
  const end = text.search(/[。！？]/);
  if (end < 0) return undefined;
  const lead = text.slice(0, end + 1);
  const rest = text.slice(end + 1).trim();
  if (!rest || Array.from(lead).length > LEAD_MAX_CHARS || /\d/.test(lead)) return undefined;
  return { lead, rest };
}

const TYPED_ORDINAL = /^\s*[一二三四五六七八九十]+是[，,：:]?/;

/** An item as joined: without an ordinal a person typed, ending in one mark. */
function itemBody(text: string): string {
  return withSentenceEnd(text.replace(TYPED_ORDINAL, ''), '').trim();
}

function hasInnerSentenceEnd(body: string): boolean {
  return /[。！？]/.test(body);
}

/**
 * Items in one paragraph. Items joined by "；", the last ending "。"; but when an item holds sentences
 * of its own (a lead, then detail) every item ends with "。", as real reports write it. One item is just
 * a sentence: "一是" with no "二是" is wrong.
 */
export function joinYishi(items: readonly string[]): string {
  const bodies = items.map(itemBody).filter((b) => b.length > 0);
  if (bodies.length === 0) return '';
  if (bodies.length === 1) return `${bodies[0]}。`;
  const fullStops = bodies.some(hasInnerSentenceEnd);
  return bodies.map((b, i) => `${yishiOrdinal(i + 1)}${b}${fullStops || i === bodies.length - 1 ? '。' : '；'}`).join('');
}
