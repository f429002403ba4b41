import type { BaseWindow } from 'electron';
import { dialog, shell } from 'electron';
import type { WireResult } from '../../shared/contract/wire';
import type { AppInfo } from '../../shared/domain/app-info';
import type { Registry } from '../registry';

export function describeAppInfo(result: WireResult<unknown>): string {
  if (!result.ok) return `无法读取程序信息：${result.error.message}`;
  const info = result.data as AppInfo;
  return [`版本：${info.version}`, `数据文件夹：${info.dataDir}`, `数据结构版本：${info.schemaVersion}`].join('\n');
}

/** 帮助 → 关于法治台账: what a maintainer asks for first on the phone. */
export async function showAboutDialog(registry: Pick<Registry, 'invoke'>, parent: BaseWindow | undefined): Promise<void> {
  const detail = describeAppInfo(await registry.invoke('app.info', {}));
  const options = { type: 'info' as const, title: '关于法治台账', message: '法治台账', detail, buttons: ['确定'], noLink: true };
  await (parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options));
}

/** 帮助 → 打开数据文件夹: opens it in the system's file manager, for copying or backing up by hand. */
export async function openDataFolder(dataDir: string): Promise<void> {
  const failure = await shell.openPath(dataDir);
  if (failure) dialog.showErrorBox('无法打开数据文件夹', `${failure}\n文件夹位置：${dataDir}`);
}
