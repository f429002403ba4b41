import { Alert, Button, Card, List, Space, Statistic, Switch, Typography } from 'antd';
import { call } from '../../api/client';
import { HANZI_SOFT_LIMIT, type ReportChange, type ReportView } from '../../../shared/domain/report-draft';
import { ChangesList } from './ChangesList';
import { ExcludedEntriesCard } from './ExcludedEntriesCard';
import { SetAsideEditsCard } from './SetAsideEditsCard';
import type { ReportDraft } from './useReportDraft';

interface Props {
  view: ReportView;
  draft: ReportDraft;
  changes: ReportChange[] | null;
  onGo: (key: string) => void;
}

export function ReportSidePanel({ view, draft, changes, onGo }: Props) {
  const { year } = view;
  const shown = new Set(view.document.blocks.map((b) => b.key));
  // A removed paragraph is gone from the paper, so its way back has to be here. An edit whose
  // paragraph the log no longer generates is not "removed": it has its own card.
  const removed = view.removedParagraphs;
  const omitted = view.subsections.filter((s) => s.empty && !shown.has(s.key));
  // One line per omitted subsection drowned the warnings that need work; they get their own card.
  const omittedKeys = new Set(omitted.map((s) => s.key));
  const warnings = view.warnings.filter((w) => !(w.code === 'empty-subsection' && w.key && omittedKeys.has(w.key)));
  const over = view.stats.overLimit || view.stats.hanzi > HANZI_SOFT_LIMIT;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small">
        <Statistic title="字数（汉字）" value={view.stats.hanzi} groupSeparator="," />
        {over && <Alert style={{ marginTop: 8 }} type="warning" showIcon title="超过8000字，建议精简" />}
      </Card>

      {changes && (
        <Card size="small" title="本次重新生成的变化">
          <ChangesList changes={changes} onGo={onGo} />
        </Card>
      )}

      <SetAsideEditsCard view={view} draft={draft} />
      <ExcludedEntriesCard view={view} draft={draft} />

      <Card size="small" title={`需要注意（${warnings.length}）`}>
        {warnings.length === 0 ? (
          <Typography.Text type="secondary">没有需要注意的地方。</Typography.Text>
        ) : (
          <List
            size="small"
            aria-label="需要注意"
            dataSource={warnings}
            renderItem={(w, i) => (
              <List.Item key={i} style={{ cursor: w.key ? 'pointer' : 'default', fontSize: 13 }} onClick={() => w.key && onGo(w.key)}>
                <Typography.Text>{w.message}</Typography.Text>
              </List.Item>
            )}
          />
        )}
      </Card>

      {omitted.length > 0 && (
        <Card size="small" title={`本年度没有内容、已省略的小节（${omitted.length}）`}>
          <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 8 }}>
            打开开关，报告中仍保留该小节标题。
          </Typography.Paragraph>
          {omitted.map((s) => (
            <div key={s.key} style={{ display: 'flex', gap: 8, alignItems: 'center', marginBottom: 6 }}>
              <Switch
                size="small"
                aria-label={`保留小节 ${s.heading}`}
                checked={s.keptEmpty}
                disabled={draft.busy}
                onChange={(keep) => void draft.apply(() => call('report.subsection.setKeepEmpty', { year, key: s.key, keep }))}
              />
              <Typography.Text style={{ fontSize: 13 }}>{s.heading}</Typography.Text>
            </div>
          ))}
        </Card>
      )}

      {removed.length > 0 && (
        <Card size="small" title="已删除的段落">
          {removed.map(({ key, text }) => (
            <div key={key} style={{ display: 'flex', gap: 8, alignItems: 'baseline', marginBottom: 6 }}>
              <Typography.Text type="secondary" delete style={{ fontSize: 13, flex: 1 }} ellipsis={{ tooltip: text }}>
                {text}
              </Typography.Text>
              <Button size="small" type="link" style={{ padding: 0 }} aria-label={`恢复已删除的段落：${text.slice(0, 20)}`} onClick={() => void draft.apply(() => call('report.block.revert', { year, key }), '已恢复这一段')}>
                恢复
              </Button>
            </div>
          ))}
        </Card>
      )}
    </Space>
  );
}
