import type { DownloadItem, SaveDialogOptions, Session } from 'electron';
import { app, dialog } from 'electron';
import path from 'node:path';
import { isAppBlobUrl, isAppUrl } from './app-origin';

type DownloadSource = Pick<DownloadItem, 'getURL' | 'getURLChain'>;

/** Every URL the download came through must be ours: app://fazhi/files/…, or a blob our page made. */
export function isOwnDownload(item: DownloadSource): boolean {
  const chain = item.getURLChain();
  const urls = chain.length > 0 ? chain : [item.getURL()];
  return urls.every((url) => isAppUrl(url) || isAppBlobUrl(url));
}

/** The save dialog opens in the user's Downloads folder, with the file's own (Chinese) name filled in. */
export function saveDialogFor(fileName: string, downloadsDir: string): SaveDialogOptions {
  const ext = path.extname(fileName).slice(1);
  return {
    title: '保存文件',
    defaultPath: path.join(downloadsDir, fileName),
    buttonLabel: '保存',
    filters: ext ? [{ name: `${ext.toUpperCase()} 文件`, extensions: [ext] }, { name: '所有文件', extensions: ['*'] }] : [],
  };
}

const handled = new WeakSet<Session>();

/**
 * Downloads are how evidence files leave the app (GET app://fazhi/files/<id> answers with
 * Content-Disposition: attachment). Anything else that tries to download is cancelled. Safe to call
 * for the same session twice: guardSession runs on the default session from two places.
 */
export function handleDownloads(ses: Session): void {
  if (handled.has(ses)) return;
  handled.add(ses);
  ses.on('will-download', (event, item) => {
    if (!isOwnDownload(item)) {
      event.preventDefault();
      return;
    }
    item.setSaveDialogOptions(saveDialogFor(item.getFilename(), app.getPath('downloads')));
    item.once('done', (_event, state) => {
      // 'cancelled' is the user closing the dialog: nothing to say.
      if (state === 'interrupted') dialog.showErrorBox('文件没有保存', `保存“${item.getFilename()}”时出错，请换一个保存位置后重试。`);
    });
  });
}
