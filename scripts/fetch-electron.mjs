// Electron's own install script is turned off in package.json ("allowScripts"), because it downloads
// the Electron binary from the internet and fails the whole install on machines without it. Here we
// try that download once, and if it cannot happen we say so in one line and carry on: `npm start`
// then serves the app in browser mode.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
let installer;
try {
  installer = path.join(path.dirname(require.resolve('electron/package.json')), 'install.js');
} catch {
  process.exit(0); // electron not installed (production install): nothing to do
}
if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD || !fs.existsSync(installer)) process.exit(0);
const result = spawnSync(process.execPath, [installer], { stdio: 'pipe', timeout: 120_000 });
if (result.status !== 0) {
  console.log('未能下载 Electron 可执行文件（本机无法联网或下载超时）；npm start 将以浏览器模式运行。');
}
