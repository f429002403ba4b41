import { LinkOutlined } from '@ant-design/icons';
import { Button, List, Popover, Tooltip, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { call } from '../../api/client';
import type { Activity } from '../../../shared/domain/activity';
import { listDateText } from '../../../shared/domain/entry-date-text';

/**
 * Fetched only when shown: a report has dozens of blocks and most sources are never looked at.
 * Null until the list for exactly these ids has arrived, never an earlier list.
 */
export function useActivities(ids: string[]): (Activity | null)[] | null {
  const [loaded, setLoaded] = useState<{ key: string; items: (Activity | null)[] }>({ key: '', items: [] });
  const key = ids.join(',');
  useEffect(() => {
    let current = true;
    void Promise.all(key.split(',').filter(Boolean).map((id) => call('activities.get', { id }).catch(() => null))).then(
      (items) => current && setLoaded({ key, items }),
    );
    return () => {
      current = false;
    };
  }, [key]);
  return loaded.key === key ? loaded.items : null;
}

interface ListProps {
  ids: string[];
  items: (Activity | null)[];
  /** Entries whose sentence in this block the report composed from their fields. */
  composed: readonly string[];
  busy: boolean;
  onExclude: (activity: Activity) => void;
  onAdopt: (activity: Activity) => void;
}

/** Only an entry that still has no summary: one the user has written since is theirs, not to be replaced. */
function adoptable(a: Activity, composed: readonly string[]): boolean {
  return composed.includes(a.id) && !a.summary.trim();
}

function SourceList({ ids, items, composed, busy, onExclude, onAdopt }: ListProps) {
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
                  ...(adoptable(a, composed)
                    ? [
                        <Tooltip key="adopt" title="把自动写成的句子存为这条台账的内容摘要，之后可在台账中修改">
                          <Button size="small" type="link" disabled={busy} style={{ padding: 0 }} onClick={() => onAdopt(a)}>
                            采用为内容摘要
                          </Button>
                        </Tooltip>,
                      ]
                    : []),
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
              <Typography.Text type="secondary">{listDateText(a)}</Typography.Text> {a.title}
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
  /** Entries whose sentence in this block the report composed (no 内容摘要): they can adopt it. */
  composed: readonly string[];
  busy: boolean;
  onExclude: (activity: Activity) => void;
  onAdopt: (activity: Activity) => void;
}

// Opens only once its list has arrived: a popover that grows after opening is re-aligned, and
// "不写入报告" would move from under the pointer just as it is clicked.
export function SourcesPopover({ ids, composed, busy, onExclude, onAdopt }: Props) {
  const [wanted, setWanted] = useState(false);
  const items = useActivities(wanted ? ids : []);
  const open = wanted && items !== null;
  return (
    <Popover
      open={open}
      onOpenChange={setWanted}
      trigger="click"
      title="这段文字来自以下台账"
      content={
        open && items ? (
          <SourceList
            ids={ids}
            items={items}
            composed={composed}
            busy={busy}
            onExclude={(a) => {
              setWanted(false);
              onExclude(a);
            }}
            onAdopt={(a) => {
              setWanted(false);
              onAdopt(a);
            }}
          />
        ) : null
      }
    >
      <Button size="small" type="link" icon={<LinkOutlined />} loading={wanted && items === null} style={{ padding: 0, height: 'auto' }} onClick={(e) => e.stopPropagation()}>
        来源 {ids.length} 条
      </Button>
    </Popover>
  );
}
