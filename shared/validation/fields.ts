import { z } from 'zod';

// Building blocks for input schemas. Limits are stated in the messages the user sees.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isRealDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1949 || y > 2100 || mo < 1 || mo > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return d <= days;
}

/** A calendar date written YYYY-MM-DD that exists (2023-02-30 does not). */
export const isoDate = z
  .string()
  .regex(ISO_DATE, { message: '应写成“年-月-日”，例如 2024-03-15' })
  .refine(isRealDate, { message: '这一天不存在（或不在1949—2100年之间）' });

export const year = z.number().int().min(1949).max(2100);

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
