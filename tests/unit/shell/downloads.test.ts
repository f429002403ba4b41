import { EventEmitter } from 'node:events';
import path from 'node:path';
import type { Session } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).createFakeElectron());
const electron = await fakeElectron();
const { handleDownloads, isOwnDownload, saveDialogFor } = await import('../../../electron/shell/downloads');

class FakeDownloadItem extends EventEmitter {
  readonly setSaveDialogOptions = vi.fn();
  constructor(
    private readonly chain: string[],
    private readonly fileName = '国家宪法日活动方案（定稿）.pdf',
  ) {
    super();
  }
  getURL = () => this.chain.at(-1) ?? '';
  getURLChain = () => this.chain;
  getFilename = () => this.fileName;
}

type WillDownload = (event: { preventDefault(): void }, item: FakeDownloadItem) => void;

function sessionWithDownloads() {
  const ses = new EventEmitter();
  handleDownloads(ses as unknown as Session);
  const listener = ses.listeners('will-download')[0] as WillDownload;
  return {
    ses,
    download(item: FakeDownloadItem) {
      const event = { preventDefault: vi.fn() };
      listener(event, item);
      return event;
    },
  };
}

beforeEach(() => vi.clearAllMocks());

describe('isOwnDownload', () => {
  it('accepts only the app origin and blobs our page made, along the whole redirect chain', () => {
    expect(isOwnDownload(new FakeDownloadItem(['app://fazhi/files/00000000-0000-4000-8000-000000000000']))).toBe(true);
    expect(isOwnDownload(new FakeDownloadItem(['blob:app://fazhi/1f0e-22']))).toBe(true);
    expect(isOwnDownload(new FakeDownloadItem(['https://example.com/x.exe']))).toBe(false);
    expect(isOwnDownload(new FakeDownloadItem(['app://fazhi/files/x', 'https://example.com/x.exe']))).toBe(false);
    expect(isOwnDownload(new FakeDownloadItem(['data:application/octet-stream,abc']))).toBe(false);
    expect(isOwnDownload(new FakeDownloadItem(['file:///etc/passwd']))).toBe(false);
  });
});

describe('handleDownloads', () => {
  it("asks where to save our own file, starting in Downloads with the file's Chinese name", () => {
    const { download } = sessionWithDownloads();
    const item = new FakeDownloadItem(['app://fazhi/files/00000000-0000-4000-8000-000000000000']);
    const event = download(item);
    expect(event.preventDefault).not.toHaveBeenCalled();
    expect(item.setSaveDialogOptions).toHaveBeenCalledWith(
      expect.objectContaining({ title: '保存文件', buttonLabel: '保存', defaultPath: path.join('/fake/downloads', '国家宪法日活动方案（定稿）.pdf') }),
    );
  });

  it('cancels a download from anywhere else', () => {
    const { download } = sessionWithDownloads();
    const item = new FakeDownloadItem(['https://example.com/setup.exe'], 'setup.exe');
    expect(download(item).preventDefault).toHaveBeenCalled();
    expect(item.setSaveDialogOptions).not.toHaveBeenCalled();
  });

  it('says so in Chinese when saving fails, and nothing when the user cancels', () => {
    const { download } = sessionWithDownloads();
    const cancelled = new FakeDownloadItem(['app://fazhi/files/a']);
    download(cancelled);
    cancelled.emit('done', {}, 'cancelled');
    expect(electron.dialog.showErrorBox).not.toHaveBeenCalled();
    const failed = new FakeDownloadItem(['app://fazhi/files/b'], '签到表.xlsx');
    download(failed);
    failed.emit('done', {}, 'interrupted');
    expect(electron.dialog.showErrorBox).toHaveBeenCalledWith('文件没有保存', expect.stringContaining('“签到表.xlsx”'));
  });

  it('hooks a session once however often it is guarded', () => {
    const ses = new EventEmitter();
    handleDownloads(ses as unknown as Session);
    handleDownloads(ses as unknown as Session);
    expect(ses.listenerCount('will-download')).toBe(1);
  });
});

describe('saveDialogFor', () => {
  it('filters by the extension, and still allows all files', () => {
    expect(saveDialogFor('现场照片.JPG', '/d').filters).toEqual([
      { name: 'JPG 文件', extensions: ['JPG'] },
      { name: '所有文件', extensions: ['*'] },
    ]);
    expect(saveDialogFor('说明', '/d').filters).toEqual([]);
  });
});
