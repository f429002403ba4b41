import { Alert, Button, Empty, Spin, Tag, Timeline, Tooltip, Typography } from 'antd';
import type { HistoryAction, HistoryChanges, HistoryEntry, HistoryField } from '../../../../shared/domain/history';
import { HISTORY_ACTION_NAMES, HISTORY_FIELD_LABELS, HISTORY_FIELDS } from '../../../../shared/domain/history';
import { useOperation } from '../../../hooks/useOperation';
import { historyValueText, localTime, shortened } from './history-text';

interface Props {
  activityId: string;
}

const COLORS: Record<HistoryAction, string> = {
  create: 'green',
  import: 'green',
  update: 'blue',
  delete: 'red',
  restore: 'green',
  purge: 'red',
  merge: 'purple',
};

function changedFields(changes: HistoryChanges): HistoryField[] {
  return HISTORY_FIELDS.filter((f) => f in changes);
}

function Value({ field, value, old }: { field: HistoryField; value: unknown; old?: boolean }) {
  const text = historyValueText(field, value);
  const short = shortened(text);
  const style = old ? { color: 'rgba(0,0,0,0.45)' } : { color: 'rgba(0,0,0,0.88)' };
  return short === text ? <span style={style}>{text}</span> : <Tooltip title={text}><span style={style}>{short}</span></Tooltip>;
}

function UpdateLines({ changes }: { changes: HistoryChanges }) {
  return (
    <ul style={{ margin: '4px 0 0', paddingInlineStart: 18 }}>
      {changedFields(changes).map((f) => {
        const [before, after] = changes[f] as [unknown, unknown];
        return (
          <li key={f} style={{ marginBottom: 2 }}>
            {HISTORY_FIELD_LABELS[f]}：<Value field={f} value={before} old /> → <Value field={f} value={after} />
          </li>
        );
      })}
    </ul>
  );
}

function Item({ entry }: { entry: HistoryEntry }) {
  const filled = entry.action === 'create' || entry.action === 'import' ? changedFields(entry.changes) : [];
  return (
    <article aria-label={`${HISTORY_ACTION_NAMES[entry.action]} ${localTime(entry.at)}`}>
      <div>
        <Tag color={COLORS[entry.action]} style={{ marginInlineEnd: 8 }}>
          {HISTORY_ACTION_NAMES[entry.action]}
        </Tag>
        <Typography.Text type="secondary">
          {localTime(entry.at)}
          {entry.operator ? ` · 操作人：${entry.operator}` : ''}
        </Typography.Text>
      </div>
      {(entry.action === 'update' || entry.action === 'merge') && <UpdateLines changes={entry.changes} />}
      {filled.length > 0 && (
        <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
          填写了：{filled.map((f) => HISTORY_FIELD_LABELS[f]).join('、')}
        </Typography.Paragraph>
      )}
      {entry.note && <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>{entry.note}</Typography.Paragraph>}
    </article>
  );
}

/** Who changed what and when, newest first: the answer to "who changed this number". */
export function HistoryTimeline({ activityId }: Props) {
  const history = useOperation('activities.history', { id: activityId });
  if (history.error) return <Alert type="error" showIcon title={history.error.message} action={<Button onClick={history.reload}>重试</Button>} />;
  if (!history.data) return <Spin style={{ display: 'block', margin: 24 }} />;
  if (history.data.length === 0) return <Empty description="还没有修改记录" />;
  const unsigned = history.data.some((e) => !e.operator);
  return (
    <>
      {unsigned && (
        <Alert
          type="info"
          showIcon
          title="在“设置”中填写操作人姓名后，之后的每次修改都会记下是谁改的。"
          style={{ marginBottom: 16 }}
        />
      )}
      <Timeline items={history.data.map((e) => ({ key: e.id, color: COLORS[e.action], content: <Item entry={e} /> }))} />
    </>
  );
}
