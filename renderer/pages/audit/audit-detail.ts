import type { ErrorCode } from '../../../shared/errors';
import { ERROR_CODES } from '../../../shared/errors';
import { DECISION_WORDS, DETAIL_SEPARATOR, FAILURE_KIND } from '../../../shared/domain/audit-words';

// Rows written before the host recorded words (shared/domain/audit-words.ts) hold the program's
// code (`forbidden：…`, `审核结果=approve`); the page shows those in words too. A detail in any other
// shape is shown as it is.

export function auditDetailText(detail: string): string {
  const at = detail.indexOf(DETAIL_SEPARATOR);
  if (at <= 0) return detail;
  const code = detail.slice(0, at);
  if (!(ERROR_CODES as readonly string[]).includes(code)) return detail;
  return `${FAILURE_KIND[code as ErrorCode]}${DETAIL_SEPARATOR}${detail.slice(at + DETAIL_SEPARATOR.length)}`;
}

/** The 对象 column: what the host recorded, with an older row's review decision in words. */
export function auditObjectText(operation: string, object: string): string {
  if (operation !== 'activities.review') return object;
  return object.replace(/(^|；)(审核结果|结果)=(approve|return)(?=；|$)/g, (_, start: string, label: string, word: string) => `${start}${label}=${DECISION_WORDS[word] ?? word}`);
}
