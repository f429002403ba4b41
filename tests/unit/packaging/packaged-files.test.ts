import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import * as asar from '@electron/asar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pkg from '../../../package.json';
import { LATEST_SCHEMA_VERSION } from '../../../electron/store/migrations';
import { BUILTIN_TEMPLATES } from '../../../shared/report/templates/builtin-templates';
import type { BuilderConfig } from '../../helpers/packaged-files';
import { PROJECT_DIR, appFiles, asarUnpackFilter, loadBuilderConfig } from '../../helpers/packaged-files';
import { tempDir } from '../../helpers/temp-app';

// The installers pack what electron-builder.yml's `files` select from the build output. This
// resolves that selection with electron-builder's own matchers, packs it into an asar with
// @electron/asar, and checks the archive: everything the app needs, nothing that must not ship.

const dist = (...parts: string[]) => path.join(PROJECT_DIR, 'dist', ...parts);

let config: BuilderConfig;
const filesFor: Record<'win' | 'linux', string[]> = { win: [], linux: [] };

beforeAll(async () => {
  const missing = [pkg.main, 'dist/preload.cjs', 'dist/fazhi.cjs', 'dist/renderer/index.html'].filter((f) => !fs.existsSync(path.join(PROJECT_DIR, f)));
  if (missing.length) {
    throw new Error(`没有构建输出（缺少 ${missing.join('、')}）。这项检查看的是安装包会打进去的文件，请先运行 npm run build（npm test 会先构建）。`);
  }
  config = await loadBuilderConfig();
  filesFor.win = appFiles(config, config.win);
  filesFor.linux = appFiles(config, config.linux);
}, 60_000);

function referencedAssets(html: string): string[] {
  return [...html.matchAll(/\s(?:src|href)="([^"]+)"/g)].map((m) => m[1] as string).filter((ref) => !/^(https?:|data:|#)/.test(ref));
}

describe('the packaged file set (electron-builder.yml `files`)', () => {
  it.each(['win', 'linux'] as const)('for %s holds main, preload, the CLI and the whole renderer', (platform) => {
    const files = filesFor[platform];
    expect(files).toContain('package.json');
    expect(files).toContain(pkg.main);
    expect(files).toContain('dist/preload.cjs');
    expect(files).toContain('dist/fazhi.cjs');
    expect(files).toContain('dist/renderer/index.html');
    const built = fs.readdirSync(dist('renderer', 'assets')).map((f) => `dist/renderer/assets/${f}`);
    expect(files).toEqual(expect.arrayContaining(built));
  });

  it.each(['win', 'linux'] as const)('for %s ships no sources, tests, source maps or tooling', (platform) => {
    const stray = filesFor[platform].filter(
      (f) => !(f === 'package.json' || f.startsWith('dist/')) || /\.(tsx?|mts|map)$/.test(f) || /(^|\/)(tests?|src|node_modules|scripts)\//.test(f),
    );
    expect(stray).toEqual([]);
  });

  it('every file index.html refers to is in the set', () => {
    const refs = referencedAssets(fs.readFileSync(dist('renderer', 'index.html'), 'utf8'));
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect(filesFor.win, ref).toContain(path.posix.join('dist/renderer', ref));
  });

  it('has no extra resources or files outside the asar that could go missing', () => {
    expect(config.extraResources ?? []).toEqual([]);
    expect(config.extraFiles ?? []).toEqual([]);
  });
});

