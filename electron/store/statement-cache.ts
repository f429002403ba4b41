import type Database from 'better-sqlite3';

// Statements run once per row of a bulk operation (a 10,000-row import, undoing it) are prepared once
// per connection rather than per call: preparing costs more than running a small INSERT. Keyed by
// connection, so a replaced or reopened store never runs a statement of the old one.

const byConnection = new WeakMap<Database.Database, Map<string, Database.Statement>>();

export function cachedStatement(db: Database.Database, sql: string): Database.Statement {
  let statements = byConnection.get(db);
  if (!statements) {
    statements = new Map();
    byConnection.set(db, statements);
  }
  let statement = statements.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    statements.set(sql, statement);
  }
  return statement;
}
