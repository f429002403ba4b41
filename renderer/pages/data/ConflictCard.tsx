import { App, Button, Card, Space, Table, Tag, Typography, theme } from 'antd';
import { useState } from 'react';
import { call } from '../../api/client';
import type { MergeConflict } from '../../../shared/domain/data-package';
import { toAppError } from '../../forms/to-app-error';

interface Props {
  conflict: MergeConflict;
  onResolved: () => void;
}

interface Row {
  label: string;
  local: string;
  incoming: string;
  differs: boolean;
}

/** One entry changed on both sides: 本机 and 导入 side by side, the differing fields marked, and the two choices. */
export function ConflictCard({ conflict, onResolved }: Props) {
  const { message } = App.useApp();
  const { token } = theme.useToken();
  const [busy, setBusy] = useState<'local' | 'incoming'>();
  const differing = new Set(conflict.differing);
  const rows: Row[] = Object.keys(conflict.incoming.fields)
    .map((label) => ({ label, local: conflict.local.fields[label] ?? '', incoming: conflict.incoming.fields[label] ?? '', differs: differing.has(label) }))
    .filter((r) => r.differs || r.local !== '' || r.incoming !== '');

  const resolve = async (keep: 'local' | 'incoming') => {
    setBusy(keep);
    try {
      await call('package.conflicts.resolve', { id: conflict.id, keep });
      void message.success(keep === 'local' ? `已保留本机的“${conflict.title}”` : `已采用“${conflict.origin || '导入'}”的“${conflict.title}”`);
      onResolved();
    } catch (err) {
      void message.error(toAppError(err).message);
      onResolved();
    } finally {
      setBusy(undefined);
    }
  };

  const cell = (text: string, row: Row) => (
    <Typography.Text style={{ whiteSpace: 'pre-wrap' }} strong={row.differs}>
      {text || <Typography.Text type="secondary">（空）</Typography.Text>}
    </Typography.Text>
  );

  return (
    <Card
      size="small"
      aria-label={`冲突：${conflict.title}`}
      title={
        <Space wrap>
          <span>{conflict.title}</span>
          <Tag color="purple">来源：{conflict.origin || '本单位'}</Tag>
          <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
            不同之处：{conflict.differing.join('、')}
          </Typography.Text>
        </Space>
      }
      extra={
        <Space>
          <Button loading={busy === 'local'} disabled={busy !== undefined} onClick={() => void resolve('local')}>
            保留本机
          </Button>
          <Button type="primary" loading={busy === 'incoming'} disabled={busy !== undefined} onClick={() => void resolve('incoming')}>
            采用导入
          </Button>
        </Space>
      }
    >
      <Table<Row>
        size="small"
        pagination={false}
        rowKey="label"
        dataSource={rows}
        onRow={(row) => (row.differs ? { style: { background: token.colorWarningBg }, 'aria-label': `不同：${row.label}` } : {})}
        columns={[
          { title: '项目', dataIndex: 'label', width: 120 },
          { title: '本机', dataIndex: 'local', render: cell },
          { title: `导入（${conflict.origin || '本单位'}）`, dataIndex: 'incoming', render: cell },
        ]}
      />
    </Card>
  );
}
