import { listCategories } from '../store/category-store';
import type { HandlerGroup } from './handler-types';

export const categoryHandlers: HandlerGroup<'categories.list'> = {
  'categories.list': (ctx) => listCategories(ctx.db),
};
