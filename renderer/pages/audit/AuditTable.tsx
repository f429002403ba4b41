import { Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import type { AuditRow } from '../../../shared/domain/audit';
import { AUDIT_PAGE_SIZE } from './audit-query';
import { auditDetailText, auditObjectText } from './audit-detail';
import { operationLabel } from './operation-labels';

interface Props {
  rows: AuditRow[];
  total: number;
  page: number;
  loading: boolean;
  onPage(page: number): void;
}

/** 时间, 用户, IP, 操作, 对象, 结果: newest first, as the host lists them. */
export function AuditTable({ rows, total, page, loading, onPage }: Props) {
  return (
    <Table<AuditRow>
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={rows}
      pagination={{ current: page, pageSize: AUDIT_PAGE_SIZE, total, showSizeChanger: false, showTotal: (n) => `共 ${n} 条`, onChange: onPage }}
      locale={{ emptyText: '没有符合条件的记录' }}
      scroll={{ x: 960 }}
      columns={[
        // Stored in UTC; shown in this computer's time, as the 审计员 reads a clock.
        { key: 'at', title: '时间', width: 170, render: (_, r) => dayjs(r.at).format('YYYY-MM-DD HH:mm:ss') },
        { key: 'user', title: '用户', width: 120, render: (_, r) => r.username || '—' },
        { key: 'ip', title: 'IP 地址', width: 140, render: (_, r) => r.ip || '—' },
        {
          key: 'operation',
          title: '操作',
          width: 200,
          render: (_, r) => {
            const label = operationLabel(r.operation);
            return (
              <>
                <div>{label}</div>
                {label !== r.operation && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {r.operation}
                  </Typography.Text>
                )}
              </>
            );
          },
        },
        {
          key: 'object',
          title: '对象',
          render: (_, r) => {
            if (!r.object) return '—';
            const text = auditObjectText(r.operation, r.object);
            return (
              <Typography.Text ellipsis={{ tooltip: text }} style={{ maxWidth: 320 }}>
                {text}
              </Typography.Text>
            );
          },
        },
        {
          key: 'result',
          title: '结果',
          width: 220,
          render: (_, r) =>
            r.success ? (
              <Tag color="green">成功</Tag>
            ) : (
              <>
                <Tag color="red">失败</Tag>
                {r.detail && (
                  <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '4px 0 0' }} ellipsis={{ rows: 2, tooltip: auditDetailText(r.detail) }}>
                    {auditDetailText(r.detail)}
                  </Typography.Paragraph>
                )}
              </>
            ),
        },
      ]}
    />
  );
}
