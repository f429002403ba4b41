import type { TableColumnsType } from 'antd';
import { Alert, App, Button, Table, Typography } from 'antd';
import type { ImportBatch } from '../../../../shared/domain/ledger-io';
import { call } from '../../../api/client';
import { toAppError } from '../../../forms/to-app-error';
import { useOperation } from '../../../hooks/useOperation';
import { backupTime } from '../../backup/backup-format';

interface Props {
  /** After a batch was undone: the ledger, its counts and the trash have changed. */
  onUndone: () => void;
}

const EMPTY_TEXT = '还没有从表格导入过台账。导入后，每次导入会在这里列出，可以整批撤销。';

function columns(onUndo: (b: ImportBatch) => void): TableColumnsType<ImportBatch> {
  return [
    { title: '导入时间', dataIndex: 'importedAt', width: 170, render: (at: string) => backupTime(at) },
    { title: '文件', dataIndex: 'fileName', ellipsis: { showTitle: true }, render: (name: string) => <Typography.Text strong>{name}</Typography.Text> },
    { title: '工作表', dataIndex: 'sheetName', width: 160, ellipsis: { showTitle: true }, render: (name: string) => name || '—' },
    { title: '导入条数', dataIndex: 'added', width: 100, align: 'right' },
    { title: '仍在台账中', dataIndex: 'remaining', width: 110, align: 'right' },
    {
      title: '操作',
      key: 'actions',
      width: 200,
      render: (_, b) => {
        if (b.undoneAt) return <Typography.Text type="secondary">已撤销（{backupTime(b.undoneAt)}）</Typography.Text>;
        if (b.remaining === 0) return <Typography.Text type="secondary">记录均已不在台账中</Typography.Text>;
        return (
          <Button type="link" size="small" danger onClick={() => onUndo(b)} aria-label={`撤销“${b.fileName}”的这次导入`}>
            撤销本次导入
          </Button>
        );
      },
    },
  ];
}

/**
 * The 导入记录 tab: every spreadsheet import, newest first, each undoable as a whole. Undoing moves
 * the batch's entries to the trash, where each can be restored; so the dialog says so and how many.
 */
export function ImportBatchesView({ onUndone }: Props) {
  const { message, modal } = App.useApp();
  const batches = useOperation('ledger.import.batches', {});
  const reload = batches.reload;

  const undo = (b: ImportBatch) => {
    void modal.confirm({
      title: '撤销本次导入？',
      content: `将把从“${b.fileName}”导入、仍在台账中的 ${b.remaining} 条记录移入回收站。移入后不计入统计和年报；如有需要，可以在回收站中恢复。`,
      okText: '撤销本次导入',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: async () => {
        try {
          const { moved } = await call('ledger.import.undo', { batchId: b.id });
          void message.success(`已撤销：${moved} 条已移入回收站`);
        } catch (err) {
          void message.error(toAppError(err).message);
        }
        reload();
        onUndone();
      },
    });
  };

  if (batches.error) return <Alert type="error" showIcon title={batches.error.message} action={<Button onClick={reload}>重试</Button>} />;
  return (
    <>
      {(batches.data?.length ?? 0) > 0 && (
        <Alert
          type="info"
          showIcon
          title="每次从表格导入的记录在这里列出。撤销一次导入，会把这次导入、仍在台账中的记录移入回收站，需要时可以从回收站恢复。"
          style={{ marginBottom: 16 }}
        />
      )}
      <Table<ImportBatch>
        rowKey="id"
        size="middle"
        columns={columns(undo)}
        dataSource={batches.data ?? []}
        loading={batches.loading}
        locale={{ emptyText: EMPTY_TEXT }}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showTotal: (n) => `共 ${n} 次导入` }}
      />
    </>
  );
}
