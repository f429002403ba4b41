import type { BaseWindow, MenuItemConstructorOptions } from 'electron';
import { Menu } from 'electron';

export interface MenuActions {
  showAbout(window: BaseWindow | undefined): void;
  openDataFolder(): void;
}

/** Editing and view items use roles, so Chromium does the work and the shortcuts are the usual ones. */
export function buildMenuTemplate(actions: MenuActions): MenuItemConstructorOptions[] {
  return [
    { label: '文件(&F)', submenu: [{ role: 'quit', label: '退出' }] },
    {
      label: '编辑(&E)',
      submenu: [
        { role: 'undo', label: '撤销' },
        { role: 'redo', label: '重做' },
        { type: 'separator' },
        { role: 'cut', label: '剪切' },
        { role: 'copy', label: '复制' },
        { role: 'paste', label: '粘贴' },
        { role: 'selectAll', label: '全选' },
      ],
    },
    {
      label: '视图(&V)',
      submenu: [
        { role: 'reload', label: '重新加载' },
        { type: 'separator' },
        { role: 'resetZoom', label: '实际大小' },
        { role: 'zoomIn', label: '放大' },
        { role: 'zoomOut', label: '缩小' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: '全屏' },
      ],
    },
    {
      label: '帮助(&H)',
      submenu: [
        { label: '关于法治台账', click: (_item, window) => actions.showAbout(window) },
        { label: '打开数据文件夹', click: () => actions.openDataFolder() },
      ],
    },
  ];
}

export function installAppMenu(actions: MenuActions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(actions)));
}
