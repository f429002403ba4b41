import { Button, Popconfirm, Space } from 'antd';
import type { Activity } from '../../../shared/domain/activity';
import { useMayCall } from '../../auth/signed-in-user';

export interface RowHandlers {
  onEdit: (activity: Activity) => void;
  onCopy: (activity: Activity) => void;
  onHistory: (activity: Activity) => void;
  onEvidence: (activity: Activity) => void;
  onDelete: (activity: Activity) => void;
  onRestore: (activity: Activity) => void;
  onPurge: (activity: Activity) => Promise<void>;
}

type Props = RowHandlers & { activity: Activity };

export function LedgerRowActions({ activity: a, onEdit, onCopy, onHistory, onDelete }: Props) {
  return (
    <Space size={0}>
      <Button type="link" size="small" onClick={() => onEdit(a)} aria-label={`编辑“${a.title}”`}>
        编辑
      </Button>
      <Button type="link" size="small" onClick={() => onCopy(a)} aria-label={`复制“${a.title}”`} title="复制为一条新记录（日期为今天）">
        复制
      </Button>
      <Button type="link" size="small" onClick={() => onHistory(a)} aria-label={`“${a.title}”的修改记录`}>
        修改记录
      </Button>
      <Button type="link" size="small" danger onClick={() => onDelete(a)} aria-label={`删除“${a.title}”`}>
        删除
      </Button>
    </Space>
  );
}

export function TrashRowActions({ activity: a, onRestore, onPurge }: Props) {
  // 彻底删除 is the 审核员's on the host; a 录入员 can only put an entry back.
  const mayPurge = useMayCall('activities.purge');
  return (
    <Space size={0}>
      <Button type="link" size="small" onClick={() => onRestore(a)} aria-label={`恢复“${a.title}”`}>
        恢复
      </Button>
      {mayPurge && (
        <Popconfirm
          title="彻底删除后不能恢复"
          description={`“${a.title}”及其佐证材料将被永久删除。`}
          okText="彻底删除"
          okButtonProps={{ danger: true }}
          cancelText="取消"
          onConfirm={() => onPurge(a)}
        >
          <Button type="link" size="small" danger aria-label={`彻底删除“${a.title}”`}>
            彻底删除
          </Button>
        </Popconfirm>
      )}
    </Space>
  );
}
