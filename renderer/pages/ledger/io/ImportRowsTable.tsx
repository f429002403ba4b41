import { Checkbox, Flex, Select, Table, Tag, theme, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { Category } from '../../../../shared/domain/category';
import type { ImportRowView } from '../../../../shared/domain/ledger-io';
import type { RowCategories } from './import-choices';

interface Props {
  rows: readonly ImportRowView[];
  categories: readonly Category[];
  picked: RowCategories;
  /** Rows still without a category, after the user's picks. */
  needsCategory: number;
  onPick: (row: number, categoryId: number) => void;
}

const PAGE_SIZES = [10, 20, 50, 100];

/**
 * Every row that will be added, with its category changeable. A pick only changes local state (a
 * sheet may have 10,000 rows): it is sent with the next preview and with the import.
 */
export function ImportRowsTable({ rows, categories, picked, needsCategory, onPick }: Props) {
  const { token } = theme.useToken();
  const [onlyMissing, setOnlyMissing] = useState(false);
  const [page, setPage] = useState({ current: 1, pageSize: 10 });
  const options = useMemo(() => categories.filter((c) => !c.hidden).map((c) => ({ value: c.id, label: c.name })), [categories]);
  const missing = useMemo(() => rows.filter((r) => r.categoryId === null), [rows]);
  const shown = onlyMissing && missing.length > 0 ? missing : rows;
  if (rows.length === 0) return null;

  return (
    <section aria-label="将导入的行" style={{ marginTop: 16 }}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Text strong>将导入的行（{rows.length}行）</Typography.Text>
        {missing.length > 0 && (
          <Flex align="center" gap={12}>
            {needsCategory > 0 ? (
              <Typography.Text type="warning" role="note">
                还有 {needsCategory} 行需要选择类别
              </Typography.Text>
            ) : (
              <Typography.Text type="success">每一行都有类别了</Typography.Text>
            )}
            <Checkbox
              checked={onlyMissing}
              onChange={(e) => {
                setOnlyMissing(e.target.checked);
                setPage((p) => ({ ...p, current: 1 }));
              }}
            >
              只看原来没有类别的行
            </Checkbox>
          </Flex>
        )}
      </Flex>
      <Table<ImportRowView>
        rowKey="row"
        size="small"
        style={{ marginTop: 6 }}
        dataSource={shown as ImportRowView[]}
        pagination={{
          ...page,
          size: 'small',
          hideOnSinglePage: true,
          showSizeChanger: shown.length > PAGE_SIZES[0]!,
          pageSizeOptions: PAGE_SIZES,
          showTotal: (total) => `共${total}行`,
          onChange: (current, pageSize) => setPage({ current, pageSize }),
        }}
        onRow={(r) => (r.categoryId === null && !picked.has(r.row) ? { style: { background: token.colorWarningBg } } : {})}
        columns={[
          { title: '行号', dataIndex: 'row', width: 80, render: (row: number) => `第${row}行` },
          { title: '日期', dataIndex: 'date', width: 170 },
          { title: '事项标题', dataIndex: 'title', ellipsis: { showTitle: true } },
          {
            title: '类别',
            key: 'category',
            width: 270,
            render: (_: unknown, r) => {
              const chosen = picked.get(r.row);
              const value = chosen ?? r.categoryId ?? undefined;
              return (
                <Flex align="center" gap={6}>
                  <Select<number>
                    aria-label={`第${r.row}行的类别`}
                    size="small"
                    style={{ flex: 1, minWidth: 0 }}
                    placeholder="请选择类别"
                    status={value === undefined ? 'warning' : undefined}
                    value={value}
                    options={options}
                    showSearch={{ optionFilterProp: 'label' }}
                    onChange={(id) => onPick(r.row, id)}
                  />
                  {chosen === undefined && r.categoryFrom === 'title' && (
                    <Tag color="gold" style={{ marginInlineEnd: 0 }} title="按标题中的词推测的类别，请核对">
                      推测
                    </Tag>
                  )}
                </Flex>
              );
            },
          },
        ]}
      />
    </section>
  );
}
