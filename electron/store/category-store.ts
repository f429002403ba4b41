import type Database from 'better-sqlite3';
import type { Category } from '../../shared/domain/category';

interface CategoryRow {
  id: number;
  key: string | null;
  name: string;
  aliases: string;
  outline_part: string;
  sort_order: number;
  hidden: number;
}

function toCategory(row: CategoryRow): Category {
  return {
    id: row.id,
    key: row.key,
    name: row.name,
    aliases: JSON.parse(row.aliases) as string[],
    outlinePart: row.outline_part,
    sortOrder: row.sort_order,
    hidden: row.hidden === 1,
  };
}

export function listCategories(db: Database.Database): Category[] {
  return (db.prepare('SELECT * FROM categories ORDER BY sort_order, id').all() as CategoryRow[]).map(toCategory);
}

export function getCategory(db: Database.Database, id: number): Category | undefined {
  const row = db.prepare('SELECT * FROM categories WHERE id = ?').get(id) as CategoryRow | undefined;
  return row && toCategory(row);
}

/** Finds a category by its name or one of its aliases, as a spreadsheet row or the CLI names it. */
export function findCategoryByName(db: Database.Database, name: string): Category | undefined {
  const wanted = name.trim();
  return listCategories(db).find((c) => c.name === wanted || c.aliases.includes(wanted));
}
