import { Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { ImportRowProblem } from '../../../../shared/domain/ledger-io';

interface Props {
  title: string;
  rows: readonly ImportRowProblem[];
  tone: 'danger' | 'warning';
  /** Errors name the cell and show its text as written; duplicates are whole rows. */
  withCells?: boolean;
}

const PAGE = { pageSize: 8, hideOnSinglePage: true, size: 'small' as const, showSizeChanger: false };

const ROW: TableColumnsType<ImportRowProblem>[number] = { title: '行号', dataIndex: 'row', width: 80, render: (row: number) => `第${row}行` };
const CELL_COLUMNS: TableColumnsType<ImportRowProblem> = [
  { title: '列', dataIndex: 'column', width: 130, ellipsis: true, render: (c?: string) => c ?? '—' },
  {
    title: '原文',
    dataIndex: 'text',
    width: 170,
    ellipsis: { showTitle: true },
    render: (t?: string) => (t === undefined ? '—' : <Typography.Text type="danger">{t === '' ? '（空）' : t}</Typography.Text>),
  },
];
const REASON: TableColumnsType<ImportRowProblem>[number] = { title: '原因', dataIndex: 'message' };

/** Rows that will not be imported, and why. */
export function ImportProblemTable({ title, rows, tone, withCells = false }: Props) {
  if (rows.length === 0) return null;
  return (
    <section aria-label={title} style={{ marginTop: 16 }}>
      <Typography.Text strong type={tone}>
        {title}（{rows.length}行）
      </Typography.Text>
      <Table<ImportRowProblem>
        rowKey={(p) => `${p.row}-${p.message}`}
        size="small"
        style={{ marginTop: 6 }}
        columns={withCells ? [ROW, ...CELL_COLUMNS, REASON] : [ROW, REASON]}
        dataSource={rows as ImportRowProblem[]}
        pagination={PAGE}
      />
    </section>
  );
}
