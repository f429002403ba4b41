// Compiles better-sqlite3 for the Electron in node_modules/electron, into a folder of its own
// (bin/electron-native-path.cjs says where). `npm install` compiles it for the system's Node, which
// the CLI, browser mode and tests need; Electron has another ABI and cannot load that build, and
// rebuilding in place (electron-builder install-app-deps) would break them in turn.
//
// Needs a C++ toolchain and Electron's headers. node-gyp downloads the headers from electronjs.org
// once and caches them. Offline, set FAZHI_ELECTRON_HEADERS to an unpacked copy of
// https://electronjs.org/headers/v<version>/node-v<version>-headers.tar.gz (its node_headers folder;
// on Windows also put win-x64/node.lib from the same place into node_headers/Release/).
//
// Nothing is left half-written: the work happens in a temp folder, the result is renamed into place.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { installedVersion, electronNativePath } = require('../bin/electron-native-path.cjs');

const DIST_URL = 'https://electronjs.org/headers';
const BUILD_TIMEOUT_MS = 20 * 60 * 1000;

/** Its message is the one Chinese line `npm start` shows; details (node-gyp's output) follow it. */
class BuildFailure extends Error {
  constructor(message, details = '') {
    super(message);
    this.details = details;
  }
}

function offlineFix(electronVersion) {
  return (
    `请联网后在项目文件夹中运行 node scripts/build-electron-native.mjs；` +
    `无法联网时，先在别处下载 ${DIST_URL}/v${electronVersion}/node-v${electronVersion}-headers.tar.gz，` +
    `解压后把环境变量 FAZHI_ELECTRON_HEADERS 设为其中的 node_headers 文件夹再运行。`
  );
}

function headersFromEnv(electronVersion) {
  const raw = process.env.FAZHI_ELECTRON_HEADERS;
  if (!raw) return null;
  const dir = path.resolve(raw);
  if (!fs.existsSync(path.join(dir, 'include', 'node', 'node.h'))) {
    throw new BuildFailure(
      `FAZHI_ELECTRON_HEADERS 指向的“${dir}”不是解压好的 Electron 头文件文件夹（其中应有 include/node/node.h）。` +
        `请下载 ${DIST_URL}/v${electronVersion}/node-v${electronVersion}-headers.tar.gz，解压后把 FAZHI_ELECTRON_HEADERS 设为其中的 node_headers 文件夹。`,
    );
  }
  return dir;
}

