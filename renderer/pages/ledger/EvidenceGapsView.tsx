import { CheckCircleOutlined } from '@ant-design/icons';
import { useEffect, useRef } from 'react';
import type { TableColumnsType } from 'antd';
import { Alert, Button, Result, Table, Tag, Typography } from 'antd';
import { listDateText } from '../../../shared/domain/entry-date-text';
import type { EvidenceGap } from '../../../shared/domain/evidence-rules';
import { useOperation } from '../../hooks/useOperation';

interface Props {
  year: number;
  categoryId: number | undefined;
  /** Changes after evidence was added anywhere, so the list follows. */
  version: number;
  onSupplement: (activityId: string) => void;
}

function columns(onSupplement: (id: string) => void): TableColumnsType<EvidenceGap> {
  return [
    // Known only to the month or year: as written (2025年7月), not the invented first day.
    { title: '日期', key: 'date', width: 110, render: (_, g) => listDateText(g) },
    { title: '事项标题', dataIndex: 'title', ellipsis: { showTitle: true }, render: (t: string) => <Typography.Text strong>{t}</Typography.Text> },
    { title: '类别', dataIndex: 'categoryName', width: 160, ellipsis: { showTitle: true } },
    {
      title: '缺少',
      dataIndex: 'missing',
      width: 220,
      render: (missing: string[]) => missing.map((m) => <Tag key={m} color="orange">{m}</Tag>),
    },
    { title: '依据', dataIndex: 'rules', width: 170, render: (rules: string[]) => <Typography.Text type="secondary">{rules.join('；')}</Typography.Text> },
    {
      title: '操作',
      key: 'actions',
      width: 90,
      render: (_, g) => (
        <Button type="link" size="small" onClick={() => onSupplement(g.activityId)} aria-label={`补充“${g.title}”的佐证`}>
          补充
        </Button>
      ),
    },
  ];
}

/** Which entries would lose points at inspection for missing evidence, with a way to fix each. */
export function EvidenceGapsView({ year, categoryId, version, onSupplement }: Props) {
  const gaps = useOperation('evidence.gaps', { year, categoryId });
  const reload = gaps.reload;
  // `version` is not part of the request; a change of it only means "ask again".
  useReloadOn(version, reload);

  if (gaps.error) return <Alert type="error" showIcon title={gaps.error.message} action={<Button onClick={reload}>重试</Button>} />;
  if (gaps.data && gaps.data.length === 0) {
    return (
      <Result
        icon={<CheckCircleOutlined style={{ color: '#389e0d' }} />}
        title={`${year}年的记录佐证材料齐全`}
        subTitle="按常见的检查要求，每条记录都已有相应的佐证材料。"
      />
    );
  }
  return (
    <>
      <Alert
        type="warning"
        showIcon
        title={gaps.data ? `${year}年有 ${gaps.data.length} 条记录缺少佐证材料` : '正在检查…'}
        description="按常见的检查考核要求：学法、讲座、培训需要签到表和照片；普法活动需要照片，以及签到表或报道；印发文件需要正式文件；述法需要纪要或方案；整改需要整改报告。考核时缺少佐证通常会扣分。"
        style={{ marginBottom: 16 }}
      />
      <Table<EvidenceGap>
        rowKey="activityId"
        size="middle"
        columns={columns(onSupplement)}
        dataSource={gaps.data ?? []}
        loading={gaps.loading}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showTotal: (n) => `共 ${n} 条` }}
      />
    </>
  );
}

function useReloadOn(version: number, reload: () => void): void {
  const first = useRef(version);
  useEffect(() => {
    if (version !== first.current) reload();
  }, [version, reload]);
}
