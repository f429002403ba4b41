import { CopyOutlined, DeleteOutlined, DownloadOutlined, EditOutlined } from '@ant-design/icons';
import { Button, List, Popconfirm, Space, Tag, Tooltip, Typography } from 'antd';
import type { ReportTemplateSummary } from '../../../../shared/domain/report-template';

interface Props {
  template: ReportTemplateSummary;
  /** The template chosen in the toolbar. */
  selected: boolean;
  busy: boolean;
  onCopy: () => void;
  onEdit: () => void;
  onExport: () => void;
  onDelete: () => void;
  onUse: () => void;
}

function usedBy(years: number[]): string {
  return years.map((y) => `${y}年度`).join('、');
}

export function TemplateListItem({ template: t, selected, busy, onCopy, onEdit, onExport, onDelete, onUse }: Props) {
  const deleteNote = t.usedByYears.length
    ? `${usedBy(t.usedByYears)}的报告是用它生成的。报告和您的修改都会保留，但以后重新生成时需要另选模板。`
    : '删除后不能恢复；如以后还要用，可先导出为文件。';
  return (
    <List.Item
      aria-label={`模板 ${t.name}`}
      actions={[
        <Button key="copy" size="small" icon={<CopyOutlined />} onClick={onCopy}>
          复制
        </Button>,
        t.builtin ? (
          <Tooltip key="edit" title="内置模板不能修改，请复制一份后修改副本">
            <Button size="small" icon={<EditOutlined />} disabled>
              编辑
            </Button>
          </Tooltip>
        ) : (
          <Button key="edit" size="small" icon={<EditOutlined />} onClick={onEdit}>
            编辑
          </Button>
        ),
        <Button key="export" size="small" icon={<DownloadOutlined />} disabled={busy} onClick={onExport}>
          导出
        </Button>,
        t.builtin ? null : (
          <Popconfirm key="delete" title={`删除模板“${t.name}”？`} description={<div style={{ maxWidth: 320 }}>{deleteNote}</div>} okText="删除" okButtonProps={{ danger: true }} cancelText="取消" onConfirm={onDelete}>
            <Button size="small" danger icon={<DeleteOutlined />}>
              删除
            </Button>
          </Popconfirm>
        ),
      ].filter(Boolean)}
    >
      <List.Item.Meta
        title={
          <Space size={6} wrap>
            <span>{t.name}</span>
            {t.builtin ? <Tag color="blue">内置</Tag> : <Tag>自建·第{t.version}版</Tag>}
            {selected ? (
              <Tag color="green">当前选用</Tag>
            ) : (
              <Button size="small" type="link" style={{ padding: 0 }} onClick={onUse}>
                选用
              </Button>
            )}
          </Space>
        }
        description={
          <>
            {t.description && <div>{t.description}</div>}
            {t.usedByYears.length > 0 && <Typography.Text type="secondary" style={{ fontSize: 12 }}>已用于{usedBy(t.usedByYears)}报告</Typography.Text>}
          </>
        }
      />
    </List.Item>
  );
}
