import { CloudUploadOutlined, FolderOpenOutlined } from '@ant-design/icons';
import { Alert, App, Button, Divider, Skeleton, Space, Typography } from 'antd';
import { useState } from 'react';
import { call, isDesktop } from '../../api/client';
import type { BackupCreated } from '../../../shared/domain/backup';
import { toAppError } from '../../forms/to-app-error';
import { useOperation } from '../../hooks/useOperation';
import { BackupSettingsForm } from './BackupSettingsForm';
import { BackupTable } from './BackupTable';
import { useRestore } from './useRestore';

export function BackupPage() {
  const { message } = App.useApp();
  const list = useOperation('backup.list', {});
  const [busy, setBusy] = useState(false);
  const [lastMade, setLastMade] = useState<BackupCreated>();
  const folder = list.data?.folder ?? '';
  const restore = useRestore({
    folder,
    onDone: () => {
      setLastMade(undefined);
      list.reload();
    },
  });

  const backupNow = async () => {
    setBusy(true);
    try {
      const made = await call('backup.create', {});
      setLastMade(made);
      void message.success(`已备份并校验：${made.backup.entryCount} 条台账`);
      list.reload();
    } catch (err) {
      void message.error(toAppError(err).message, 8);
    } finally {
      setBusy(false);
    }
  };

  const openFolder = async () => {
    try {
      await call('backup.openFolder', {});
    } catch (err) {
      void message.error(toAppError(err).message);
    }
  };

  if (list.error && !list.data) return <Alert type="error" showIcon title={list.error.message} action={<Button onClick={list.reload}>重试</Button>} />;
  if (!list.data) return <Skeleton active />;

  return (
    <>
      <Typography.Paragraph type="secondary" style={{ maxWidth: 820 }}>
        程序开着时会定时自动备份，导入、恢复之前也会先备份；每份备份写完都会打开校验。备份包含全部台账、年报和设置；佐证材料文件保存在数据文件夹的 attachments 中，删除佐证后文件仍然保留，恢复后可以照常打开。
      </Typography.Paragraph>
      <Space wrap style={{ marginBottom: 16 }}>
        <Button type="primary" icon={<CloudUploadOutlined />} loading={busy} onClick={() => void backupNow()}>
          立即备份
        </Button>
        {isDesktop() && (
          <Button icon={<FolderOpenOutlined />} onClick={() => void openFolder()}>
            打开备份文件夹
          </Button>
        )}
        <Typography.Text type="secondary">
          备份文件夹：<Typography.Text copyable={{ text: folder, tooltips: ['复制', '已复制'] }}>{folder}</Typography.Text>
        </Typography.Text>
      </Space>
      {lastMade?.extraCopy && !lastMade.extraCopy.ok && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title="本机备份已完成，但没有另存到备份文件夹"
          description={lastMade.extraCopy.error}
          closable={{ onClose: () => setLastMade(undefined) }}
        />
      )}
      {lastMade?.extraCopy?.ok && <Alert type="success" showIcon style={{ marginBottom: 16 }} title={`已另存一份到：${lastMade.extraCopy.folder}`} closable={{ onClose: () => setLastMade(undefined) }} />}
      <BackupTable backups={list.data.backups} loading={list.loading} onRestore={restore} />
      <Divider />
      <Typography.Title level={4}>备份设置</Typography.Title>
      <BackupSettingsForm settings={list.data.settings} onSaved={() => list.reload()} />
    </>
  );
}
