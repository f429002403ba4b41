import { Alert, Button, Layout, Result, Skeleton, Typography } from 'antd';
import type { RecoveryInfo } from '../../../shared/domain/app-info';
import { useOperation } from '../../hooks/useOperation';
import { BackupTable } from './BackupTable';
import { backupTime } from './backup-format';
import { useRestore } from './useRestore';

interface Props {
  recovery: RecoveryInfo;
  onRecovered(): void;
}

/** Shown instead of the app when the data file failed its start-up check. */
export function RecoveryPage({ recovery, onRecovered }: Props) {
  const list = useOperation('backup.list', {});
  const latestGood = list.data?.backups.find((b) => b.verified);
  const restore = useRestore({ folder: list.data?.folder ?? '', damagedCopy: recovery.damagedCopy, onDone: onRecovered });

  return (
    <Layout style={{ minHeight: '100vh', padding: 32 }}>
      <Layout.Content style={{ maxWidth: 960, margin: '0 auto', width: '100%', background: '#fff', padding: 32, borderRadius: 8 }}>
        <Result
          status="warning"
          title="数据文件已损坏"
          subTitle="为保护数据，程序没有打开也没有改动它。请从备份恢复：恢复后程序会照常打开。"
          style={{ paddingBottom: 8 }}
        />
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title="损坏的文件已原样另存"
          description={
            <>
              <Typography.Text copyable={{ text: recovery.damagedCopy, tooltips: ['复制', '已复制'] }} code>
                {recovery.damagedCopy}
              </Typography.Text>
              <div style={{ marginTop: 4, color: '#888' }}>如需尝试抢救其中最近的改动，可把它交给维护人员。检查结果：{recovery.detail}</div>
            </>
          }
        />
        {list.error && <Alert type="error" showIcon title={list.error.message} action={<Button onClick={list.reload}>重试</Button>} />}
        {!list.data ? (
          <Skeleton active />
        ) : latestGood ? (
          <>
            <Typography.Paragraph>
              最近一份完好的备份是 <b>{backupTime(latestGood.createdAt)}</b>（{latestGood.reason}，{latestGood.entryCount} 条台账）。
              <Button type="primary" style={{ marginLeft: 12 }} onClick={() => restore(latestGood)}>
                恢复这份备份
              </Button>
            </Typography.Paragraph>
            <BackupTable backups={list.data.backups} loading={list.loading} highlight={latestGood.fileName} folder={list.data.folder} onRestore={restore} />
          </>
        ) : (
          <Alert
            type="error"
            showIcon
            title="没有找到备份"
            description={`备份文件夹 ${list.data.folder} 中没有可用的备份，设置的另存位置中也没有找到。如果另存用的 U 盘没有插上，请插上后刷新本页；也可以把别处的 .db 与同名 .json 备份文件复制到该文件夹后刷新本页。`}
          />
        )}
      </Layout.Content>
    </Layout>
  );
}
