import { Input, List, Segmented, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { listDateText } from '../../../shared/domain/entry-date-text';
import type { PlanItem, PlanStatus } from '../../../shared/domain/plan-item';
import { PLAN_NOTE_MAX, PLAN_STATUS_LABELS, PLAN_STATUSES } from '../../../shared/domain/plan-item';
import { deepLinkHash } from '../../../shared/navigation/deep-links';
import { EntryPicker } from './EntryPicker';

interface Props {
  item: PlanItem;
  onStatus: (status: PlanStatus, note: string) => void;
  onLink: (activityId: string) => void;
  onUnlink: (activityId: string) => void;
}

export function PlanItemRow({ item, onStatus, onLink, onUnlink }: Props) {
  const [note, setNote] = useState(item.note);
  const label = `第${item.position}项`;
  return (
    <List.Item>
      <Space orientation="vertical" size={6} style={{ width: '100%' }} aria-label={`上年度安排${label}`}>
        <Typography.Text>
          {item.position}. {item.text}
        </Typography.Text>
        <Space wrap>
          <Segmented
            aria-label={`${label}落实情况`}
            size="small"
            value={item.status}
            options={PLAN_STATUSES.map((s) => ({ value: s, label: PLAN_STATUS_LABELS[s] }))}
            onChange={(s) => onStatus(s, note)}
          />
          <Input
            aria-label={`${label}说明`}
            size="small"
            placeholder="说明（如：未开展的原因）"
            maxLength={PLAN_NOTE_MAX}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            onBlur={() => note !== item.note && onStatus(item.status, note)}
            style={{ width: 280 }}
          />
        </Space>
        <Space wrap size={[4, 4]}>
          {item.entries.map((e) => (
            <Tag key={e.id} closable closeIcon={<span aria-label={`取消关联“${e.title}”`}>×</span>} onClose={() => onUnlink(e.id)}>
              <a href={deepLinkHash({ to: 'entry', id: e.id })}>
                {listDateText(e)} {e.title}
              </a>
            </Tag>
          ))}
          {item.entries.length === 0 && <Typography.Text type="secondary">还没有关联台账</Typography.Text>}
        </Space>
        <EntryPicker year={item.year} exclude={item.entries.map((e) => e.id)} label={`${label}关联台账`} onPick={onLink} />
      </Space>
    </List.Item>
  );
}
