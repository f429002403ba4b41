import { DownloadOutlined, DownOutlined } from '@ant-design/icons';
import { Button, Dropdown, Space } from 'antd';
import { call } from '../../api/client';
import { useExportDownload, type MadeExport } from '../../hooks/useExportDownload';

interface Props {
  year: number;
  hasDraft: boolean;
}

/** The report as a .docx (what the preview shows, edits included) and the 台账 as inspectors read it. */
export function ReportDownloads({ year, hasDraft }: Props) {
  const { busy, download } = useExportDownload();
  const ledgerItems = [
    { key: 'xlsx', label: '检查用台账（Excel，按台账类型分表）', run: () => call('ledger.tables.export', { year, format: 'xlsx' }) },
    { key: 'docx', label: '台账表格（Word）', run: () => call('ledger.tables.export', { year, format: 'docx' }) },
    { key: 'zip', label: '佐证材料包（zip，含清单和校验值）', run: () => call('ledger.evidence.export', { year }) },
  ];
  return (
    <Space>
      <Button icon={<DownloadOutlined />} disabled={!hasDraft} loading={busy} onClick={() => void download(() => call('report.export', { year }), () => '报告已导出为 Word 文件')}>
        下载报告（Word）
      </Button>
      <Dropdown
        menu={{
          items: ledgerItems.map(({ key, label }) => ({ key, label })),
          onClick: ({ key }) => {
            const item = ledgerItems.find((i) => i.key === key);
            if (item) void download<MadeExport>(item.run, () => '已导出');
          },
        }}
      >
        <Button loading={busy}>
          导出台账 <DownOutlined />
        </Button>
      </Dropdown>
    </Space>
  );
}
