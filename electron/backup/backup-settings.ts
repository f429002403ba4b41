import type Database from 'better-sqlite3';
import type { BackupSettings } from '../../shared/domain/backup';
import { DEFAULT_BACKUP_SETTINGS, backupSettingsSchema } from '../../shared/domain/backup';
import { readSetting, writeSetting } from '../store/settings-store';

export const BACKUP_SETTING_KEY = 'backup';

/** The defaults also for a store from before the settings table (a backup taken before its migration). */
export function readBackupSettings(db: Database.Database): BackupSettings {
  const hasTable = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'app_settings'").get();
  return hasTable ? readSetting(db, BACKUP_SETTING_KEY, backupSettingsSchema, DEFAULT_BACKUP_SETTINGS) : DEFAULT_BACKUP_SETTINGS;
}

export function writeBackupSettings(db: Database.Database, settings: BackupSettings, now: string): void {
  writeSetting(db, BACKUP_SETTING_KEY, settings, now);
}
