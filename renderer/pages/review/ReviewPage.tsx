import { ReloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Select, Space, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { call } from '../../api/client';
import type { Activity } from '../../../shared/domain/activity';
import type { ReviewQueueItem } from '../../../shared/domain/review';
import { toAppError } from '../../forms/to-app-error';
import { useOperation } from '../../hooks/useOperation';
import { ActivityDrawer } from '../ledger/ActivityDrawer';
import { ReturnReasonModal } from './ReturnReasonModal';
import { ReviewQueueTable } from './ReviewQueueTable';
import { useQueueDecision } from './useQueueDecision';

interface Opened {
  entry: Activity;
  /** A fresh drawer per opening, as on the 台账 page. */
  session: number;
}

/**
 * 审核: the entries 录入员 have submitted, for the 审核员 to approve or return with a reason. An
 * entry opens in the 台账's own drawer, where 通过 / 退回 sit beside its full content and evidence.
 */
export function ReviewPage() {
  const { message } = App.useApp();
  const [department, setDepartment] = useState<string>();
  const queue = useOperation('review.queue', department ? { department } : {});
  const unit = useOperation('unit.get', {});
  const categories = useOperation('categories.list', {});
  const [opened, setOpened] = useState<Opened | null>(null);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const reloadQueue = queue.reload;
  const decision = useQueueDecision(reloadQueue);

  const open = useCallback(
    async (item: ReviewQueueItem) => {
      try {
        const entry = await call('activities.get', { id: item.id });
        setOpened((o) => ({ entry, session: (o?.session ?? 0) + 1 }));
        setDrawerOpen(true);
      } catch (err) {
        void message.error(toAppError(err).message);
        reloadQueue();
      }
    },
    [message, reloadQueue],
  );

  const items = queue.data?.items ?? [];
  const departments = [...new Set([...(unit.data?.departments ?? []), ...items.map((i) => i.department).filter(Boolean), ...(department ? [department] : [])])];

  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 16 }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {queue.data ? `待审核 ${items.length} 条` : '待审核'}
        </Typography.Title>
        <Space>
          <Select
            aria-label="承办科室筛选"
            value={department}
            allowClear
            placeholder="全部科室"
            options={departments.map((d) => ({ value: d, label: d }))}
            onChange={(d: string | undefined) => setDepartment(d)}
            style={{ width: 180 }}
          />
          <Button icon={<ReloadOutlined />} onClick={reloadQueue}>
            刷新
          </Button>
        </Space>
      </Space>
      {queue.error && (
        <Alert type="error" showIcon title={queue.error.message} action={<Button onClick={reloadQueue}>重试</Button>} style={{ marginBottom: 16 }} />
      )}
      <ReviewQueueTable
        items={items}
        loading={queue.loading}
        busyId={decision.busyId}
        onOpen={(item) => void open(item)}
        onApprove={decision.approve}
        onReturn={decision.askReturn}
      />
      <ReturnReasonModal
        open={decision.returning !== null}
        title={decision.returning?.title ?? ''}
        busy={decision.busyId !== null}
        onCancel={() => decision.askReturn(null)}
        onReturn={decision.returnWith}
      />
      {opened && (
        <ActivityDrawer
          key={opened.session}
          open={drawerOpen}
          request={{ editing: opened.entry }}
          categories={categories.data ?? []}
          departments={unit.data?.departments ?? []}
          onClose={() => setDrawerOpen(false)}
          onSaved={(saved, _wasNew, stayOpen, reviewed) => {
            if (!stayOpen) setDrawerOpen(false);
            // 通过 / 退回 say so themselves (the drawer); a correction saved without deciding is still waiting.
            if (!reviewed && saved.reviewStatus === 'submitted') void message.success('已保存修改，仍在待审核中');
            reloadQueue();
          }}
          onEvidenceChanged={() => undefined}
        />
      )}
    </>
  );
}
