import type { Category } from '../../domain/category';
import { op } from '../operation-spec';
import { emptyInput } from './empty-input';

export const categoryOps = {
  'categories.list': op<Category[]>()({ input: emptyInput, summary: '列出类别' }),
} as const;
