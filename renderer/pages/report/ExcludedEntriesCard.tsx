import { Button, Card, List, Spin, Typography } from 'antd';
import { call } from '../../api/client';
import { listDateText } from '../../../shared/domain/entry-date-text';
import type { ReportView } from '../../../shared/domain/report-draft';
import { useActivities } from './SourcesPopover';
import type { ReportDraft } from './useReportDraft';

/** Entries the user chose to leave out of this year's report, each one click from coming back. */
export function ExcludedEntriesCard({ view, draft }: { view: ReportView; draft: ReportDraft }) {
  const ids = view.choices.excluded;
  const items = useActivities(ids);
  if (ids.length === 0) return null;
  return (
    <Card size="small" title={`已排除的活动（${ids.length}）`}>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 4 }}>
        这些台账不写进{view.year}年度报告，台账本身没有改动。
      </Typography.Paragraph>
      {items === null ? (
        <Spin size="small" />
      ) : (
        <List
          size="small"
          aria-label="已排除的活动"
          dataSource={ids.map((id, i) => ({ id, activity: items[i] ?? null }))}
          renderItem={({ id, activity }) => (
            <List.Item
              key={id}
              style={{ paddingInline: 0 }}
              actions={[
                <Button
                  key="restore"
                  size="small"
                  type="link"
                  disabled={draft.busy}
                  style={{ padding: 0 }}
                  onClick={() =>
                    void draft.apply(() => call('report.entry.exclude', { year: view.year, activityId: id, excluded: false }), activity ? `“${activity.title}”已重新写入报告` : '已恢复', true)
                  }
                >
                  恢复
                </Button>,
              ]}
            >
              {activity && !activity.deletedAt ? (
                <Typography.Text style={{ fontSize: 13 }}>
                  <Typography.Text type="secondary">{listDateText(activity)}</Typography.Text> {activity.title}
                </Typography.Text>
              ) : (
                <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                  （这条台账已删除）
                </Typography.Text>
              )}
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
