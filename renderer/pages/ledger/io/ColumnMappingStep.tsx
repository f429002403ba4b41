import { Alert, Flex, Table, Tag, Typography } from 'antd';
import type { ImportColumn, ImportPreview } from '../../../../shared/domain/ledger-io';
import type { ColumnTarget } from '../../../../shared/import/column-target';
import { ColumnTargetSelect } from './ColumnTargetSelect';
import { MATCH_TAGS } from './column-target-options';
import { MappingFileActions } from './MappingFileActions';

interface Props {
  preview: ImportPreview;
  busy: boolean;
  onTarget: (index: number, target: ColumnTarget) => void;
  onExport: () => void;
  onMappingFile: (text: string) => void;
}

const FROM_NOTE: Partial<Record<ImportPreview['mappingFrom'], string>> = {
  remembered: '已使用上次导入同样表头时的对应关系，请核对。',
  file: '已按所选的对应关系文件对应各列，请核对。',
  auto: '已按列名自动对应，请核对；不对的可以在右边改。',
};

/** 对应列: what each column of the unit's own sheet becomes in the ledger. */
export function ColumnMappingStep({ preview: p, busy, onTarget, onExport, onMappingFile }: Props) {
  const note = FROM_NOTE[p.mappingFrom];
  return (
    <section aria-label="对应列" style={{ marginTop: 12 }}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Text strong>对应列{p.columns.length ? `（${p.columns.length}列）` : ''}</Typography.Text>
        <MappingFileActions canExport={p.columns.length > 0} busy={busy} onExport={onExport} onFile={onMappingFile} />
      </Flex>
      {p.mappingProblem && <Alert type="error" showIcon style={{ marginTop: 8 }} title={p.mappingProblem} />}
      {note && p.columns.length > 0 && (
        <Typography.Paragraph type="secondary" style={{ margin: '6px 0 0' }}>
          {note}
        </Typography.Paragraph>
      )}
      {p.columns.length > 0 && (
        <Table<ImportColumn>
          rowKey="index"
          size="small"
          style={{ marginTop: 6 }}
          pagination={false}
          scroll={p.columns.length > 8 ? { y: 330 } : undefined}
          dataSource={p.columns}
          columns={[
            {
              title: '表格中的列',
              dataIndex: 'header',
              width: 200,
              ellipsis: true,
              render: (header: string, c) => header || <Typography.Text type="secondary">（第{c.index + 1}列，无表头）</Typography.Text>,
            },
            {
              title: '内容示例',
              dataIndex: 'samples',
              ellipsis: true,
              render: (samples: string[]) =>
                samples.length ? (
                  <Typography.Text type="secondary" title={samples.join('\n')}>
                    {samples.join(' ｜ ')}
                  </Typography.Text>
                ) : (
                  <Typography.Text type="secondary">（空）</Typography.Text>
                ),
            },
            {
              title: '导入为',
              key: 'target',
              width: 250,
              render: (_: unknown, c) => <ColumnTargetSelect column={c} columns={p.columns} disabled={busy} onChange={(t) => onTarget(c.index, t)} />,
            },
            {
              title: '识别方式',
              dataIndex: 'matchedBy',
              width: 110,
              render: (m: ImportColumn['matchedBy']) => (
                <Tag color={MATCH_TAGS[m].color} style={{ marginInlineEnd: 0 }}>
                  {MATCH_TAGS[m].text}
                </Tag>
              ),
            },
          ]}
        />
      )}
    </section>
  );
}
