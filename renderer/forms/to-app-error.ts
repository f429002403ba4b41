import { AppError } from '../../shared/errors';

/** The client already throws AppError; anything else is a bug, still shown in Chinese. */
export function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  console.error(err);
  return new AppError('internal', '程序出错了，请重试；若反复出现，请联系技术人员。');
}
