import { BUILTIN_TEMPLATES } from '../../../shared/report/templates/builtin-templates';
import type { Migration } from './migration';

// The annual report: its templates (built-ins seeded here, copies made by users), the year's written
// parts, and the per-year draft (last assembly, the user's edits and choices). Bodies are JSON checked
// by the app's schema on the way in; the table checks only that they are JSON.
export const migration0005: Migration = {
  version: 5,
  name: '年度报告：模板、年度材料、报告草稿',
  up(db) {
    db.exec(`
      CREATE TABLE report_templates (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL UNIQUE,
        version INTEGER NOT NULL CHECK (version >= 1),
        body TEXT NOT NULL CHECK (json_valid(body)),
        builtin INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE report_narratives (
        year INTEGER PRIMARY KEY,
        body TEXT NOT NULL CHECK (json_valid(body)),
        updated_at TEXT NOT NULL
      ) STRICT;

      -- One working copy per year. template_id is kept when a copied template is deleted later, so
      -- that the draft can say which template it used.
      CREATE TABLE report_drafts (
        year INTEGER PRIMARY KEY,
        template_id INTEGER NOT NULL,
        assembled TEXT NOT NULL DEFAULT 'null' CHECK (json_valid(assembled)),
        edits TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(edits)),
        styles TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(styles)),
        keep_empty TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(keep_empty)),
        excluded TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(excluded)),
        assembled_at TEXT,
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
    const insert = db.prepare(
      "INSERT INTO report_templates (key, name, version, body, builtin, updated_at) VALUES (?, ?, ?, ?, 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))",
    );
    for (const t of BUILTIN_TEMPLATES) insert.run(t.key, t.name, t.version, JSON.stringify(t.body));
  },
};
