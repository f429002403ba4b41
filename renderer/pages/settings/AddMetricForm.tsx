import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, Select, Switch, Tooltip } from 'antd';
import { useState } from 'react';
import { call } from '../../api/client';
import { METRIC_LIMITS } from '../../../shared/domain/metric';
import type { MetricKind } from '../../../shared/domain/metric-definition';
import { METRIC_DEFINITION_LABELS } from '../../../shared/domain/metric-definition';
import { applyFieldErrors } from '../../forms/apply-field-errors';
import { toAppError } from '../../forms/to-app-error';
import { COUNTER_HINT, KIND_OPTIONS } from './MetricDefinitionsTable';

interface Values {
  name: string;
  unit: string;
  kind: MetricKind;
  counter: boolean;
}

const FIELDS = ['name', 'unit', 'kind', 'counter'] as const;
const EMPTY: Values = { name: '', unit: '', kind: 'count', counter: false };

interface Props {
  categoryId: number;
  onAdded: () => void;
}

export function AddMetricForm({ categoryId, onAdded }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);

  const add = async () => {
    if (saving) return;
    const values = form.getFieldsValue();
    const name = (values.name ?? '').trim();
    if (!name) {
      form.setFields([{ name: 'name', errors: ['请填写指标名称'] }]);
      return;
    }
    setSaving(true);
    try {
      const created = await call('metrics.definitions.create', { ...values, categoryId, name, unit: (values.unit ?? '').trim() });
      void message.success(`已添加“${created.name}”`);
      form.setFieldsValue(EMPTY);
      onAdded();
    } catch (err) {
      const error = toAppError(err);
      void message.error(error.message);
      applyFieldErrors(form, error, FIELDS, METRIC_DEFINITION_LABELS);
    } finally {
      setSaving(false);
    }
  };

  return (
    // A form name of its own: the unit form on the same page already owns the ids "name" and "unit".
    <Form<Values> form={form} name="newMetric" layout="inline" initialValues={EMPTY} style={{ marginTop: 16, rowGap: 8 }}>
      <Form.Item name="name" label="指标名称">
        <Input maxLength={METRIC_LIMITS.name} placeholder="如：以案释法" style={{ width: 160 }} onPressEnter={() => void add()} />
      </Form.Item>
      <Form.Item name="unit" label="单位">
        <Input maxLength={METRIC_LIMITS.unit} placeholder="如：场" style={{ width: 80 }} onPressEnter={() => void add()} />
      </Form.Item>
      <Form.Item name="kind" label="类型">
        <Select options={KIND_OPTIONS} style={{ width: 90 }} />
      </Form.Item>
      <Form.Item name="counter" label={<Tooltip title={COUNTER_HINT}>按期间汇总</Tooltip>} valuePropName="checked">
        <Switch size="small" />
      </Form.Item>
      <Form.Item>
        <Button type="dashed" icon={<PlusOutlined />} loading={saving} onClick={() => void add()}>
          添加指标
        </Button>
      </Form.Item>
    </Form>
  );
}
