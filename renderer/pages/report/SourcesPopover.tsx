import { LinkOutlined } from '@ant-design/icons';
import { Button, List, Popover, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { call } from '../../api/client';
import type { Activity } from '../../../shared/domain/activity';

// Fetched only when opened: a report has dozens of blocks and most sources are never looked at.
function SourceList({ ids }: { ids: string[] }) {
  const [items, setItems] = useState<(Activity | null)[] | null>(null);
  useEffect(() => {
    let current = true;
    void Promise.all(ids.map((id) => call('activities.get', { id }).catch(() => null))).then((list) => current && setItems(list));
    return () => {
      current = false;
    };
  }, [ids]);
  if (items === null) return <Spin size="small" />;
  return (
    <List
      size="small"
      style={{ maxWidth: 420, maxHeight: 320, overflow: 'auto' }}
      dataSource={items}
      renderItem={(a, i) => (
        <List.Item key={ids[i]}>
          {a ? (
            <span>
              <Typography.Text type="secondary">{a.date}</Typography.Text> {a.title}
            </span>
          ) : (
            <Typography.Text type="secondary">（这条台账已删除）</Typography.Text>
          )}
        </List.Item>
      )}
      footer={<a href="#/ledger">到台账查看、修改 →</a>}
    />
  );
}

export function SourcesPopover({ ids }: { ids: string[] }) {
  const [open, setOpen] = useState(false);
  return (
    <Popover open={open} onOpenChange={setOpen} trigger="click" title="这段文字来自以下台账" content={open ? <SourceList ids={ids} /> : null}>
      <Button size="small" type="link" icon={<LinkOutlined />} style={{ padding: 0, height: 'auto' }} onClick={(e) => e.stopPropagation()}>
        来源 {ids.length} 条
      </Button>
    </Popover>
  );
}
