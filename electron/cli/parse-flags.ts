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
