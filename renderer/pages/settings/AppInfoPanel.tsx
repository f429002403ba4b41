import { Alert, Descriptions, Skeleton, Typography } from 'antd';
import type { AppInfo } from '../../../shared/domain/app-info';
import { useOperation } from '../../hooks/useOperation';

const SHELL_NAMES: Record<AppInfo['shell'], string> = {
  desktop: '桌面程序',
  browser: '浏览器模式',
  cli: '命令行',
};

// Paths are copyable: the usual reason to look here is to find the file for a backup.
const copyable = (text: string) => <Typography.Text copyable={{ text, tooltips: ['复制', '已复制'] }}>{text}</Typography.Text>;

export function AppInfoPanel() {
  const info = useOperation('app.info', {});
  if (info.error) return <Alert type="error" showIcon title={info.error.message} />;
  if (!info.data) return <Skeleton active paragraph={{ rows: 3 }} />;
  const d = info.data;
  return (
    <Descriptions
      bordered
      column={1}
      size="small"
      styles={{ label: { width: 150 } }}
      items={[
        { key: 'version', label: '版本', children: d.version },
        { key: 'dataDir', label: '数据文件夹', children: copyable(d.dataDir) },
        { key: 'databasePath', label: '数据文件', children: copyable(d.databasePath) },
        { key: 'schemaVersion', label: '数据版本', children: d.schemaVersion },
        { key: 'shell', label: '运行方式', children: SHELL_NAMES[d.shell] },
      ]}
    />
  );
}
