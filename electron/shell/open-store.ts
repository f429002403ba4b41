import { app, dialog, shell } from 'electron';
import { AppError } from '../../shared/errors';
import type { OpenApp, OpenAppOptions } from '../open-app';
import { openApp } from '../open-app';
import { developmentNativeBinding, runtimeFacts } from './native-binding';

export const OPEN_FAILURE_TITLE = '法治台账无法打开数据';

/** better-sqlite3 compiled for the system's Node cannot load inside Electron, which has its own ABI. */
function isNativeModuleMismatch(err: unknown): boolean {
  const message = err instanceof Error ? err.message : '';
  return (err as { code?: string } | null)?.code === 'ERR_DLOPEN_FAILED' || /NODE_MODULE_VERSION/.test(message);
}

export function explainOpenFailure(err: unknown, packaged: boolean = app.isPackaged): string {
  // AppErrors (not_a_database, database_too_new, database_damaged) are already written for the user.
  if (err instanceof AppError) return err.message;
  if (isNativeModuleMismatch(err)) {
    if (packaged) return '程序的数据库组件已损坏或与本程序不匹配。请重新安装法治台账（数据文件夹不会受影响）。';
    // Not `electron-builder install-app-deps`: that rebuilds node_modules in place and breaks the CLI and browser mode.
    return '数据库组件与本程序不匹配（它是为另一个 Node.js 版本编译的）。请在项目文件夹中运行 node scripts/build-electron-native.mjs（为 Electron 单独编译一份，不影响命令行与浏览器模式）后重试。';
  }
  return `打开数据时出现意外错误：${err instanceof Error ? err.message : String(err)}`;
}

/**
 * Opens the store, or tells the user why not and returns null; the caller then quits. Nothing is
 * written to a file that was refused: openDatabase checks before it writes.
 */
export function openStoreOrExplain(
  dataDir: string,
  open: (o: OpenAppOptions) => OpenApp = openApp,
  nativeBinding: string | undefined = developmentNativeBinding(runtimeFacts()),
): OpenApp | null {
  try {
    // Handlers never import electron; what only the desktop can do is handed to them here.
    const desktop = { openPath: (file: string) => shell.openPath(file) };
    // A damaged store opens in recovery mode: the window then offers the backups instead of the log.
    return open(nativeBinding ? { dataDir, shell: 'desktop', nativeBinding, desktop, allowRecovery: true } : { dataDir, shell: 'desktop', desktop, allowRecovery: true });
  } catch (err) {
    if (!(err instanceof AppError)) console.error('[法治台账] 打开数据出错：', err);
    dialog.showErrorBox(OPEN_FAILURE_TITLE, explainOpenFailure(err));
    return null;
  }
}
