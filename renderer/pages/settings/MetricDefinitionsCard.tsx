import { Alert, App, Button, Card, Flex, Select, Typography } from 'antd';
import { useState } from 'react';
import { call } from '../../api/client';
import type { MetricDefinition, MetricDefinitionUpdateInput } from '../../../shared/domain/metric-definition';
import type { AppError } from '../../../shared/errors';
import { toAppError } from '../../forms/to-app-error';
import { useOperation } from '../../hooks/useOperation';
import { AddMetricForm } from './AddMetricForm';
import { MetricDefinitionsTable } from './MetricDefinitionsTable';

type Patch = Omit<MetricDefinitionUpdateInput, 'id'>;

/**
 * The usual metrics of each category, offered as one-click chips when an entry is written. There is
 * no delete: past entries keep the name, so a metric no longer wanted is 停用 instead.
 */
export function MetricDefinitionsCard() {
  const { message } = App.useApp();
  const categories = useOperation('categories.list', {});
  const [chosen, setChosen] = useState<number>();
  const visible = (categories.data ?? []).filter((c) => !c.hidden);
  const categoryId = chosen ?? visible[0]?.id;
  const list = useOperation('metrics.definitions.list', categoryId === undefined ? {} : { categoryId });
  const [busy, setBusy] = useState(false);
  const definitions = categoryId === undefined ? [] : (list.data ?? []).filter((d) => d.categoryId === categoryId);

  /** Resolves with the server's error (if any) so a row can mark its own box. */
  const update = async (changes: { id: number; patch: Patch }[], done: string): Promise<AppError | undefined> => {
    if (busy) return undefined;
    setBusy(true);
    try {
      for (const { id, patch } of changes) await call('metrics.definitions.update', { id, ...patch });
      void message.success(done);
      return undefined;
    } catch (err) {
      const error = toAppError(err);
      void message.error(error.message);
      return error;
    } finally {
      setBusy(false);
      list.reload();
    }
  };

  // Renumbers the whole category: seeded rows may share a sortOrder, and swapping equal numbers moves nothing.
  const move = (index: number, by: -1 | 1) => {
    const order = [...definitions];
    const [item] = order.splice(index, 1);
    if (!item) return;
    order.splice(index + by, 0, item);
    const changes = order.flatMap((d, i) => (d.sortOrder === (i + 1) * 10 ? [] : [{ id: d.id, patch: { sortOrder: (i + 1) * 10 } }]));
    void update(changes, by < 0 ? `已上移“${item.name}”` : `已下移“${item.name}”`);
  };

  const failed = categories.error ?? list.error;
  return (
    <Card title="统计指标" role="region" aria-label="统计指标" style={{ maxWidth: 880 }}>
      <Typography.Paragraph type="secondary">
        新增活动时，所选类别的指标会列为“常用”，点一下即可填入。停用的指标不再列出，已记录的数据不受影响。
      </Typography.Paragraph>
      <Flex gap={8} align="center" style={{ marginBottom: 16 }}>
        <label htmlFor="metric-definitions-category">类别</label>
        <Select<number>
          id="metric-definitions-category"
          style={{ width: 260 }}
          value={categoryId}
          loading={categories.loading}
          options={visible.map((c) => ({ value: c.id, label: c.name }))}
          showSearch={{ optionFilterProp: 'label' }}
          onChange={setChosen}
        />
      </Flex>
      {failed && (
        <Alert
          type="error"
          showIcon
          title={failed.message}
          action={<Button onClick={failed === list.error ? list.reload : categories.reload}>重试</Button>}
          style={{ marginBottom: 16 }}
        />
      )}
      <MetricDefinitionsTable
        definitions={definitions}
        loading={list.loading && definitions.length === 0}
        busy={busy}
        onUpdate={(d: MetricDefinition, patch: Patch, done: string) => update([{ id: d.id, patch }], done)}
        onMove={move}
      />
      {categoryId !== undefined && <AddMetricForm categoryId={categoryId} onAdded={list.reload} />}
    </Card>
  );
}
