import { AppError } from '../../shared/errors';

/** Every refusal of a package says which file and that nothing here was changed. */
export function packageRefused(fileName: string, reason: string): AppError {
  return new AppError('invalid_input', `数据包“${fileName}”不能导入：${reason}本机数据没有任何改动。`);
}
