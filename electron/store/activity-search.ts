import type Database from 'better-sqlite3';
import { isLetterRun, searchWords, segmentForIndex } from '../../shared/text/search-terms';

// How the full-text index (migration 0004) keeps in step with `activities`:
//
// Plain SQL triggers on `activities` record every change in `activity_search_docs` (a new or edited
// entry is marked `indexed = 0`; a removed one leaves the index at once), and every search first
// indexes the marked entries (`syncSearchIndex`). So no writer can forget the index: the store,
// the spreadsheet import, a restore, even another SQLite tool, all go through the triggers.
//
// Why the triggers do not segment the text themselves (through an SQL function): a trigger that
// writes to FTS5 runs inside a statement savepoint, and FTS5 flushes its buffer to disk at every
// savepoint, so a bulk import paid one tiny index segment per row (20,000 rows: 17 s instead of 3 s).
// And the function would exist only in this app, so any other tool writing to `activities` would
// fail with "no such function". Indexing in one pass before a search avoids both.

interface StaleRow {
  doc: number;
  title: string;
  summary: string;
  details: string;
}

/** Indexes the entries added or edited since the last search. Returns how many it indexed. */
export function syncSearchIndex(db: Database.Database): number {
  return db.transaction(() => {
    const stale = db
      .prepare(
        `SELECT d.doc, a.title, a.summary, a.details
         FROM activity_search_docs d JOIN activities a ON a.id = d.id WHERE d.indexed = 0`,
      )
      .all() as StaleRow[];
    if (stale.length === 0) return 0;
    // FTS5 accepts a second row under a rowid it already holds, so the old one must go first.
    const remove = db.prepare('DELETE FROM activity_fts WHERE rowid = ?');
    const insert = db.prepare('INSERT INTO activity_fts (rowid, title, summary, details) VALUES (?, ?, ?, ?)');
    const done = db.prepare('UPDATE activity_search_docs SET indexed = 1 WHERE doc = ?');
    for (const row of stale) {
      remove.run(row.doc);
      insert.run(row.doc, segmentForIndex(row.title), segmentForIndex(row.summary), segmentForIndex(row.details));
      done.run(row.doc);
    }
    return stale.length;
  })();
}

/** Best match first: a word in the title counts more than one in the summary, which counts more than one in the details. */
const RELEVANCE_ORDER = 'bm25(activity_fts, 10.0, 4.0, 1.0)';

/**
 * With conditions on the entry itself (category, department, tag …) and more matches than this,
 * the list starts from the entries those conditions select and keeps the ones the index found;
 * below it, it starts from the index. Either way the work follows the smaller side.
 */
const START_FROM_ENTRIES_ABOVE = 2000;

/** A list query, as listActivities describes it to the search. */
export interface ListSpec {
  /** Conditions on dates and trash, for a table alias: `a` (activities) or `d` (the index's copy, same column names). */
  dated: (t: 'a' | 'd') => { sql: string[]; params: unknown[] };
  /** Conditions on the entry itself, on alias `a`. */
  where: readonly string[];
  params: readonly unknown[];
  /** ORDER BY for an alias; for 'relevance', the order that breaks ties between equal matches. */
  order: (t: 'a' | 'd') => string;
  relevance: boolean;
  limit: number;
  offset: number;
}

export interface IdPage {
  ids: string[];
  total: number;
}

/** The page's entry ids and the total, for a FROM/WHERE whose rows carry `t.id`. */
export function idPage(db: Database.Database, from: string, where: readonly string[], params: readonly unknown[], order: string, spec: ListSpec, t: 'a' | 'd'): IdPage {
  const whereSql = where.join(' AND ');
  const total = db.prepare(`SELECT count(*) FROM ${from} WHERE ${whereSql}`).pluck().get(...params) as number;
  const ids = db
    .prepare(`SELECT ${t}.id FROM ${from} WHERE ${whereSql} ORDER BY ${order} LIMIT ? OFFSET ?`)
    .pluck()
    .all(...params, spec.limit, spec.offset) as string[];
  return { ids, total };
}

/**
 * A list narrowed to the entries whose text matches. CROSS JOIN fixes the join order: left to
 * itself, SQLite may loop over all the index's matches once per entry (50 s at 50,000 entries).
 */
export function searchIds(db: Database.Database, match: string, spec: ListSpec): IdPage {
  syncSearchIndex(db);
  const matchCount = () => db.prepare('SELECT count(*) FROM activity_fts WHERE activity_fts MATCH ?').pluck().get(match) as number;
  if (spec.where.length > 0 && !spec.relevance && matchCount() > START_FROM_ENTRIES_ABOVE) {
    // The matches are gathered once (as index rowids) and only checked; the unary + keeps SQLite
    // from looping over them for every entry instead.
    const found = '+d.doc IN (SELECT rowid FROM activity_fts WHERE activity_fts MATCH ?)';
    const dated = spec.dated('a');
    const from = 'activities a CROSS JOIN activity_search_docs d ON d.id = a.id';
    return idPage(db, from, [...dated.sql, ...spec.where, found], [...dated.params, ...spec.params, match], spec.order('a'), spec, 'a');
  }
  // Dates and trash are read from the index's own copy, so a term found in most entries is
  // counted and sorted without visiting those entries; `a` is joined only when a condition needs it.
  const dated = spec.dated('d');
  const from = `activity_fts f CROSS JOIN activity_search_docs d ON d.doc = f.rowid${spec.where.length > 0 ? ' CROSS JOIN activities a ON a.id = d.id' : ''}`;
  const order = spec.relevance ? `${RELEVANCE_ORDER}, ${spec.order('d')}` : spec.order('d');
  return idPage(db, from, ['activity_fts MATCH ?', ...dated.sql, ...spec.where], [match, ...dated.params, ...spec.params], order, spec, 'd');
}

export interface TextSearch {
  /** An FTS5 MATCH expression, or null when nothing typed can be looked up in the index. */
  match: string | null;
  /** Words of punctuation only ("%", "《》", "-"): the index skips punctuation, so these are matched as plain substrings. */
  literals: string[];
}

/**
 * One word as an FTS5 phrase: "行 政 复 议" finds those four characters next to each other. Every
 * token is inside double quotes, so what users type (" * - : ^ ( ) AND OR NOT NEAR) is text, never
 * query syntax. A word ending in Latin letters also finds longer words ("pp" finds "ppt").
 */
function phrase(tokens: readonly string[]): string {
  // A token holds only letters and digits; doubling quotes keeps the expression valid regardless.
  const quoted = `"${tokens.map((t) => t.replaceAll('"', '""')).join(' ')}"`;
  const last = tokens[tokens.length - 1];
  return last !== undefined && isLetterRun(last) ? `${quoted} *` : quoted;
}

/** What the user typed, as index look-ups: words separated by spaces must all be found. */
export function textSearch(text: string): TextSearch {
  const phrases: string[] = [];
  const literals: string[] = [];
  for (const word of searchWords(text)) {
    if (word.tokens.length > 0) phrases.push(phrase(word.tokens));
    else literals.push(word.raw);
  }
  return { match: phrases.length > 0 ? phrases.join(' AND ') : null, literals };
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** A punctuation-only word as a substring condition on the searched columns of `a`. */
export function literalCondition(literal: string): { sql: string; params: string[] } {
  const like = `%${escapeLike(literal)}%`;
  return {
    sql: "(a.title LIKE ? ESCAPE '\\' OR a.summary LIKE ? ESCAPE '\\' OR a.details LIKE ? ESCAPE '\\')",
    params: [like, like, like],
  };
}
