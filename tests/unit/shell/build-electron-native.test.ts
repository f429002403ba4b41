import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

// scripts/build-electron-native.mjs in a throw-away project with a stand-in node-gyp: the real build
// needs Electron's headers (a download) and a few minutes of compiling, neither of which a unit test
// can have. The stand-in records how it was called and plays success, a compile error or no network.
const ROOT = path.resolve(__dirname, '../../..');
const TARGET = 'node_modules/.fazhi-native/electron-38.8.6-better-sqlite3-12.11.1/better_sqlite3.node';

const FAKE_NODE_GYP = `
const fs = require('node:fs');
fs.writeFileSync(process.env.FAKE_GYP_LOG, JSON.stringify({
  argv: process.argv.slice(2),
  cwd: process.cwd(),
  copiedNodeBuild: fs.existsSync('build'),
  nodedirFromNpm: process.env.npm_config_nodedir ?? null,
  targetFromPackage: process.env.npm_package_config_node_gyp_target ?? null,
  proxy: process.env.npm_config_proxy ?? null,
}));
const mode = process.env.FAKE_GYP_MODE;
if (mode === 'offline') {
  console.error('gyp http GET https://electronjs.org/headers/v38.8.6/node-v38.8.6-headers.tar.gz');
  console.error('gyp WARN install got an error, rolling back install');
  console.error('gyp ERR! stack Error: This is most likely not a problem with node-gyp or the package itself and is related to network connectivity.');
  process.exit(1);
}
fs.mkdirSync('build/Release', { recursive: true });
fs.writeFileSync('build/Release/better_sqlite3.node', mode === 'ok' ? 'ELECTRON BUILD' : 'HALF');
if (mode !== 'ok') {
  console.error('gyp ERR! build error: src/better_sqlite3.cpp:1: error: expected declaration');
  process.exit(1);
}
`;

let root: string;
let project: string;
let tmp: string;

