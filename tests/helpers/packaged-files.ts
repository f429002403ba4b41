import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

// What electron-builder would put into the app's asar, computed with electron-builder's own code
// (its configuration loader and validator, and the file matchers it packs with), so the check
// cannot drift from the packager. Only node_modules is not walked: electron-builder adds the
// production dependencies itself (see the test for how they are checked).

const require = createRequire(import.meta.url);
export const PROJECT_DIR = path.resolve(__dirname, '..', '..');

interface Stat {
  isDirectory(): boolean;
}
interface FileMatcher {
  from: string;
  patterns: string[];
  createFilter(): (file: string, stat: Stat) => boolean;
}
export interface BuilderConfig {
  files?: unknown;
  asarUnpack?: string[];
  extraResources?: unknown;
  extraFiles?: unknown;
  directories?: { output?: string; buildResources?: string };
  win?: Record<string, unknown>;
  linux?: Record<string, unknown>;
  [key: string]: unknown;
}

const configModule = require('app-builder-lib/out/util/config/config') as {
  getConfig(projectDir: string, configPath: string | null, configFromOptions: unknown): Promise<BuilderConfig>;
  validateConfiguration(config: BuilderConfig, debugLogger: unknown): Promise<void>;
};
const fileMatcherModule = require('app-builder-lib/out/fileMatcher') as {
  getMainFileMatchers(appDir: string, destination: string, macroExpander: (s: string) => string, platformOptions: unknown, platformPackager: unknown, outDir: string, isElectronCompile: boolean): FileMatcher[];
  getFileMatchers(config: BuilderConfig, name: string, destination: string, options: unknown): FileMatcher[] | null;
};
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };

/** electron-builder.yml as electron-builder loads it (with package.json's metadata). */
export function loadBuilderConfig(): Promise<BuilderConfig> {
  return configModule.getConfig(PROJECT_DIR, null, null);
}

/** electron-builder's own check (its JSON schema plus its deprecation rules); throws with its message. */
export function validateBuilderConfig(config: BuilderConfig): Promise<void> {
  return configModule.validateConfiguration(config, new DebugLogger(false));
}

const expandMacros = (s: string) => s.replace(/\$\{arch\}/g, 'x64').replace(/\$\{os\}/g, 'linux').replace(/\$\{platform\}/g, 'linux');

/** The project files (relative, with /) that go into the app for one platform's options. */
export function appFiles(config: BuilderConfig, platformOptions: Record<string, unknown> = {}): string[] {
  const outDir = path.resolve(PROJECT_DIR, config.directories?.output ?? 'dist');
  const packager = { info: { projectDir: PROJECT_DIR, buildResourcesDir: config.directories?.buildResources ?? 'build', isPrepackedAppAsar: false, config, debugLogger: new DebugLogger(false) } };
  const matchers = fileMatcherModule.getMainFileMatchers(PROJECT_DIR, '/app', expandMacros, platformOptions, packager, outDir, false);
  const found = new Set<string>();
  for (const matcher of matchers) {
    const filter = matcher.createFilter();
    walk(matcher.from, filter, (file) => found.add(path.relative(PROJECT_DIR, file).split(path.sep).join('/')));
  }
  return [...found].sort();
}

/** Whether electron-builder would leave `relative` outside the asar (its asarUnpack patterns). */
export function asarUnpackFilter(config: BuilderConfig): (relative: string) => boolean {
  const matchers = fileMatcherModule.getFileMatchers(config, 'asarUnpack', '/app', { macroExpander: expandMacros, customBuildOptions: {}, globalOutDir: path.resolve(PROJECT_DIR, 'release'), defaultSrc: PROJECT_DIR }) ?? [];
  const filters = matchers.map((m) => m.createFilter());
  const fileStat: Stat = { isDirectory: () => false };
  return (relative) => filters.some((f) => f(path.join(PROJECT_DIR, relative), fileStat));
}

function walk(dir: string, filter: (file: string, stat: Stat) => boolean, onFile: (file: string) => void): void {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    const stat = fs.statSync(full);
    if (!filter(full, stat)) continue;
    if (stat.isDirectory()) walk(full, filter, onFile);
    else onFile(full);
  }
}
