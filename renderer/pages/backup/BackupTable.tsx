import { CheckCircleFilled, ExclamationCircleFilled } from '@ant-design/icons';
import { Button, Table, Tag, Tooltip } from 'antd';
import type { BackupEntry } from '../../../shared/domain/backup';
import { backupTime, fileSize } from './backup-format';

interface Props {
  backups: BackupEntry[];
  loading: boolean;
  /** Marks one row (the latest good backup on the recovery screen). */
  highlight?: string;
  /** The data folder's backups folder: a backup elsewhere (the extra folder) is marked as such. */
  folder?: string;
  onRestore(backup: BackupEntry): void;
}

const REASON_COLORS: Record<string, string> = { 手动: 'blue', 恢复前: 'orange', 迁移前: 'purple', 导入前: 'cyan', 合并前: 'cyan', 导入数据包前: 'cyan' };

export function BackupTable({ backups, loading, highlight, folder, onRestore }: Props) {
  return (
    <Table<BackupEntry>
      rowKey="fileName"
      size="middle"
      loading={loading}
      dataSource={backups}
      pagination={backups.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      locale={{ emptyText: '还没有备份。点击“立即备份”做第一份。' }}
      onRow={(b) => ({ style: b.fileName === highlight ? { background: '#f6ffed' } : {} })}
      columns={[
        { key: 'time', title: '备份时间', render: (_, b) => backupTime(b.createdAt), width: 190 },
        {
          key: 'reason',
          title: '原因',
          width: 110,
          render: (_, b) => (
            <>
              <Tag color={REASON_COLORS[b.reason] ?? 'default'}>{b.reason || '—'}</Tag>
              {folder && !b.path.startsWith(folder) && (
                <Tooltip title={b.path}>
                  <Tag color="gold">另存处</Tag>
                </Tooltip>
              )}
            </>
          ),
        },
        { key: 'entries', title: '台账条数', align: 'right', render: (_, b) => (b.verified ? `${b.entryCount} 条` : '—'), width: 110 },
        { key: 'size', title: '大小', align: 'right', render: (_, b) => fileSize(b.size), width: 100 },
        {
          key: 'verified',
          title: '校验',
          width: 90,
          render: (_, b) =>
            b.verified ? (
              <Tooltip title="写入后已打开并做完整性检查">
                <span style={{ color: '#389e0d' }}>
                  <CheckCircleFilled /> 完好
                </span>
              </Tooltip>
            ) : (
              <Tooltip title="没有校验记录（例如手工放入的文件），恢复前会再检查">
                <span style={{ color: '#d48806' }}>
                  <ExclamationCircleFilled /> 未校验
                </span>
              </Tooltip>
            ),
        },
        {
          key: 'action',
          title: '操作',
          width: 100,
          render: (_, b) => (
            <Button size="small" type={b.fileName === highlight ? 'primary' : 'default'} onClick={() => onRestore(b)} aria-label={`恢复 ${backupTime(b.createdAt)} 的备份`}>
              恢复
            </Button>
          ),
        },
      ]}
    />
  );
}
