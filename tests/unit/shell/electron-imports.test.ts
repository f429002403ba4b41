import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The thin outer ring: only these may import `electron`, so everything else runs (and is tested)
// under plain Node, and the renderer can never reach it.
const ROOT = path.resolve(__dirname, '../../..');
const MAY_IMPORT_ELECTRON = [/^electron\/main\.ts$/, /^electron\/preload\.ts$/, /^electron\/shell\/[^/]+\.ts$/];
const IMPORTS_ELECTRON = /(?:from\s+|import\s*\(\s*|require\s*\(\s*|import\s+)['"]electron(?:\/[^'"]*)?['"]/;

function sourceFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(full);
    return /\.(ts|tsx|mts|cts)$/.test(entry.name) ? [full] : [];
  });
}

describe('who may import electron', () => {
  const files = ['electron', 'shared', 'renderer'].flatMap((d) => sourceFiles(path.join(ROOT, d)));
  const importers = files
    .filter((file) => IMPORTS_ELECTRON.test(fs.readFileSync(file, 'utf8')))
    .map((file) => path.relative(ROOT, file).split(path.sep).join('/'));

  it('the detector sees the files that must import it', () => {
    expect(importers).toContain('electron/main.ts');
    expect(importers).toContain('electron/preload.ts');
  });

  it('only main.ts, preload.ts and electron/shell/* import electron', () => {
    expect(importers.filter((file) => !MAY_IMPORT_ELECTRON.some((allowed) => allowed.test(file)))).toEqual([]);
  });
});
