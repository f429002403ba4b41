import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import type { OpenApp } from '../../electron/open-app';

/** Adds entries through the registry, as the form would. */
export async function addEntries(app: OpenApp, titles: string[]): Promise<string[]> {
  const [category] = await app.registry.call('categories.list', {});
  const ids: string[] = [];
  for (const title of titles) {
    const a = await app.registry.call('activities.create', { date: '2025-04-15', title, categoryId: category!.id, summary: `${title}，发放宣传材料`, tags: ['普法'] });
    ids.push(a.id);
  }
  return ids;
}

/** Many entries in one transaction, straight into a closed store file, so there are many b-tree pages. */
export function fillStore(file: string, rows: number): void {
  const db = new Database(file);
  const categoryId = db.prepare('SELECT id FROM categories ORDER BY id LIMIT 1').pluck().get() as number;
  const cols = db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all('activities') as string[];
  const template = db.prepare('SELECT * FROM activities LIMIT 1').get() as Record<string, unknown> | undefined;
  if (!template) throw new Error('fillStore needs one entry to copy');
  const insert = db.prepare(`INSERT INTO activities (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`);
  db.transaction(() => {
    for (let i = 0; i < rows; i++) {
      const row: Record<string, unknown> = { ...template, id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, title: `批量条目${i}`, summary: `第${i}条，${'内容'.repeat(40)}`, category_id: categoryId };
      insert.run(...cols.map((c) => row[c] ?? null));
    }
  })();
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
}

/** Overwrites a run of pages in the middle of a closed store file with garbage, as a failing disk would. */
export function damageStore(file: string): void {
  const size = fs.statSync(file).size;
  const pageSize = 4096;
  const pages = Math.floor(size / pageSize);
  const fd = fs.openSync(file, 'r+');
  try {
    const garbage = Buffer.alloc(pageSize * 4, 0);
    for (let i = 0; i < garbage.length; i++) garbage[i] = (i * 131 + 7) % 251;
    fs.writeSync(fd, garbage, 0, garbage.length, Math.floor(pages / 2) * pageSize);
  } finally {
    fs.closeSync(fd);
  }
}

export function storeFile(dataDir: string): string {
  return path.join(dataDir, 'fazhi.db');
}
