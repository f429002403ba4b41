import { Button, Card, Popconfirm, Typography } from 'antd';
import { call } from '../../api/client';
import type { ReportView } from '../../../shared/domain/report-draft';
import type { ReportDraft } from './useReportDraft';

/**
 * Edits whose paragraph is no longer generated (its entries deleted or excluded). They are not lost:
 * the paragraph comes back with its entries, and the edit with it. Until then the user can copy the
 * text out or let it go.
 */
export function SetAsideEditsCard({ view, draft }: { view: ReportView; draft: ReportDraft }) {
  if (view.setAsideEdits.length === 0) return null;
  return (
    <Card size="small" title={`暂未写入报告的修改（${view.setAsideEdits.length}）`}>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 8 }}>
        您修改过的这些段落，对应的台账已删除或已排除出报告，所以报告中不再有这一段。您的修改仍然保存着：台账恢复后，这一段会连同您的修改回到报告中。
      </Typography.Paragraph>
      {view.setAsideEdits.map((e) => (
        <div key={e.key} aria-label="暂未写入报告的修改" style={{ borderLeft: '3px solid #faad14', paddingLeft: 8, marginBottom: 8 }}>
          <Typography.Paragraph style={{ fontSize: 13, marginBottom: 2 }} ellipsis={{ rows: 3, expandable: true, symbol: '展开' }} copyable={{ text: e.text, tooltips: ['复制这段文字', '已复制'] }}>
            {e.text}
          </Typography.Paragraph>
          <Popconfirm title="丢弃这段修改？" description="丢弃后不能恢复。" okText="丢弃" okButtonProps={{ danger: true }} cancelText="取消" onConfirm={() => void draft.apply(() => call('report.block.revert', { year: view.year, key: e.key }), '已丢弃这段修改')}>
            <Button size="small" type="link" danger style={{ padding: 0 }}>
              丢弃修改
            </Button>
          </Popconfirm>
        </div>
      ))}
    </Card>
  );
}
