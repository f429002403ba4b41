import { Button, Input, Popconfirm, Space } from 'antd';
import { useState } from 'react';

interface Props {
  initial: string;
  /** Shown before the box: automatic numbers ("1.") are not the user's to edit. */
  number?: string | undefined;
  saving: boolean;
  onSave: (text: string) => void;
  onCancel: () => void;
  onRemove: () => void;
}

export function BlockEditor({ initial, number, saving, onSave, onCancel, onRemove }: Props) {
  const [text, setText] = useState(initial);
  const unchanged = text.trim() === initial.trim();
  return (
    <div onClick={(e) => e.stopPropagation()} style={{ textIndent: 0, margin: '4px 0 8px' }}>
      {number && <div style={{ fontSize: 13, color: '#888' }}>编号“{number}”自动生成，不用输入</div>}
      <Input.TextArea
        aria-label="段落文字"
        autoFocus
        value={text}
        onChange={(e) => setText(e.target.value)}
        autoSize={{ minRows: 3, maxRows: 16 }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') onCancel();
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && !unchanged && text.trim()) onSave(text);
        }}
      />
      <Space style={{ marginTop: 6 }}>
        <Button type="primary" size="small" loading={saving} disabled={unchanged || !text.trim()} onClick={() => onSave(text)}>
          保存
        </Button>
        <Button size="small" onClick={onCancel}>
          取消
        </Button>
        <Popconfirm title="删除这一段？" description="删除后可在右侧“已删除的段落”中恢复。" okText="删除" cancelText="不删" onConfirm={onRemove}>
          <Button size="small" danger type="text">
            删除本段
          </Button>
        </Popconfirm>
      </Space>
    </div>
  );
}
