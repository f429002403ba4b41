// Bundles everything that runs in Node (desktop main, preload, CLI) into dist/. Only native and
// Electron modules stay external; the rest ships inside the bundles, so the packaged app carries no
// source tree and no dev dependencies.
import { build } from 'esbuild';
import fs from 'node:fs';

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  sourcemap: 'linked',
  logLevel: 'warning',
  external: ['electron', 'better-sqlite3'],
  legalComments: 'none',
};

// Remove only what this script writes: dist/renderer belongs to the Vite build.
fs.mkdirSync('dist', { recursive: true });
for (const name of fs.readdirSync('dist')) {
  if (/\.cjs(\.map)?$/.test(name)) fs.rmSync(`dist/${name}`);
}
await Promise.all([
  // The CLI and browser mode run under the system's Node (20 or newer).
  build({ ...common, entryPoints: { fazhi: 'electron/cli/main.ts' }, outdir: 'dist', outExtension: { '.js': '.cjs' }, target: 'node20' }),
  // Electron 38 bundles Node 22.
  fs.existsSync('electron/main.ts') &&
    build({ ...common, entryPoints: { main: 'electron/main.ts' }, outdir: 'dist', outExtension: { '.js': '.cjs' }, target: 'node22' }),
  fs.existsSync('electron/preload.ts') &&
    build({
      ...common,
      entryPoints: { preload: 'electron/preload.ts' },
      outdir: 'dist',
      outExtension: { '.js': '.cjs' },
      target: 'chrome130',
      // The preload carries the contract's schemas (for the operation names); keep it small to parse.
      minify: true,
    }),
]);