/** The project's own node-gyp first (electron-builder brings one), then the one inside npm. */
function findNodeGyp() {
  const candidates = [path.join(projectDir, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js')];
  if (process.env.npm_execpath) candidates.push(path.join(path.dirname(process.env.npm_execpath), '..', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'));
  const nodeDir = path.dirname(process.execPath);
  candidates.push(
    path.join(nodeDir, '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
    path.join(nodeDir, 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
  );
  const found = candidates.find((file) => fs.existsSync(file));
  if (!found) throw new BuildFailure('找不到 node-gyp（它随 npm 一起安装）。请先在项目文件夹中运行 npm install 后重试。');
  return found;
}

/**
 * node-gyp lets npm_config_* variables override its command line, and `npm run` exports the user's
 * npmrc (this project's machines set nodedir to the system Node's headers). Those would silently
 * build for the wrong ABI, so they are dropped; the build's own choices are all on the command line.
 */
function buildEnv() {
  const env = {};
  const steering = /^npm_(config|package_config_node_gyp)_(nodedir|target|target_arch|arch|runtime|dist_?url|build_from_source)$/i;
  for (const [key, value] of Object.entries(process.env)) if (!steering.test(key)) env[key] = value;
  // better-sqlite3's build runs `node copy.js`; make sure that is this Node even if it is not on PATH.
  const pathKey = Object.keys(env).find((key) => key.toUpperCase() === 'PATH') ?? 'PATH';
  env[pathKey] = [path.dirname(process.execPath), env[pathKey]].filter(Boolean).join(path.delimiter);
  return env;
}

function tail(text, lines = 40) {
  return text.split(/\r?\n/).filter(Boolean).slice(-lines).join('\n');
}

function explainGypFailure(output, electronVersion) {
  if (/network connectivity|install got an error|response status \d+|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|FetchError|getaddrinfo/i.test(output)) {
    return `无法下载 Electron ${electronVersion} 的头文件（本机可能无法联网）。${offlineFix(electronVersion)}`;
  }
  if (/find (any )?Python|find VS|Visual Studio|make: (not found|command not found)|not found: make|(g\+\+|c\+\+|cc): (not found|command not found)/i.test(output)) {
    return '缺少 C++ 编译工具：需要 Python 3、make 和 C++ 编译器（Windows 上为 Visual Studio 生成工具的“使用 C++ 的桌面开发”）。安装后重试。';
  }
  return '编译出错（node-gyp 的输出见下）。处理后运行 node scripts/build-electron-native.mjs 重试。';
}

function compile(nodeGyp, sourceDir, electronVersion, headersDir) {
  const args = [
    nodeGyp,
    'rebuild',
    '--release',
    '--runtime=electron',
    `--target=${electronVersion}`,
    `--dist-url=${DIST_URL}`,
    `--arch=${process.arch}`,
    ...(headersDir ? [`--nodedir=${headersDir}`] : []),
  ];
  const result = spawnSync(process.execPath, args, {
    cwd: sourceDir,
    env: buildEnv(),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 256 * 1024 * 1024,
    timeout: BUILD_TIMEOUT_MS,
    windowsHide: true,
  });
  const output = `${result.stdout ?? ''}\n${result.stderr ?? ''}`;
  if (result.error?.code === 'ETIMEDOUT') {
    throw new BuildFailure(`编译超过 ${BUILD_TIMEOUT_MS / 60000} 分钟仍未完成，已停止。${offlineFix(electronVersion)}`, tail(output));
  }
  if (result.error || result.status !== 0) throw new BuildFailure(explainGypFailure(output, electronVersion), tail(output));
  const built = path.join(sourceDir, 'build', 'Release', 'better_sqlite3.node');
  if (!fs.existsSync(built)) throw new BuildFailure('编译结束了，却没有生成 better_sqlite3.node。', tail(output));
  return built;
}

/** Copied next to the target under a temporary name, then renamed: the target is whole or absent. */
function install(built, target) {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const partial = `${target}.${process.pid}.part`;
  try {
    fs.copyFileSync(built, partial);
    fs.renameSync(partial, target);
  } finally {
    fs.rmSync(partial, { force: true });
  }
}

function main() {
  const electronVersion = installedVersion(projectDir, 'electron');
  const sqliteVersion = installedVersion(projectDir, 'better-sqlite3');
  if (!electronVersion || !sqliteVersion) {
    throw new BuildFailure(`项目中没有安装 ${electronVersion ? 'better-sqlite3' : 'electron'}。请先在项目文件夹中运行 npm install。`);
  }
  const target = electronNativePath(projectDir, electronVersion, sqliteVersion);
  const headersDir = headersFromEnv(electronVersion);
  const nodeGyp = findNodeGyp();
  console.log(`正在为 Electron ${electronVersion} 编译数据库组件 better-sqlite3 ${sqliteVersion}（约需一两分钟）……`);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'fazhi-native-'));
  try {
    // A copy, so the system-Node build in node_modules/better-sqlite3/build is never touched.
    const source = path.join(work, 'better-sqlite3');
    // The real folder: copying a linked package would copy the link, and the build would land in the original.
    const original = fs.realpathSync(path.join(projectDir, 'node_modules', 'better-sqlite3'));
    const skip = new Set([path.join(original, 'build'), path.join(original, 'node_modules')]);
    fs.cpSync(original, source, { recursive: true, dereference: true, filter: (file) => !skip.has(file) });
    install(compile(nodeGyp, source, electronVersion, headersDir), target);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  console.log(`已完成：${path.relative(projectDir, target)}`);
}

try {
  main();
} catch (err) {
  const failure = err instanceof BuildFailure ? err : new BuildFailure(`意外错误：${err instanceof Error ? err.message : String(err)}`, err?.stack ?? '');
  // The first line stands alone: bin/start.cjs shows just that line.
  console.error(`无法为 Electron 编译数据库组件：${failure.message}`);
  if (failure.details) console.error(failure.details);
  process.exitCode = 1;
}
