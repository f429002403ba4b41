import type Database from 'better-sqlite3';
import type { DocxSettings } from '../../shared/report/docx-settings';
import { DEFAULT_DOCX_SETTINGS, docxSettingsSchema } from '../../shared/report/docx-settings';
import { readSetting, writeSetting } from './settings-store';

// The report's 公文格式 choices (faces, line spacing, seal), one row of app_settings.
const KEY = 'report.docx';

/** The stored settings; none stored (or no longer valid) gives the GB/T 9704 defaults. */
export function readDocxSettings(db: Database.Database): DocxSettings {
  return readSetting<DocxSettings>(db, KEY, docxSettingsSchema, DEFAULT_DOCX_SETTINGS);
}

/** Stores settings already parsed by docxSettingsSchema. */
export function writeDocxSettings(db: Database.Database, settings: DocxSettings, now: string): void {
  writeSetting(db, KEY, settings, now);
}

/**
 * Back to the defaults. `{}` rather than today's default values, so a later build's defaults (the
 * schema fills every field) apply to a unit that never chose otherwise.
 */
export function resetDocxSettings(db: Database.Database, now: string): void {
  writeSetting(db, KEY, {}, now);
}
