import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

// bin/start.cjs is run inside a throw-away copy of the project layout, with a fake `electron`
// package and a fake CLI, so each branch can be driven without a real Electron or a real build.
const BIN = path.resolve(__dirname, '../../../bin');

let project: string;

function write(rel: string, text: string, mode?: number): string {
  const file = path.join(project, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  if (mode) fs.chmodSync(file, mode);
  return file;
}

function build(files: string[]): void {
  for (const file of files) write(path.join('dist', file), '');
}

function start(args: string[] = [], env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(process.execPath, [path.join(project, 'bin', 'start.cjs'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '', ...env },
    timeout: 20_000,
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

beforeEach(() => {
  project = fs.mkdtempSync(path.join(os.tmpdir(), 'fazhi-start-'));
  fs.mkdirSync(path.join(project, 'bin'));
  for (const file of ['start.cjs', 'electron-native-path.cjs']) fs.copyFileSync(path.join(BIN, file), path.join(project, 'bin', file));
  write('bin/fazhi.cjs', "console.log('FAZHI ' + JSON.stringify(process.argv.slice(2))); process.exit(3);");
});
afterEach(() => fs.rmSync(project, { recursive: true, force: true }));

describe('npm start (bin/start.cjs)', () => {
  it('without the Electron program: one Chinese line, then browser mode with the extra arguments', () => {
    write('node_modules/electron/index.js', "throw new Error('Electron failed to install correctly');");
    build(['fazhi.cjs', 'renderer/index.html']);
    const { code, out } = start(['--port', '8123']);
    const lines = out.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/Electron.*浏览器模式/);
    expect(lines[1]).toBe('FAZHI ["web","--port","8123"]');
    expect(code).toBe(3);
  });

  it('when the electron package names a path that does not exist, also browser mode', () => {
    write('node_modules/electron/index.js', "module.exports = '/nowhere/electron';");
    build(['fazhi.cjs', 'renderer/index.html']);
    expect(start().out).toContain('FAZHI ["web"]');
  });

  it('without a build: says to run npm run build', () => {
    write('node_modules/electron/index.js', "throw new Error('no binary');");
    const { code, out, err } = start();
    expect(err).toContain('npm run build');
    expect(out).toBe('');
    expect(code).toBe(1);
  });

  it.skipIf(process.platform === 'win32')('with the Electron program: runs it on the project folder and passes its exit code on', () => {
    withElectronProgram();
    write(NATIVE, 'electron build');
    const { code, out } = start(['--flag'], { ELECTRON_RUN_AS_NODE: '1' });
    expect(out.trim()).toBe(`ELECTRON 2 ${project} --flag run_as_node=[]`);
    expect(code).toBe(7);
  });
});

// better-sqlite3 for Electron: bin/electron-native-path.cjs names the file, the build script makes it.
const NATIVE = 'node_modules/.fazhi-native/electron-38.8.6-better-sqlite3-12.11.1/better_sqlite3.node';

function withElectronProgram(): void {
  const fakeElectron = write(
    'fake-electron/electron',
    `#!/bin/sh\necho "ELECTRON $# $1 $2 run_as_node=[$ELECTRON_RUN_AS_NODE]"\nexit 7\n`,
    0o755,
  );
  write('node_modules/electron/index.js', `module.exports = ${JSON.stringify(fakeElectron)};`);
  write('node_modules/electron/package.json', JSON.stringify({ name: 'electron', version: '38.8.6' }));
  write('node_modules/better-sqlite3/package.json', JSON.stringify({ name: 'better-sqlite3', version: '12.11.1' }));
  build(['main.cjs', 'preload.cjs', 'fazhi.cjs', 'renderer/index.html']);
}

/** A stand-in for scripts/build-electron-native.mjs that records its run and succeeds or fails. */
function buildScript(succeeds: boolean): void {
  write(
    'scripts/build-electron-native.mjs',
    [
      "import fs from 'node:fs';",
      "fs.writeFileSync('build-ran', process.cwd());",
      succeeds
        ? `fs.mkdirSync(${JSON.stringify(path.dirname(NATIVE))}, { recursive: true }); fs.writeFileSync(${JSON.stringify(NATIVE)}, 'built');`
        : "console.error('(node:1) 某个警告'); console.error('无法为 Electron 编译数据库组件：无法下载 Electron 38.8.6 的头文件（本机可能无法联网）。请联网后重试。'); console.error('gyp ERR! 细节'); process.exitCode = 1;",
    ].join('\n'),
  );
}

describe.skipIf(process.platform === 'win32')('npm start: better-sqlite3 for Electron', () => {
  it('builds it first when it is missing, saying so in one line, then opens the desktop', () => {
    withElectronProgram();
    buildScript(true);
    const { code, out } = start();
    const lines = out.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^首次以桌面方式启动：正在为 Electron 编译数据库组件/);
    expect(lines[1]).toBe(`ELECTRON 1 ${project}  run_as_node=[]`);
    expect(fs.readFileSync(path.join(project, 'build-ran'), 'utf8')).toBe(fs.realpathSync(project));
    expect(code).toBe(7);
  });

  it('does not build again once it is there', () => {
    withElectronProgram();
    buildScript(true);
    write(NATIVE, 'built earlier');
    expect(start().out.trim()).toBe(`ELECTRON 1 ${project}  run_as_node=[]`);
    expect(fs.existsSync(path.join(project, 'build-ran'))).toBe(false);
  });

  it('when the build fails: its one Chinese reason with the fix, then browser mode', () => {
    withElectronProgram();
    buildScript(false);
    const { code, out, err } = start(['--port', '8123']);
    const lines = out.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^首次以桌面方式启动/);
    expect(lines[1]).toBe('无法为 Electron 编译数据库组件：无法下载 Electron 38.8.6 的头文件（本机可能无法联网）。请联网后重试。本次改为以浏览器模式启动。');
    expect(lines[2]).toBe('FAZHI ["web","--port","8123"]');
    expect(out + err).not.toContain('ELECTRON');
    expect(out + err).not.toContain('gyp ERR!');
    expect(code).toBe(3);
  });

  it('when the build script dies without a word, still a Chinese line and browser mode', () => {
    withElectronProgram();
    write('scripts/build-electron-native.mjs', 'process.exit(9);');
    const lines = start().out.trim().split('\n');
    expect(lines[1]).toMatch(/^无法为 Electron 编译数据库组件。.*node scripts\/build-electron-native\.mjs.*本次改为以浏览器模式启动。$/);
    expect(lines[2]).toBe('FAZHI ["web"]');
  });
});
