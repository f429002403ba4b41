import { ArrowDownOutlined, ArrowUpOutlined, QuestionCircleOutlined } from '@ant-design/icons';
import type { TableColumnsType } from 'antd';
import { Button, Flex, Input, Select, Switch, Table, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { METRIC_LIMITS } from '../../../shared/domain/metric';
import type { MetricDefinition, MetricDefinitionUpdateInput } from '../../../shared/domain/metric-definition';
import { METRIC_KIND_NAMES, METRIC_KINDS } from '../../../shared/domain/metric-definition';
import type { AppError } from '../../../shared/errors';

type Patch = Omit<MetricDefinitionUpdateInput, 'id'>;
type Draft = { name: string; unit: string };

interface Props {
  definitions: MetricDefinition[];
  loading: boolean;
  busy: boolean;
  onUpdate: (d: MetricDefinition, patch: Patch, done: string) => Promise<AppError | undefined>;
  onMove: (index: number, by: -1 | 1) => void;
}

export const KIND_OPTIONS = METRIC_KINDS.map((k) => ({ value: k, label: METRIC_KIND_NAMES[k] }));
export const COUNTER_HINT = '案件、热线、复议等按月/季/年汇总的数';

export function MetricDefinitionsTable({ definitions, loading, busy, onUpdate, onMove }: Props) {
  // Name and unit are typed then saved together; the switches and the type take effect at once.
  const [drafts, setDrafts] = useState<Record<number, Draft>>({});
  const [nameErrors, setNameErrors] = useState<Record<number, string>>({});
  const draftOf = (d: MetricDefinition): Draft => drafts[d.id] ?? { name: d.name, unit: d.unit };
  const dirty = (d: MetricDefinition) => {
    const draft = draftOf(d);
    return draft.name.trim() !== d.name || draft.unit.trim() !== d.unit;
  };
  const edit = (d: MetricDefinition, part: Partial<Draft>) => {
    setDrafts((all) => ({ ...all, [d.id]: { ...draftOf(d), ...part } }));
    setNameErrors(({ [d.id]: _, ...rest }) => rest);
  };

  const save = async (d: MetricDefinition) => {
    const draft = draftOf(d);
    const name = draft.name.trim();
    if (!name) {
      setNameErrors((all) => ({ ...all, [d.id]: '请填写名称' }));
      return;
    }
    const error = await onUpdate(d, { name, unit: draft.unit.trim() }, `已保存“${name}”`);
    // On success the draft stays: it now equals the saved row, and dropping it before the list reloads would flash the old name.
    const shown = error?.fields?.name;
    if (shown) setNameErrors((all) => ({ ...all, [d.id]: shown.replace(/^指标名称：/, '') }));
  };

  const columns: TableColumnsType<MetricDefinition> = [
    {
      title: '名称',
      key: 'name',
      render: (_, d) => (
        <>
          <Input
            aria-label={`指标“${d.name}”名称`}
            value={draftOf(d).name}
            maxLength={METRIC_LIMITS.name}
            status={nameErrors[d.id] ? 'error' : undefined}
            onChange={(e) => edit(d, { name: e.target.value })}
            onPressEnter={() => dirty(d) && void save(d)}
          />
          {nameErrors[d.id] && <Typography.Text type="danger">{nameErrors[d.id]}</Typography.Text>}
        </>
      ),
    },
    {
      title: '单位',
      key: 'unit',
      width: 110,
      render: (_, d) => (
        <Input
          aria-label={`指标“${d.name}”单位`}
          value={draftOf(d).unit}
          maxLength={METRIC_LIMITS.unit}
          onChange={(e) => edit(d, { unit: e.target.value })}
          onPressEnter={() => dirty(d) && void save(d)}
        />
      ),
    },
    {
      title: '类型',
      key: 'kind',
      width: 100,
      render: (_, d) => (
        <Select
          aria-label={`指标“${d.name}”类型`}
          value={d.kind}
          options={KIND_OPTIONS}
          disabled={busy}
          style={{ width: '100%' }}
          onChange={(kind) => void onUpdate(d, { kind }, `已将“${d.name}”改为${METRIC_KIND_NAMES[kind]}`)}
        />
      ),
    },
    {
      title: (
        <Tooltip title={COUNTER_HINT}>
          按期间汇总 <QuestionCircleOutlined />
        </Tooltip>
      ),
      key: 'counter',
      width: 110,
      align: 'center',
      render: (_, d) => (
        <Switch
          size="small"
          aria-label={`“${d.name}”按期间汇总`}
          checked={d.counter}
          disabled={busy}
          onChange={(counter) => void onUpdate(d, { counter }, counter ? `“${d.name}”改为按期间汇总` : `“${d.name}”改为逐次记录`)}
        />
      ),
    },
    {
      title: '停用',
      key: 'hidden',
      width: 70,
      align: 'center',
      render: (_, d) => (
        <Switch
          size="small"
          aria-label={`停用“${d.name}”`}
          checked={d.hidden}
          disabled={busy}
          onChange={(hidden) => void onUpdate(d, { hidden }, hidden ? `已停用“${d.name}”` : `已启用“${d.name}”`)}
        />
      ),
    },
    {
      title: '操作',
      key: 'actions',
      width: 150,
      render: (_, d, index) => (
        <Flex gap={4}>
          <Tooltip title="上移">
            <Button size="small" icon={<ArrowUpOutlined />} aria-label={`上移“${d.name}”`} disabled={busy || index === 0} onClick={() => onMove(index, -1)} />
          </Tooltip>
          <Tooltip title="下移">
            <Button
              size="small"
              icon={<ArrowDownOutlined />}
              aria-label={`下移“${d.name}”`}
              disabled={busy || index === definitions.length - 1}
              onClick={() => onMove(index, 1)}
            />
          </Tooltip>
          {/* Only while there is something to save: the page's own 保存 stays the one 保存 in view. */}
          {dirty(d) && (
            <Button size="small" type="primary" loading={busy} onClick={() => void save(d)}>
              保存
            </Button>
          )}
        </Flex>
      ),
    },
  ];

  return (
    <Table<MetricDefinition>
      size="small"
      rowKey="id"
      columns={columns}
      dataSource={definitions}
      loading={loading}
      pagination={false}
      onRow={(d) => ({ style: d.hidden ? { opacity: 0.55 } : undefined })}
      locale={{ emptyText: '这个类别还没有指标，可在下方添加' }}
    />
  );
}
