import { Alert, Button, Empty, Space, Spin, Typography } from 'antd';
import type { OperationState } from '../../hooks/useOperation';
import type { MergeConflict } from '../../../shared/domain/data-package';
import { ConflictCard } from './ConflictCard';

/** 待处理冲突: entries changed both here and in the package since the last merge. */
export function ConflictList({ conflicts }: { conflicts: OperationState<MergeConflict[]> }) {
  return (
    <section aria-label="待处理冲突">
      <Typography.Title level={5}>待处理冲突{conflicts.data?.length ? `（${conflicts.data.length}）` : ''}</Typography.Title>
      {conflicts.error && <Alert type="error" showIcon title={conflicts.error.message} action={<Button onClick={conflicts.reload}>重试</Button>} />}
      {!conflicts.data && !conflicts.error && <Spin />}
      {conflicts.data?.length === 0 && <Empty description="没有待处理的冲突" image={Empty.PRESENTED_IMAGE_SIMPLE} />}
      {conflicts.data && conflicts.data.length > 0 && (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
            这些台账在本机和对方都修改过，合并时没有覆盖本机内容。请逐条比较后选择“保留本机”或“采用导入”，标黄的是不同的项目。
          </Typography.Paragraph>
          {conflicts.data.map((c) => (
            <ConflictCard key={c.id} conflict={c} onResolved={conflicts.reload} />
          ))}
        </Space>
      )}
    </section>
  );
}