function write(rel: string, text: string): string {
  const file = path.join(project, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return file;
}

function runBuild(mode: 'ok' | 'fail' | 'offline', env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(process.execPath, [path.join(project, 'scripts', 'build-electron-native.mjs')], {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, TMPDIR: tmp, TEMP: tmp, TMP: tmp, FAKE_GYP_MODE: mode, FAKE_GYP_LOG: path.join(root, 'gyp.json'), FAZHI_ELECTRON_HEADERS: '', ...env },
    timeout: 30_000,
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

const gypCall = () => JSON.parse(fs.readFileSync(path.join(root, 'gyp.json'), 'utf8')) as Record<string, unknown> & { argv: string[] };
const nothingLeft = () => {
  expect(fs.existsSync(path.join(project, 'node_modules', '.fazhi-native'))).toBe(false);
  expect(fs.readdirSync(tmp)).toEqual([]);
};

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'fazhi-native-build-'));
  project = path.join(root, 'project');
  tmp = path.join(root, 'tmp');
  fs.mkdirSync(tmp, { recursive: true });
  for (const rel of ['scripts/build-electron-native.mjs', 'bin/electron-native-path.cjs']) write(rel, fs.readFileSync(path.join(ROOT, rel), 'utf8'));
  write('node_modules/electron/package.json', JSON.stringify({ name: 'electron', version: '38.8.6' }));
  write('node_modules/better-sqlite3/package.json', JSON.stringify({ name: 'better-sqlite3', version: '12.11.1' }));
  write('node_modules/better-sqlite3/binding.gyp', '{}');
  write('node_modules/better-sqlite3/build/Release/better_sqlite3.node', 'NODE BUILD');
  write('node_modules/node-gyp/bin/node-gyp.js', FAKE_NODE_GYP);
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

describe('scripts/build-electron-native.mjs', () => {
  it('builds a copy for Electron and puts the result beside, not over, the Node build', () => {
    const { code, out } = runBuild('ok');
    expect(code).toBe(0);
    expect(out).toContain('正在为 Electron 38.8.6 编译数据库组件 better-sqlite3 12.11.1');
    expect(fs.readFileSync(path.join(project, TARGET), 'utf8')).toBe('ELECTRON BUILD');
    expect(fs.readFileSync(path.join(project, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node'), 'utf8')).toBe('NODE BUILD');
    const call = gypCall();
    expect(call.argv).toEqual(['rebuild', '--release', '--runtime=electron', '--target=38.8.6', '--dist-url=https://electronjs.org/headers', `--arch=${process.arch}`]);
    expect(call.cwd).not.toContain(project);
    expect(call.copiedNodeBuild).toBe(false);
    expect(fs.readdirSync(tmp)).toEqual([]);
  });

  it("compiles against FAZHI_ELECTRON_HEADERS when set, and ignores npm's nodedir that would pick the wrong ABI", () => {
    const headers = path.join(root, 'node_headers');
    fs.mkdirSync(path.join(headers, 'include', 'node'), { recursive: true });
    fs.writeFileSync(path.join(headers, 'include', 'node', 'node.h'), '');
    const { code } = runBuild('ok', {
      FAZHI_ELECTRON_HEADERS: headers,
      npm_config_nodedir: '/usr',
      npm_package_config_node_gyp_target: '20.0.0',
      npm_config_proxy: 'http://proxy.example:8080',
    });
    expect(code).toBe(0);
    const call = gypCall();
    expect(call.argv).toContain(`--nodedir=${headers}`);
    expect(call.nodedirFromNpm).toBeNull();
    expect(call.targetFromPackage).toBeNull();
    expect(call.proxy).toBe('http://proxy.example:8080');
  });

  it('refuses a FAZHI_ELECTRON_HEADERS folder that does not exist, in Chinese, before writing anything', () => {
    const missing = path.join(root, 'no-such-headers');
    const { code, out, err } = runBuild('ok', { FAZHI_ELECTRON_HEADERS: missing });
    expect(code).toBe(1);
    const first = err.split('\n')[0];
    expect(first).toMatch(/^无法为 Electron 编译数据库组件：FAZHI_ELECTRON_HEADERS 指向的“.*no-such-headers”不是解压好的 Electron 头文件文件夹/);
    expect(first).toContain('https://electronjs.org/headers/v38.8.6/node-v38.8.6-headers.tar.gz');
    expect(out).toBe('');
    expect(fs.existsSync(path.join(root, 'gyp.json'))).toBe(false);
    nothingLeft();
  });

  it('a failed compile leaves nothing half-written, and says what happened in one first line', () => {
    const { code, err } = runBuild('fail');
    expect(code).toBe(1);
    const [first, ...details] = err.trim().split('\n');
    expect(first).toBe('无法为 Electron 编译数据库组件：编译出错（node-gyp 的输出见下）。处理后运行 node scripts/build-electron-native.mjs 重试。');
    expect(details.join('\n')).toContain('gyp ERR! build error');
    nothingLeft();
    expect(fs.readFileSync(path.join(project, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node'), 'utf8')).toBe('NODE BUILD');
  });

  it('without the internet: says the headers could not be downloaded and how to build offline', () => {
    const { code, err } = runBuild('offline');
    expect(code).toBe(1);
    const first = err.split('\n')[0] ?? '';
    expect(first).toMatch(/^无法为 Electron 编译数据库组件：无法下载 Electron 38\.8\.6 的头文件（本机可能无法联网）。/);
    expect(first).toContain('FAZHI_ELECTRON_HEADERS');
    nothingLeft();
  });

  it('without the electron package: says to run npm install', () => {
    fs.rmSync(path.join(project, 'node_modules', 'electron'), { recursive: true });
    const { code, err } = runBuild('ok');
    expect(code).toBe(1);
    expect(err.split('\n')[0]).toBe('无法为 Electron 编译数据库组件：项目中没有安装 electron。请先在项目文件夹中运行 npm install。');
    nothingLeft();
  });
});
