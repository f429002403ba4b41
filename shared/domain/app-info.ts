export interface AppInfo {
  appName: string;
  version: string;
  schemaVersion: number;
  dataDir: string;
  databasePath: string;
  /** Which shell serves this session: the desktop window, the browser mode, or the CLI. */
  shell: 'desktop' | 'browser' | 'cli';
  /**
   * Present when the store failed its start-up check: the app is in recovery mode and only lists and
   * restores backups.
   */
  recovery?: RecoveryInfo;
}

export interface RecoveryInfo {
  /** Where the damaged file was copied, untouched, for an expert. */
  damagedCopy: string;
  /** SQLite's own words about the damage. */
  detail: string;
}