describe('the bundles need nothing at run time but Node, Electron and better-sqlite3', () => {
  const allowed = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`), 'electron', 'better-sqlite3']);

  it.each(['main.cjs', 'preload.cjs', 'fazhi.cjs'])('%s requires only allowed modules', (file) => {
    const text = fs.readFileSync(dist(file), 'utf8');
    const required = [...new Set([...text.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1] as string))];
    expect(required.filter((name) => !allowed.has(name))).toEqual([]);
  });

  it('package.json depends at run time on better-sqlite3 alone, and electron-builder leaves it unpacked', () => {
    expect(Object.keys(pkg.dependencies)).toEqual(['better-sqlite3']);
    const unpacked = asarUnpackFilter(config);
    // A native .node file cannot be loaded from inside an asar.
    for (const f of ['node_modules/better-sqlite3/build/Release/better_sqlite3.node', 'node_modules/better-sqlite3/lib/index.js', 'node_modules/better-sqlite3/package.json']) {
      expect(unpacked(f), f).toBe(true);
    }
    expect(unpacked(pkg.main)).toBe(false);
    expect(unpacked('dist/renderer/index.html')).toBe(false);
    expect(fs.existsSync(path.join(PROJECT_DIR, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node'))).toBe(true);
    // electron-builder recompiles it for Electron's ABI while packing.
    expect(config.npmRebuild).toBe(true);
  });

  it('the desktop bundle carries every migration and every built-in report template', () => {
    const main = fs.readFileSync(dist('main.cjs'), 'utf8');
    const migrationDir = path.join(PROJECT_DIR, 'electron', 'store', 'migrations');
    const tables = fs
      .readdirSync(migrationDir)
      .filter((f) => /^\d{4}-.*\.ts$/.test(f))
      .flatMap((f) => [...fs.readFileSync(path.join(migrationDir, f), 'utf8').matchAll(/CREATE (?:VIRTUAL )?TABLE (?:IF NOT EXISTS )?(\w+)/g)].map((m) => m[0]));
    expect(tables.length).toBeGreaterThanOrEqual(LATEST_SCHEMA_VERSION);
    for (const statement of tables) expect(main, statement).toContain(statement);
    for (const template of BUILTIN_TEMPLATES) expect(main).toMatch(new RegExp(`["'\`]${template.key}["'\`]`));
  });
});

describe('an asar packed from exactly that set', () => {
  let archive: string;
  let extracted: string;

  let out: string;

  beforeAll(async () => {
    // Not tempDir(): that one is removed after each test, and these files serve the whole block.
    out = fs.mkdtempSync(path.join(os.tmpdir(), 'fazhi-asar-'));
    archive = path.join(out, 'app.asar');
    await asar.createPackageFromFiles(PROJECT_DIR, archive, filesFor.win.map((f) => path.join(PROJECT_DIR, f)));
    extracted = path.join(out, 'app');
    asar.extractAll(archive, extracted);
  }, 60_000);
  afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

  it('lists the same files', () => {
    const listed = asar
      .listPackage(archive, { isPack: false })
      .map((p) => p.replace(/\\/g, '/').replace(/^\//, ''))
      .filter((p) => fs.statSync(path.join(extracted, p)).isFile());
    expect(listed.sort()).toEqual(filesFor.win);
  });

  it('runs on its own: the packed CLI opens a new data folder at the latest schema and writes a report from a built-in template', () => {
    const data = tempDir('fazhi-asar-data-');
    // Only better-sqlite3 comes from outside, as it does from app.asar.unpacked in the installed app.
    const env = { ...process.env, NODE_PATH: path.join(PROJECT_DIR, 'node_modules') };
    const cli = path.join(extracted, 'dist', 'fazhi.cjs');
    const info = spawnSync(process.execPath, [cli, 'info', '--data', data], { env, encoding: 'utf8', timeout: 60_000 });
    expect(info.status, info.stderr).toBe(0);
    expect(info.stdout).toContain(`数据版本 ${LATEST_SCHEMA_VERSION}`);
    const out = path.join(data, '报告.docx');
    const report = spawnSync(process.execPath, [cli, 'report', '--year', '2024', '--template', 'five-part', '--out', out, '--data', data], { env, encoding: 'utf8', timeout: 60_000 });
    expect(report.status, report.stderr).toBe(0);
    expect(fs.readFileSync(out).subarray(0, 2).toString('latin1')).toBe('PK');
  });
});
