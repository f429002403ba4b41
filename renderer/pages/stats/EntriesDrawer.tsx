import { Alert, Drawer, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import type { Activity } from '../../../shared/domain/activity';
import { entryDateText } from '../../../shared/domain/entry-date-text';
import { useOperation } from '../../hooks/useOperation';
import type { DrillRequest } from './drill-request';
import { ledgerEntryHref } from './drill-request';

const PAGE_SIZE = 20;

function when(a: Activity) {
  // Known only to the month or year: as written (2025年7月), not the invented first day.
  if (a.datePrecision !== 'day') return entryDateText(a.date, a.endDate, a.datePrecision);
  return a.endDate && a.endDate !== a.date ? (
    <>
      {a.date}
      <br />至 {a.endDate}
    </>
  ) : (
    a.date
  );
}

function columns(request: DrillRequest): ColumnsType<Activity> {
  const metric = request.drill.metricName;
  const notCounted = new Set(request.notCounted ?? []);
  return [
    { title: '日期', key: 'date', width: 120, render: (_, a) => when(a) },
    { title: '类别', dataIndex: 'categoryName', width: 150 },
    { title: '事项标题', key: 'title', render: (_, a) => <a href={ledgerEntryHref(a.id)}>{a.title}</a> },
    ...(metric === undefined
      ? [{ title: '承办科室', dataIndex: 'department', width: 120 } as const]
      : [
          {
            title: metric,
            key: 'metric',
            width: 170,
            render: (_: unknown, a: Activity) => {
              const m = a.metrics.find((x) => x.name === metric);
              return (
                <>
                  {m ? `${m.value}${m.approximate ? '余' : ''}${m.unit}` : ''}
                  {notCounted.has(a.id) && (
                    <Tag color="warning" style={{ marginInlineStart: 8 }} title="这一条的数值没有计入合计：同一期间已有汇总数，或比率采用了另一条的数值">
                      未计入
                    </Tag>
                  )}
                </>
              );
            },
          },
        ]),
  ];
}

/** The entries behind one figure, exactly as counted; each opens in the 台账. */
export function EntriesDrawer({ request, onClose }: { request: DrillRequest | null; onClose: () => void }) {
  return (
    <Drawer open={request !== null} onClose={onClose} title={request ? `${request.title}的台账` : ''} size={760} destroyOnHidden>
      {request && <EntriesList key={JSON.stringify(request)} request={request} />}
    </Drawer>
  );
}

function EntriesList({ request }: { request: DrillRequest }) {
  const [page, setPage] = useState(1);
  const list = useOperation('activities.list', { year: request.year, ...request.drill, sort: 'date_asc', limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  const skipped = request.notCounted?.length ?? 0;
  return (
    <>
      {list.error && <Alert type="error" showIcon title={list.error.message} style={{ marginBottom: 12 }} />}
      <Typography.Paragraph type="secondary" role="status">
        {list.data ? `共 ${list.data.total} 条` : '正在读取……'}
        {skipped > 0 && `，其中 ${skipped} 条标为“未计入”：这些条目的数值没有计入合计（同一期间已有月度、季度或年度汇总，或比率采用了另一条的数值；见统计页上的“指标合计说明”）。`}
      </Typography.Paragraph>
      <Table<Activity>
        rowKey="id"
        size="small"
        loading={list.loading}
        columns={columns(request)}
        dataSource={list.data?.items ?? []}
        pagination={{ current: page, pageSize: PAGE_SIZE, total: list.data?.total ?? 0, onChange: setPage, showSizeChanger: false, hideOnSinglePage: true }}
        locale={{ emptyText: '没有台账' }}
      />
    </>
  );
}
