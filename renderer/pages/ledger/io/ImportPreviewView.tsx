import { Alert, Descriptions, Table, Typography } from 'antd';
import type { ImportPreview, ImportRowProblem } from '../../../../shared/domain/ledger-io';

interface Props {
  preview: ImportPreview;
}

const ROW_PAGE = { pageSize: 8, hideOnSinglePage: true, size: 'small' as const };
const rowColumn = { title: '行号', dataIndex: 'row', width: 90, render: (row: number) => `第${row}行` };

function ProblemTable({ title, rows, tone }: { title: string; rows: ImportRowProblem[]; tone: 'danger' | 'warning' }) {
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
        columns={[rowColumn, { title: '原因', dataIndex: 'message' }]}
        dataSource={rows}
        pagination={ROW_PAGE}
      />
    </section>
  );
}

const n = (value: number, color?: string) => <Typography.Text strong style={color && value > 0 ? { color } : undefined}>{value}</Typography.Text>;

/** What the import would do, before anything is written. */
export function ImportPreviewView({ preview: p }: Props) {
  return (
    <>
      <Descriptions
        size="small"
        column={2}
        items={[
          { key: 'file', label: '文件', children: p.fileName },
          { key: 'sheet', label: '工作表', children: p.sheetName || '—' },
        ]}
      />
      <div role="status" style={{ fontSize: 15, margin: '8px 0 4px' }}>
        共{n(p.totalRows)}行，可导入{n(p.readyCount, '#237804')}行，重复{n(p.duplicates.length, '#ad6800')}行，有错误{n(p.errors.length, '#cf1322')}行
      </div>
      {p.ignoredColumns.length > 0 && (
        <Alert type="info" showIcon style={{ marginTop: 8 }} title={`这些列没有识别，不会导入：${p.ignoredColumns.join('、')}`} />
      )}
      <ProblemTable title="有错误的行（不会导入）" rows={p.errors} tone="danger" />
      <ProblemTable title="重复的行（台账中已有，不会再导入）" rows={p.duplicates} tone="warning" />
      {p.sample.length > 0 && (
        <section aria-label="将导入的行" style={{ marginTop: 16 }}>
          <Typography.Text strong>将导入的行{p.readyCount > p.sample.length ? `（前${p.sample.length}行）` : ''}</Typography.Text>
          <Table
            rowKey="row"
            size="small"
            style={{ marginTop: 6 }}
            columns={[
              rowColumn,
              { title: '日期', dataIndex: 'date', width: 110 },
              { title: '类别', dataIndex: 'categoryName', width: 170, ellipsis: true },
              { title: '事项标题', dataIndex: 'title', ellipsis: true },
            ]}
            dataSource={p.sample}
            pagination={false}
          />
        </section>
      )}
    </>
  );
}
