import { App, Card, Empty, List, Typography } from 'antd';
import { useCallback } from 'react';
import { call } from '../../api/client';
import type { OperationName } from '../../../shared/contract/operations';
import { deepLinkHash } from '../../../shared/navigation/deep-links';
import { toAppError } from '../../forms/to-app-error';
import { useOperation } from '../../hooks/useOperation';
import { PlanItemRow } from './PlanItemRow';

/** Last year's 下一年度安排 as this year's checklist: mark each item and link the entries that carry it out. */
export function PlanItemsCard({ year, onChanged }: { year: number; onChanged: () => void }) {
  const { message } = App.useApp();
  const items = useOperation('plans.items.list', { year });
  const reload = items.reload;

  const run = useCallback(
    async (op: Promise<unknown>, done: string) => {
      try {
        await op;
        void message.success(done);
        reload();
        onChanged();
      } catch (err) {
        void message.error(toAppError(err).message);
      }
    },
    [message, onChanged, reload],
  );
  const linkOp = (name: Extract<OperationName, 'plans.items.link' | 'plans.items.unlink'>, itemId: number, activityId: string) => call(name, { itemId, activityId });

  const list = items.data ?? [];
  return (
    <Card title={`上年度计划落实（对照${year - 1}年度报告中的“下一年度安排”）`} aria-label="上年度计划落实">
      {items.error ? (
        <Typography.Text type="danger">{items.error.message}</Typography.Text>
      ) : list.length === 0 && !items.loading ? (
        <Empty
          description={
            <span>
              {year - 1}年度的年报材料中没有填写下一年度安排，本年度没有需要对照的计划。
              <a href={deepLinkHash({ to: 'narrative', year: year - 1, field: 'plans' })}>去填写{year - 1}年度的安排</a>
            </span>
          }
        />
      ) : (
        <>
          <Typography.Paragraph type="secondary">
            标记每一项的落实情况并关联相应台账，年报第四部分开头会写明“对照上年度工作安排，N项工作中已落实……”，并可追溯到这些台账。
          </Typography.Paragraph>
          <List
            loading={items.loading && !items.data}
            dataSource={list}
            renderItem={(item) => (
              <PlanItemRow
                key={`${item.id}:${item.note}`}
                item={item}
                onStatus={(status, note) => void run(call('plans.items.setStatus', { itemId: item.id, status, note }), '已保存')}
                onLink={(id) => void run(linkOp('plans.items.link', item.id, id), '已关联')}
                onUnlink={(id) => void run(linkOp('plans.items.unlink', item.id, id), '已取消关联')}
              />
            )}
          />
        </>
      )}
    </Card>
  );
}
