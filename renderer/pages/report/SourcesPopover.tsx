import { LinkOutlined } from '@ant-design/icons';
import { Button, List, Popover, Spin, Tooltip, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { call } from '../../api/client';
import type { Activity } from '../../../shared/domain/activity';

/** Fetched only when shown: a report has dozens of blocks and most sources are never looked at. */
export function useActivities(ids: string[]): (Activity | null)[] | null {
  const [items, setItems] = useState<(Activity | null)[] | null>(null);
  const key = ids.join(',');
  useEffect(() => {
    let current = true;
    setItems(null);
    void Promise.all(key.split(',').filter(Boolean).map((id) => call('activities.get', { id }).catch(() => null))).then((list) => current && setItems(list));
    return () => {
      current = false;
    };
  }, [key]);
  return items;
}

interface ListProps {
  ids: string[];
  busy: boolean;
  onExclude: (activity: Activity) => void;
}

function SourceList({ ids, busy, onExclude }: ListProps) {
  const items = useActivities(ids);
  if (items === null) return <Spin size="small" />;
  return (
    <List
      size="small"
      style={{ maxWidth: 460, maxHeight: 320, overflow: 'auto' }}
      dataSource={items}
      renderItem={(a, i) => (
        <List.Item
          key={ids[i]}
          actions={
            a && !a.deletedAt
              ? [
                  <Tooltip key="exclude" title="这条台账不写进今年的报告（台账本身不变，可在右侧“已排除的活动”中恢复）">
                    <Button size="small" type="link" disabled={busy} style={{ padding: 0 }} onClick={() => onExclude(a)}>
                      不写入报告
                    </Button>
                  </Tooltip>,
                ]
              : []
          }
        >
          {a && !a.deletedAt ? (
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

interface Props {
  ids: string[];
  busy: boolean;
  onExclude: (activity: Activity) => void;
}

export function SourcesPopover({ ids, busy, onExclude }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <Popover
      open={open}
      onOpenChange={setOpen}
      trigger="click"
      title="这段文字来自以下台账"
      content={
        open ? (
          <SourceList
            ids={ids}
            busy={busy}
            onExclude={(a) => {
              setOpen(false);
              onExclude(a);
            }}
          />
        ) : null
      }
    >
      <Button size="small" type="link" icon={<LinkOutlined />} style={{ padding: 0, height: 'auto' }} onClick={(e) => e.stopPropagation()}>
        来源 {ids.length} 条
      </Button>
    </Popover>
  );
}
