// `npm run bench`: bundles tests/bench/bench.ts into a temp folder with esbuild and runs it under
// this Node. better-sqlite3 (native) stays outside the bundle and is loaded from this project.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'package.json'));

const nativeFromProject = {
  name: 'native-from-project',
  setup(b) {
    b.onResolve({ filter: /^better-sqlite3$/ }, () => ({ path: require.resolve('better-sqlite3'), external: true }));
  },
};

const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fazhi-bench-build-'));
try {
  const outfile = path.join(outDir, 'bench.cjs');
  await build({
    entryPoints: [path.join(root, 'tests/bench/bench.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile,
    plugins: [nativeFromProject],
    logLevel: 'warning',
  });
  const run = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exitCode = run.status ?? 1;
} finally {
  fs.rmSync(outDir, { recursive: true, force: true });
}
