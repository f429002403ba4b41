export interface AppInfo {
  appName: string;
  version: string;
  schemaVersion: number;
  dataDir: string;
  databasePath: string;
  /** Which shell serves this session: the desktop window, the browser mode, or the CLI. */
  shell: 'desktop' | 'browser' | 'cli';
}
