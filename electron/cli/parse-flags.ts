import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';
import { AppError } from '../../shared/errors';

/** node:util parseArgs with its English errors turned into a Chinese one naming the flag. */
export function parseFlags<O extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: O, allowPositionals = false) {
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (err) {
    const msg = (err as Error).message;
    const flag = /'(-{1,2}[^']+)'/.exec(msg)?.[1];
    throw new AppError('invalid_input', flag ? `参数有误：${flag}（${msg}）` : `参数有误：${msg}`);
  }
}

/** --year as a whole year the app accepts, or an invalid_input naming the flag. */
export function parseYearFlag(value: string | undefined): number {
  const year = Number(value);
  if (!value || !Number.isInteger(year) || year < 1949 || year > 2100) {
    throw new AppError('invalid_input', `请用 --year 给出年度，例如 --year 2024${value ? `（“${value}”不是年份）` : ''}`);
  }
  return year;
}
