import type { TableColumnsType } from 'antd';
import { Table, Tag, Tooltip, Typography } from 'antd';
import type { Activity } from '../../../shared/domain/activity';
import { ACTIVITY_PERIOD_NAMES } from '../../../shared/domain/activity';
import { entryDateText } from '../../../shared/domain/entry-date-text';
import { useSignedInUser } from '../../auth/signed-in-user';
import { ReviewStatusTag } from '../review/ReviewStatusTag';
import { EvidenceCell } from './EvidenceCell';
import { Highlight } from './Highlight';
import { LedgerRowActions, TrashRowActions } from './RowActions';
import type { RowHandlers } from './RowActions';
import type { EvidenceStatus } from './useEvidenceStatus';
import { localTime } from './history/history-text';

export interface PageRequest {
  page: number;
  pageSize: number;
}

interface Props extends RowHandlers {
  items: Activity[];
  total: number;
  loading: boolean;
  paging: PageRequest;
  inTrash: boolean;
  emptyText: string;
  search: string;
  evidence: EvidenceStatus;
  onPage: (paging: PageRequest) => void;
  onTag: (tag: string) => void;
}

// Every cell stays on one line, so rows keep one height and the page does not jump as it fills.
const oneLine = { whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' } as const;

/** Host mode only: on one PC every entry is 已审核 at once, so the column would say nothing. */
const STATUS_COLUMN = { title: '状态', key: 'reviewStatus', width: 76, render: (_: unknown, a: Activity) => <ReviewStatusTag status={a.reviewStatus} note={a.reviewNote} /> };

function columns(props: Props, hostMode: boolean): TableColumnsType<Activity> {
  const list: TableColumnsType<Activity> = [
    { title: '日期', key: 'date', width: 108, render: (_, a) => <span style={{ whiteSpace: 'nowrap' }}>{entryDateText(a.date, a.endDate, a.datePrecision)}</span> },
    { title: '类别', dataIndex: 'categoryName', width: 120, ellipsis: { showTitle: true } },
    {
      title: '事项标题 / 内容摘要',
      key: 'title',
      render: (_, a) => (
        <Tooltip title={a.summary || a.title} placement="topLeft" mouseEnterDelay={0.6}>
          <div style={oneLine}>
            <Typography.Text strong>
              <Highlight text={a.title} search={props.search} />
            </Typography.Text>
            {a.period && <Tag style={{ marginInlineStart: 6 }}>{ACTIVITY_PERIOD_NAMES[a.period]}</Tag>}
            {a.origin && (
              <Tag color="purple" style={{ marginInlineStart: 6 }}>
                来源：{a.origin}
              </Tag>
            )}
          </div>
          {/* The report needs this sentence; an empty one should stand out before year-end, not at it. */}
          <div style={{ ...oneLine, fontSize: 13, color: a.summary ? 'rgba(0,0,0,0.6)' : '#d46b08' }}>
            {a.summary ? <Highlight text={a.summary} search={props.search} /> : '内容摘要未填写（年报要用）'}
          </div>
        </Tooltip>
      ),
    },
    { title: '承办科室', dataIndex: 'department', width: 96, ellipsis: { showTitle: true } },
    {
      title: '标签',
      dataIndex: 'tags',
      width: 130,
      render: (tags: string[]) => (
        <div style={{ ...oneLine, display: 'block' }} title={tags.join('、')}>
          {tags.map((t) => (
            <Tag key={t} style={{ cursor: 'pointer' }} onClick={() => props.onTag(t)}>
              {t}
            </Tag>
          ))}
        </div>
      ),
    },
  ];
  if (hostMode) list.push(STATUS_COLUMN);
  if (props.inTrash) {
    list.push({ title: '删除时间', dataIndex: 'deletedAt', width: 140, render: (v: string | null) => localTime(v) });
  } else {
    list.push({ title: '佐证', key: 'evidence', width: 84, render: (_, a) => <EvidenceCell id={a.id} status={props.evidence} onOpen={() => props.onEvidence(a)} /> });
  }
  list.push({
    title: '操作',
    key: 'actions',
    width: props.inTrash ? 140 : 226,
    fixed: 'right',
    render: (_, a) => (props.inTrash ? <TrashRowActions activity={a} {...props} /> : <LedgerRowActions activity={a} {...props} />),
  });
  return list;
}

export function ActivityTable(props: Props) {
  const { items, total, loading, paging, emptyText, onPage } = props;
  const hostMode = useSignedInUser() !== null;
  return (
    <Table<Activity>
      rowKey="id"
      size="middle"
      columns={columns(props, hostMode)}
      dataSource={items}
      loading={loading}
      scroll={{ x: hostMode ? 1060 + STATUS_COLUMN.width : 1060 }}
      locale={{ emptyText }}
      pagination={{
        current: paging.page,
        pageSize: paging.pageSize,
        total,
        showSizeChanger: true,
        pageSizeOptions: [10, 20, 50, 100],
        showTotal: (n) => `共 ${n} 条`,
        onChange: (page, pageSize) => onPage({ page: pageSize === paging.pageSize ? page : 1, pageSize }),
      }}
    />
  );
}
