import type { ReportWarningCode } from '../../domain/report-draft';
import type { ReportDocument } from '../report-document';

// One seam in the finished text: what a reader of the report would notice. The same finding is a
// warning in the preview and a line of 年报体检, so it carries its severity in 体检's terms.

export type LintCode = Extract<ReportWarningCode, `lint-${string}`>;

export interface LintFinding {
  code: LintCode;
  /** The block it is in; 'title' and 'signature' for the two texts that are not blocks. */
  key: string;
  /** Chinese, quoting the offending text briefly. */
  message: string;
  /** must: not fit to send as it stands; should: a careful reader will notice. */
  severity: 'must' | 'should';
  /**
   * The offending text as it stands in the block, when it is a piece of it: a paragraph may join
   * several entries, and 年报体检 links to the one the piece came from.
   */
  excerpt?: string;
}

export type LintCheck = (doc: ReportDocument) => LintFinding[];

const QUOTE_MAX = 20;

/** A piece of text short enough to quote in a message: "（一）（一）加大统筹协调力度…". */
export function quote(text: string, max = QUOTE_MAX): string {
  const chars = Array.from(text.trim());
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : chars.join('');
}

/** The end of a text, for one whose point is how it ends: "…情况报告如下：". */
export function quoteTail(text: string, max = QUOTE_MAX): string {
  const chars = Array.from(text.trim());
  return chars.length > max ? `…${chars.slice(-max).join('')}` : chars.join('');
}

/** The text around a match, for a mark that means nothing quoted alone ("学习,研究"). */
export function around(text: string, at: number, length: number, reach = 6): string {
  const start = Math.max(0, at - reach);
  const end = Math.min(text.length, at + length + reach);
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
}
