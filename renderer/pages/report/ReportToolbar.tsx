import { EditOutlined, ProfileOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Select, Space, Switch, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { ReportTemplateSummary } from '../../../shared/domain/report-template';
import { useSignedInUser } from '../../auth/signed-in-user';
import { yearChoices } from './report-year';
import { YearLockControl } from './YearLockControl';

interface Props {
  year: number;
  onYear: (year: number) => void;
  templates: ReportTemplateSummary[] | undefined;
  templateId: number | undefined;
  onTemplate: (id: number) => void;
  hasDraft: boolean;
  busy: boolean;
  onAssemble: () => void;
  onNarrative: () => void;
  onManageTemplates: () => void;
  assembledAt: string | undefined;
  downloads: ReactNode;
  /**
   * Host mode: the report is written from 已审核 entries unless this is on (a first look before
   * review is done). Shown only when the page passes the handler.
   */
  includeUnreviewed?: boolean;
  onIncludeUnreviewed?: (include: boolean) => void;
}

function when(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString('zh-CN', { hour12: false });
}

export function ReportToolbar(p: Props) {
  const hostMode = useSignedInUser() !== null;
  return (
    <Space wrap size="middle" style={{ width: '100%', justifyContent: 'space-between' }}>
      <Space wrap>
        <Select
          aria-label="年度"
          value={p.year}
          onChange={p.onYear}
          style={{ width: 110 }}
          options={yearChoices().map((y) => ({ value: y, label: `${y}年度` }))}
        />
        <Select
          aria-label="报告模板"
          placeholder="选择模板"
          value={p.templateId}
          onChange={p.onTemplate}
          loading={!p.templates}
          style={{ width: 260 }}
          options={(p.templates ?? []).map((t) => ({ value: t.id, label: t.name, title: t.description }))}
        />
        <Button icon={<ProfileOutlined />} onClick={p.onManageTemplates}>
          管理模板
        </Button>
        <Button type="primary" icon={<ReloadOutlined />} loading={p.busy} disabled={p.templateId === undefined} onClick={p.onAssemble}>
          {p.hasDraft ? '重新生成' : '生成报告'}
        </Button>
        <Button icon={<EditOutlined />} onClick={p.onNarrative}>
          填写年度材料（不足、安排等）
        </Button>
        {hostMode && p.onIncludeUnreviewed && (
          <Space size={6}>
            <Switch size="small" aria-label="包含未审核的台账（草稿）" checked={p.includeUnreviewed ?? false} onChange={p.onIncludeUnreviewed} />
            <Typography.Text>包含未审核的台账（草稿）</Typography.Text>
          </Space>
        )}
        <YearLockControl year={p.year} />
      </Space>
      <Space wrap>
        {p.assembledAt && <Typography.Text type="secondary">上次生成：{when(p.assembledAt)}</Typography.Text>}
        {p.downloads}
      </Space>
    </Space>
  );
}
