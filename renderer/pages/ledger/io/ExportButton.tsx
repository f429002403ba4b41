import { DownloadOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { call } from '../../../api/client';
import type { InputOf } from '../../../../shared/contract/operations';
import { useExportDownload } from '../../../hooks/useExportDownload';

interface Props {
  filters: InputOf<'ledger.export'>;
}

/** Writes every entry the current filters select (not just this page) to an .xlsx and downloads it. */
export function ExportButton({ filters }: Props) {
  const { busy, download } = useExportDownload();
  const run = () => download(() => call('ledger.export', filters), (done) => (done.rows === 0 ? '已导出0条：表格只有表头，可作为填写模板' : `已导出${done.rows}条`));
  return (
    <Button icon={<DownloadOutlined />} loading={busy} onClick={() => void run()} title="按当前筛选条件导出全部记录">
      导出Excel
    </Button>
  );
}
