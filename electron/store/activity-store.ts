import type Database from 'better-sqlite3';
import type { Activity } from '../../shared/domain/activity';

interface ActivityRow {
  id: string;
  date: string;
  end_date: string | null;
  category_id: number;
  category_name: string;
  title: string;
  summary: string;
  details: string;
  department: string;
  participant_count: number | null;
  location: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
  tags: string | null;
}

const SELECT = `
  SELECT a.*, c.name AS category_name,
    (SELECT json_group_array(tag) FROM (SELECT tag FROM activity_tags t WHERE t.activity_id = a.id ORDER BY position)) AS tags
  FROM activities a JOIN categories c ON c.id = a.category_id`;

function toActivity(row: ActivityRow): Activity {
  return {
    id: row.id,
    date: row.date,
    endDate: row.end_date,
    categoryId: row.category_id,
    categoryName: row.category_name,
    title: row.title,
    summary: row.summary,
    details: row.details,
    department: row.department,
    participantCount: row.participant_count,
    location: row.location,
    tags: row.tags ? (JSON.parse(row.tags) as string[]) : [],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
  };
}

/** The editable fields, as the store keeps them (no id, no timestamps). */
export type ActivityFields = Omit<Activity, 'id' | 'categoryName' | 'createdAt' | 'updatedAt' | 'deletedAt'>;

const COLUMNS: Record<Exclude<keyof ActivityFields, 'tags'>, string> = {
  date: 'date',
  endDate: 'end_date',
  categoryId: 'category_id',
  title: 'title',
  summary: 'summary',
  details: 'details',
  department: 'department',
  participantCount: 'participant_count',
  location: 'location',
};

function writeTags(db: Database.Database, id: string, tags: readonly string[]): void {
  db.prepare('DELETE FROM activity_tags WHERE activity_id = ?').run(id);
  const insert = db.prepare('INSERT INTO activity_tags (activity_id, tag, position) VALUES (?, ?, ?)');
  tags.forEach((tag, i) => insert.run(id, tag, i));
}

export function getActivity(db: Database.Database, id: string): Activity | undefined {
  const row = db.prepare(`${SELECT} WHERE a.id = ?`).get(id) as ActivityRow | undefined;
  return row && toActivity(row);
}

export function insertActivity(db: Database.Database, id: string, fields: ActivityFields, now: string): void {
  db.transaction(() => {
    const cols = Object.values(COLUMNS);
    const values = (Object.keys(COLUMNS) as (keyof typeof COLUMNS)[]).map((k) => fields[k]);
    db.prepare(
      `INSERT INTO activities (id, ${cols.join(', ')}, created_at, updated_at) VALUES (?, ${cols.map(() => '?').join(', ')}, ?, ?)`,
    ).run(id, ...values, now, now);
    writeTags(db, id, fields.tags);
  })();
}

export function updateActivity(db: Database.Database, id: string, patch: Partial<ActivityFields>, now: string): void {
  db.transaction(() => {
    const sets: string[] = [];
    const values: unknown[] = [];
    for (const [key, column] of Object.entries(COLUMNS) as [keyof typeof COLUMNS, string][]) {
      if (patch[key] === undefined) continue;
      sets.push(`${column} = ?`);
      values.push(patch[key]);
    }
    sets.push('updated_at = ?');
    values.push(now, id);
    db.prepare(`UPDATE activities SET ${sets.join(', ')} WHERE id = ?`).run(...values);
    if (patch.tags) writeTags(db, id, patch.tags);
  })();
}

export function setDeletedAt(db: Database.Database, id: string, deletedAt: string | null, now: string): void {
  db.prepare('UPDATE activities SET deleted_at = ?, updated_at = ? WHERE id = ?').run(deletedAt, now, id);
}

export interface ActivityQuery {
  year?: number | undefined;
  categoryId?: number | undefined;
  text?: string | undefined;
  deleted: 'exclude' | 'only';
  sort: 'date_desc' | 'date_asc' | 'updated_desc';
  limit: number;
  offset: number;
}

const ORDER: Record<ActivityQuery['sort'], string> = {
  date_desc: 'a.date DESC, a.created_at DESC',
  date_asc: 'a.date ASC, a.created_at ASC',
  updated_desc: 'a.updated_at DESC',
};

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export function listActivities(db: Database.Database, q: ActivityQuery): { items: Activity[]; total: number } {
  const where: string[] = [q.deleted === 'only' ? 'a.deleted_at IS NOT NULL' : 'a.deleted_at IS NULL'];
  const params: unknown[] = [];
  if (q.year !== undefined) {
    where.push('a.date >= ? AND a.date < ?');
    params.push(`${q.year}-01-01`, `${q.year + 1}-01-01`);
  }
  if (q.categoryId !== undefined) {
    where.push('a.category_id = ?');
    params.push(q.categoryId);
  }
  if (q.text) {
    where.push("(a.title LIKE ? ESCAPE '\\' OR a.summary LIKE ? ESCAPE '\\' OR a.details LIKE ? ESCAPE '\\')");
    const like = `%${escapeLike(q.text)}%`;
    params.push(like, like, like);
  }
  const whereSql = where.join(' AND ');
  const total = (db.prepare(`SELECT count(*) AS n FROM activities a WHERE ${whereSql}`).get(...params) as { n: number }).n;
  const rows = db
    .prepare(`${SELECT} WHERE ${whereSql} ORDER BY ${ORDER[q.sort]} LIMIT ? OFFSET ?`)
    .all(...params, q.limit, q.offset) as ActivityRow[];
  return { items: rows.map(toActivity), total };
}
