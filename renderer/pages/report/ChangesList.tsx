import { List, Tag, Typography } from 'antd';
import type { ReportChange } from '../../../shared/domain/report-draft';

const KIND: Record<ReportChange['kind'], { label: string; color: string }> = {
  added: { label: '新增', color: 'green' },
  removed: { label: '删除', color: 'red' },
  changed: { label: '已更新', color: 'blue' },
  'kept-edit': { label: '保留了您的修改（台账已变化）', color: 'orange' },
};

function clip(s: string | undefined): string {
  if (!s) return '';
  return s.length > 60 ? `${s.slice(0, 60)}……` : s;
}

export function ChangesList({ changes, onGo }: { changes: ReportChange[]; onGo: (key: string) => void }) {
  if (changes.length === 0) return <Typography.Text type="secondary">与上次生成相比没有变化。</Typography.Text>;
  return (
    <List
      size="small"
      aria-label="本次重新生成的变化"
      dataSource={changes}
      renderItem={(c) => (
        <List.Item key={`${c.kind}-${c.key}`} style={{ cursor: c.kind === 'removed' ? 'default' : 'pointer', display: 'block' }} onClick={() => c.kind !== 'removed' && onGo(c.key)}>
          <Tag color={c.edited ? 'orange' : KIND[c.kind].color}>{c.edited ? '您修改过的段落已移出报告' : KIND[c.kind].label}</Tag>
          <Typography.Text style={{ fontSize: 13 }}>{clip(c.kind === 'removed' ? c.before : (c.after ?? c.before))}</Typography.Text>
          {c.edited && (
            <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '4px 0 0' }}>
              原段落对应的台账已删除或已排除出报告。您的修改已保留，见下方“暂未写入报告的修改”。
            </Typography.Paragraph>
          )}
          {c.kind === 'kept-edit' && (
            <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '4px 0 0' }}>
              以上是台账现在生成的原文；报告中仍是您修改的文字，请核对。要改用原文，点这一段的“恢复原文”。
            </Typography.Paragraph>
          )}
        </List.Item>
      )}
    />
  );
}
