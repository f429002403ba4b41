import { z } from 'zod';

// Building blocks for input schemas. Limits are stated in the messages the user sees.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The dates the ledger accepts; a message about a date outside them names them. */
export const DATE_RANGE = { first: '1949-01-01', last: '2100-12-31' } as const;
const FIRST_YEAR = 1949;
const LAST_YEAR = 2100;

/**
 * What is wrong with a YYYY-MM-DD date, in the user's words, or null when it is fine. A day that
 * exists but lies outside the range (1900-01-01) is told apart from one that does not (2023-02-30).
 */
export function dateProblem(value: string): string | null {
  const m = ISO_DATE.exec(value);
  if (!m) return '应写成“年-月-日”，例如 2024-03-15';
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12) return `这一天不存在（没有${mo}月）`;
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (d < 1 || d > days) return `这一天不存在（${y}年${mo}月只有${days}天）`;
  if (y < FIRST_YEAR || y > LAST_YEAR) return `超出可填写的范围：日期应在 ${DATE_RANGE.first} 至 ${DATE_RANGE.last} 之间`;
  return null;
}

export function isRealDate(value: string): boolean {
  return dateProblem(value) === null;
}

/** A calendar date written YYYY-MM-DD that exists (2023-02-30 does not) and lies in DATE_RANGE. */
export const isoDate = z
  .string()
  .regex(ISO_DATE, { message: '应写成“年-月-日”，例如 2024-03-15' })
  .superRefine((value, ctx) => {
    // A value that failed the pattern already has its message.
    if (!ISO_DATE.test(value)) return;
    const problem = dateProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, input: value });
  });

export const year = z.number().int().min(FIRST_YEAR).max(LAST_YEAR);

/** Trimmed single-line text; required unless `optional` is used on the result. */
export function line(max: number) {
  return z
    .string()
    .trim()
    .max(max)
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused here
    .refine((s) => !/[\u0000-\u001f\u007f]/.test(s), { message: '不能含换行或控制字符' });
}

export function requiredLine(max: number) {
  return line(max).pipe(z.string().min(1));
}

/** Multi-line text: newlines allowed, other control characters are not. */
export function text(max: number) {
  return z
    .string()
    .max(max)
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused here
    .refine((s) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(s), { message: '含有不可见的控制字符' });
}

export const uuid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, {
  message: '编号格式不正确',
});
