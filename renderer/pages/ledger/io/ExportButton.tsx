import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { call } from '../../../api/client';
import { exportUrl, startDownload } from '../../../api/file-urls';
import type { InputOf } from '../../../../shared/contract/operations';
import { toAppError } from '../../../forms/to-app-error';

interface Props {
  filters: InputOf<'ledger.export'>;
}

/** Writes every entry the current filters select (not just this page) to an .xlsx and downloads it. */
export function ExportButton({ filters }: Props) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      const done = await call('ledger.export', filters);
      startDownload(exportUrl(done.exportId, done.fileName), done.fileName);
      void message.success(done.rows === 0 ? '已导出0条：表格只有表头，可作为填写模板' : `已导出${done.rows}条`);
    } catch (err) {
      void message.error(toAppError(err).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button icon={<DownloadOutlined />} loading={busy} onClick={() => void run()} title="按当前筛选条件导出全部记录">
      导出Excel
    </Button>
  );
}
