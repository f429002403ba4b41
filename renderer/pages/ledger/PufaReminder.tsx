import { Alert, Button } from 'antd';
import { useState } from 'react';
import type { PufaOccurrence } from '../../../shared/domain/pufa-days';
import { useOperation } from '../../hooks/useOperation';

interface Props {
  onRegister: (day: PufaOccurrence) => void;
}

// Once dismissed, a day stays dismissed for that year; next year it is worth a reminder again.
const STORAGE_KEY = 'fazhi-ledger.dismissedPufaDays';
const LOOK_AHEAD_DAYS = 14;

function readDismissed(): string[] {
  try {
    const list: unknown = JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? '[]');
    return Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

function writeDismissed(list: string[]): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(list.slice(-50)));
  } catch {
    // A reminder that comes back is a small nuisance, not lost data.
  }
}

const idOf = (d: PufaOccurrence) => `${d.key}@${d.date}`;

export function reminderText(d: PufaOccurrence): string {
  const month = Number(d.date.slice(5, 7));
  const day = Number(d.date.slice(8, 10));
  if (d.day === null) return d.daysUntil === 0 ? `${month}月是${d.name}，正在进行` : `${month}月是${d.name}，还有${d.daysUntil}天开始`;
  if (d.daysUntil === 0) return `今天（${month}月${day}日）是${d.name}`;
  return `${month}月${day}日 ${d.name} 还有${d.daysUntil}天`;
}

/** The next 普法 day, so its activity is planned and logged, with a one-click form for it. */
export function PufaReminder({ onRegister }: Props) {
  const upcoming = useOperation('calendar.upcoming', { days: LOOK_AHEAD_DAYS });
  const [dismissed, setDismissed] = useState(readDismissed);
  const next = (upcoming.data ?? []).find((d) => !dismissed.includes(idOf(d)));
  if (!next) return null;
  const dismiss = () => {
    const list = [...dismissed, idOf(next)];
    setDismissed(list);
    writeDismissed(list);
  };
  return (
    <Alert
      type="info"
      showIcon
      banner
      role="status"
      title={
        <span>
          普法日提醒：{reminderText(next)}
          <Button type="link" size="small" onClick={() => onRegister(next)} style={{ marginInlineStart: 8 }}>
            登记活动
          </Button>
        </span>
      }
      closable={{ onClose: dismiss, 'aria-label': '不再提醒' }}
      style={{ marginBottom: 12, borderRadius: 6 }}
    />
  );
}
