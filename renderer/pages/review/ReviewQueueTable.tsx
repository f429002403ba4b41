import type { TableColumnsType } from 'antd';
import { Button, Space, Table } from 'antd';
import { listDateText } from '../../../shared/domain/entry-date-text';
import type { ReviewQueueItem } from '../../../shared/domain/review';
import { localTime } from '../ledger/history/history-text';

interface Props {
  items: ReviewQueueItem[];
  loading: boolean;
  /** The one being approved or returned from its row, so its buttons wait. */
  busyId: string | null;
  onOpen: (item: ReviewQueueItem) => void;
  onApprove: (item: ReviewQueueItem) => void;
  onReturn: (item: ReviewQueueItem) => void;
}

function columns(p: Props): TableColumnsType<ReviewQueueItem> {
  // The row opens the entry; the buttons must not open it as well.
  const stop = (run: () => void) => (e: { stopPropagation: () => void }) => {
    e.stopPropagation();
    run();
  };
  return [
    // Known only to the month or year: as written (2025年7月), not the invented first day.
    { title: '日期', key: 'date', width: 108, render: (_, item) => listDateText(item) },
    { title: '标题', dataIndex: 'title', ellipsis: { showTitle: true } },
    { title: '类别', dataIndex: 'categoryName', width: 130, ellipsis: { showTitle: true } },
    { title: '承办科室', dataIndex: 'department', width: 110, ellipsis: { showTitle: true } },
    { title: '录入人', dataIndex: 'authorName', width: 96, ellipsis: { showTitle: true } },
    { title: '提交时间', dataIndex: 'submittedAt', width: 140, render: (v: string) => localTime(v) },
    {
      title: '操作',
      key: 'actions',
      width: 170,
      render: (_, item) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={stop(() => p.onOpen(item))} aria-label={`查看“${item.title}”`}>
            查看
          </Button>
          <Button type="link" size="small" loading={p.busyId === item.id} onClick={stop(() => p.onApprove(item))} aria-label={`通过“${item.title}”`}>
            通过
          </Button>
          <Button type="link" size="small" danger disabled={p.busyId === item.id} onClick={stop(() => p.onReturn(item))} aria-label={`退回“${item.title}”`}>
            退回
          </Button>
        </Space>
      ),
    },
  ];
}

/** The entries waiting for a decision, oldest submission first as the host lists them. */
export function ReviewQueueTable(props: Props) {
  return (
    <Table<ReviewQueueItem>
      rowKey="id"
      size="middle"
      columns={columns(props)}
      dataSource={props.items}
      loading={props.loading}
      scroll={{ x: 900 }}
      locale={{ emptyText: '没有待审核的台账' }}
      pagination={{ pageSize: 50, showTotal: (n) => `共 ${n} 条`, hideOnSinglePage: true }}
      onRow={(item) => ({ onClick: () => props.onOpen(item), style: { cursor: 'pointer' } })}
    />
  );
}
