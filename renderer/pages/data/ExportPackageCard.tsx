import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Typography } from 'antd';
import { call } from '../../api/client';
import { useExportDownload } from '../../hooks/useExportDownload';

/** One .zip with every entry, every attachment file and a manifest of their checksums. */
export function ExportPackageCard() {
  const { message } = App.useApp();
  const { busy, download } = useExportDownload();
  const run = async () => {
    const done = await download(() => call('package.export', {}), (made) => `已导出数据包：台账 ${made.entries} 条，佐证材料文件 ${made.files} 个`);
    if (done && done.missingFiles > 0) void message.warning(`有 ${done.missingFiles} 个佐证材料文件在数据文件夹中找不到，没有打包。`);
  };
  return (
    <Card title="导出数据包" size="small">
      <Typography.Paragraph type="secondary">
        把本机的全部台账、佐证材料和单位信息打包成一个 .zip 文件（含每个文件的校验值）。可报送上级单位汇总，或拷贝到新电脑上“替换本机数据”。
      </Typography.Paragraph>
      <Button type="primary" icon={<DownloadOutlined />} loading={busy} onClick={() => void run()}>
        导出数据包
      </Button>
    </Card>
  );
}
