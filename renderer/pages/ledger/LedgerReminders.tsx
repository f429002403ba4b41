import { Alert, Button } from 'antd';
import { useState } from 'react';
import type { PufaOccurrence } from '../../../shared/domain/pufa-days';
import type { Reminder } from '../../../shared/domain/reminder';
import { useMayCall } from '../../auth/signed-in-user';
import { useOperation } from '../../hooks/useOperation';

interface Props {
  onPufa: (day: PufaOccurrence) => void;
  onQuarterTotal: (r: Extract<Reminder, { kind: 'quarter-total' }>) => void;
  /** Changes after an entry is saved, so a reminder that no longer holds goes away. */
  version: number;
}

// Dismissed reminders stay hidden for the rest of the day; tomorrow they come back if still true.
const STORAGE_KEY = 'fazhi-ledger.dismissedReminders';

function todayKey(): string {
  const d = new Date();
  return `${d.getFullYear()}-${d.getMonth() + 1}-${d.getDate()}`;
}

function readDismissed(): string[] {
  try {
    const saved = JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? '{}') as { day?: unknown; ids?: unknown };
    return saved.day === todayKey() && Array.isArray(saved.ids) ? saved.ids.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

function writeDismissed(ids: string[]): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify({ day: todayKey(), ids: ids.slice(-50) }));
  } catch {
    // A reminder that comes back is a small nuisance, not lost data.
  }
}

/** The day's reminders above the ledger, for the roles that read them (not a 录入员 on the host). */
export function LedgerReminders(props: Props) {
  return useMayCall('reminders.list') ? <DayReminders {...props} /> : null;
}

/** Each reminder with its one-click action, each dismissible for today. */
function DayReminders({ onPufa, onQuarterTotal, version }: Props) {
  const reminders = useOperation('reminders.list', {});
  const [dismissed, setDismissed] = useState(readDismissed);
  const [seen, setSeen] = useState(version);
  if (seen !== version) {
    setSeen(version);
    reminders.reload();
  }
  const all = (reminders.data ?? []).filter((r) => !dismissed.includes(r.id));
  // One 普法日 at a time: the next one shows once this one is dismissed or past.
  const shown = all.filter((r, i) => r.kind !== 'pufa' || all.findIndex((x) => x.kind === 'pufa') === i);
  if (!shown.length) return null;
  const dismiss = (id: string) => {
    const ids = [...dismissed, id];
    setDismissed(ids);
    writeDismissed(ids);
  };
  const action = (r: Reminder) => {
    if (r.kind === 'pufa') return { label: '登记活动', run: () => onPufa(r.day) };
    if (r.kind === 'quarter-total') return { label: '登记季度汇总', run: () => onQuarterTotal(r) };
    return undefined;
  };
  return (
    <div role="region" aria-label="提醒" style={{ display: 'flex', flexDirection: 'column', gap: 8, marginBottom: 12 }}>
      {shown.map((r) => {
        const a = action(r);
        return (
          <Alert
            key={r.id}
            type={r.kind === 'idle' ? 'warning' : 'info'}
            showIcon
            banner
            role="status"
            title={
              <span>
                {r.text}
                {a && (
                  <Button type="link" size="small" onClick={a.run} style={{ marginInlineStart: 8 }}>
                    {a.label}
                  </Button>
                )}
              </span>
            }
            closable={{ onClose: () => dismiss(r.id), 'aria-label': '今天不再提醒' }}
            style={{ borderRadius: 6 }}
          />
        );
      })}
    </div>
  );
}
