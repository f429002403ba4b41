import { App } from 'antd';
import { useCallback, useState } from 'react';
import { exportUrl, startDownload } from '../api/file-urls';
import { toAppError } from '../forms/to-app-error';

/** What every export operation answers: the file the host made and will hand out once. */
export interface MadeExport {
  exportId: string;
  fileName: string;
}

export interface ExportDownload {
  busy: boolean;
  /**
   * Makes the file, downloads it and says `done(made)`; a failure is shown as its message.
   * Resolves to what the operation answered (undefined after a failure), for callers that say more.
   */
  download: <T extends MadeExport>(make: () => Promise<T>, done: (made: T) => string) => Promise<T | undefined>;
}

/** One export button's life: busy while the host writes the file, then the browser's own download and a message. */
export function useExportDownload(): ExportDownload {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const download = useCallback(
    async <T extends MadeExport>(make: () => Promise<T>, done: (made: T) => string): Promise<T | undefined> => {
      setBusy(true);
      try {
        const made = await make();
        startDownload(exportUrl(made.exportId, made.fileName), made.fileName);
        void message.success(done(made));
        return made;
      } catch (err) {
        void message.error(toAppError(err).message);
        return undefined;
      } finally {
        setBusy(false);
      }
    },
    [message],
  );
  return { busy, download };
}
