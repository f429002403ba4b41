import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import type { AuditFilters } from '../../../shared/domain/audit';
import { call } from '../../api/client';
import { exportUrl, startDownload } from '../../api/file-urls';
import { toAppError } from '../../forms/to-app-error';

/** 导出 Excel: the rows the filters select, all of them (the host asks to narrow a range past its limit). */
export function AuditExportButton({ filters }: { filters: AuditFilters }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      const made = await call('audit.export', filters);
      startDownload(exportUrl(made.exportId, made.fileName), made.fileName);
      void message.success(`已导出 ${made.rows} 条审计记录`);
    } catch (err) {
      void message.error(toAppError(err).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button icon={<DownloadOutlined />} loading={busy} onClick={() => void run()}>
      导出 Excel
    </Button>
  );
}
