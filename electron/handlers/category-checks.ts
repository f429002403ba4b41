import type Database from 'better-sqlite3';
import type { Category } from '../../shared/domain/category';
import { AppError } from '../../shared/errors';
import { getCategory } from '../store/category-store';

/** The category, or an error a form can show next to the category box. */
export function mustGetCategory(db: Database.Database, categoryId: number): Category {
  const found = getCategory(db, categoryId);
  if (!found) {
    throw new AppError('invalid_input', `类别不存在（编号 ${categoryId}），请重新选择类别。`, { categoryId: '类别：不存在' });
  }
  return found;
}
