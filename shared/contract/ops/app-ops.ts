import type { AppInfo } from '../../domain/app-info';
import { op } from '../operation-spec';
import { emptyInput } from './empty-input';

export const appOps = {
  'app.info': op<AppInfo>()({ input: emptyInput, summary: '读取程序与数据文件信息' }),
} as const;
