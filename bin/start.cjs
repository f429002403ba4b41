#!/usr/bin/env node
// What `npm start` runs. The desktop window needs the Electron program, which npm downloads from
// the internet; on a machine that could not download it, the same app opens in browser mode instead.
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { installedElectronNativePath } = require('./electron-native-path.cjs');

const projectDir = path.join(__dirname, '..');
const extraArgs = process.argv.slice(2);

/** In plain Node the electron package exports the program's path, or throws if it was never downloaded. */
function findElectron() {
  try {
    const executable = require('electron');
    return typeof executable === 'string' && fs.existsSync(executable) ? executable : null;
  } catch {
    return null;
  }
}

function requireBuilt(files) {
  if (files.every((file) => fs.existsSync(path.join(projectDir, 'dist', file)))) return;
  console.error('法治台账尚未构建：请在项目文件夹中运行 npm run build 后再试。');
  process.exit(1);
}

/**
 * npm install compiles better-sqlite3 for the system's Node; the desktop needs a second build for
 * Electron (scripts/build-electron-native.mjs), made once, on the first desktop start. Returns null
 * when it is there, otherwise the build's one-line reason (with its fix).
 */
function ensureElectronSqlite() {
  const native = installedElectronNativePath(projectDir);
  // Without better-sqlite3 nothing can run; the desktop's own error dialog says so.
  if (!native || fs.existsSync(native.file)) return null;
  console.log('首次以桌面方式启动：正在为 Electron 编译数据库组件 better-sqlite3（只需一次，约一两分钟）……');
  const result = spawnSync(process.execPath, [path.join(projectDir, 'scripts', 'build-electron-native.mjs')], {
    cwd: projectDir,
    encoding: 'utf8',
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status === 0 && fs.existsSync(native.file)) return null;
  // The script's first line of its own is the reason; anything before it (a Node warning) is not.
  const reason = (result.stderr ?? '').split(/\r?\n/).find((line) => line.startsWith('无法为 Electron'));
  return reason ?? '无法为 Electron 编译数据库组件。请在项目文件夹中运行 node scripts/build-electron-native.mjs 查看原因。';
}

function run(command, args, env) {
  const child = spawn(command, args, { cwd: projectDir, stdio: 'inherit', env });
  // Ctrl+C reaches the child from the terminal directly; exiting first would orphan it mid-write.
  process.on('SIGINT', () => {});
  process.on('SIGTERM', () => child.kill('SIGTERM'));
  child.on('error', (err) => {
    console.error(`无法启动法治台账：${err.message}`);
    process.exit(1);
  });
  child.on('exit', (code) => process.exit(code ?? 1));
}

function runBrowserMode(why) {
  requireBuilt(['fazhi.cjs', path.join('renderer', 'index.html')]);
  console.log(why);
  run(process.execPath, [path.join(__dirname, 'fazhi.cjs'), 'web', ...extraArgs], process.env);
}

const electron = findElectron();
if (!electron) {
  runBrowserMode('本机没有 Electron 程序（多半是因为无法联网而未能下载），改为以浏览器模式启动法治台账。');
} else {
  requireBuilt(['main.cjs', 'preload.cjs', path.join('renderer', 'index.html')]);
  const failure = ensureElectronSqlite();
  if (failure) {
    runBrowserMode(`${failure}本次改为以浏览器模式启动。`);
  } else {
    // Inherited from some tool, this variable would make Electron behave as plain Node.
    const env = { ...process.env };
    delete env.ELECTRON_RUN_AS_NODE;
    run(electron, [projectDir, ...extraArgs], env);
  }
}
