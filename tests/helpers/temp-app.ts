import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import type { OpenApp } from '../../electron/open-app';
import { openApp } from '../../electron/open-app';

const made: string[] = [];
const opened: OpenApp[] = [];

/** A fresh folder under the system temp dir, removed after the test. */
export function tempDir(prefix = 'fazhi-test-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** The real app (real SQLite file) on a data folder; closed after the test. */
export function openTempApp(dataDir: string = tempDir(), now?: () => string): OpenApp {
  const app = openApp({ dataDir, shell: 'cli', now, log: () => undefined });
  opened.push(app);
  return app;
}

afterEach(() => {
  for (const app of opened.splice(0)) app.close();
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});
