import { CloseOutlined, PlusOutlined } from '@ant-design/icons';
import type { FormInstance } from 'antd';
import { Button, Checkbox, Flex, Form, Input, InputNumber, Tooltip, Typography } from 'antd';
import { METRIC_LIMITS } from '../../../shared/domain/metric';
import { useMetricDefinitions } from '../../hooks/useMetricDefinitions';
import type { ActivityFormValues, MetricRow } from './activity-form-values';

interface Props {
  form: FormInstance<ActivityFormValues>;
}

const COLUMNS = { name: 1.6, value: 1, unit: 0.7 };
const cell = (flex: number) => ({ flex, minWidth: 0, marginBottom: 0 });

function focusValue(index: number): void {
  // After the row renders; antd gives the box the id of its form path.
  window.setTimeout(() => document.getElementById(`metrics_${index}_value`)?.focus(), 0);
}

/**
 * The numbers the report adds up (发放资料 500 份, 参与 200 人次). The category's usual metrics are
 * one click away, so the same thing is always called by the same name and the year's totals add up.
 */
export function MetricsEditor({ form }: Props) {
  const categoryId = Form.useWatch('categoryId', form);
  // preserve: also the rows' `suggested` mark, which no box edits.
  const rows = (Form.useWatch('metrics', { form, preserve: true }) ?? []) as MetricRow[];
  const definitions = useMetricDefinitions(categoryId);
  const used = new Set(rows.map((r) => r?.name?.trim()).filter(Boolean));
  const offered = definitions.filter((d) => !used.has(d.name));

  return (
    <Form.List name="metrics">
      {(fields, { add, remove }, { errors }) => (
        <div>
          {fields.length > 0 && (
            <Flex gap={8} style={{ color: 'rgba(0,0,0,0.45)', fontSize: 12, marginBottom: 4 }}>
              <span style={{ flex: COLUMNS.name }}>名称</span>
              <span style={{ flex: COLUMNS.value }}>数值</span>
              <span style={{ flex: COLUMNS.unit }}>单位</span>
              <span style={{ width: 48 }}>约数</span>
              <span style={{ width: 32 }} />
            </Flex>
          )}
          {fields.map((field, index) => {
            const name = rows[index]?.name?.trim() || `第${index + 1}项`;
            return (
              <Flex key={field.key} gap={8} align="start" style={{ marginBottom: 8 }}>
                <Form.Item name={[field.name, 'name']} rules={[{ required: true, whitespace: true, message: '请填写名称' }]} style={cell(COLUMNS.name)}>
                  <Input aria-label={`指标${index + 1}名称`} placeholder="如：发放资料" maxLength={METRIC_LIMITS.name} />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'value']}
                  rules={[{ required: !rows[index]?.suggested, message: '请填写数值，不需要可删除这一行' }]}
                  style={cell(COLUMNS.value)}
                >
                  <InputNumber
                    aria-label={`指标“${name}”数值`}
                    placeholder={rows[index]?.suggested ? '不填则不记' : '数值'}
                    min={0}
                    max={METRIC_LIMITS.maxValue}
                    style={{ width: '100%' }}
                  />
                </Form.Item>
                <Form.Item name={[field.name, 'unit']} style={cell(COLUMNS.unit)}>
                  <Input aria-label={`指标“${name}”单位`} placeholder="份、人次" maxLength={METRIC_LIMITS.unit} />
                </Form.Item>
                <Tooltip title="约数：年报写作“800余份”">
                  <Form.Item name={[field.name, 'approximate']} valuePropName="checked" style={{ width: 48, marginBottom: 0, paddingTop: 5 }}>
                    <Checkbox aria-label={`指标“${name}”为约数`}>余</Checkbox>
                  </Form.Item>
                </Tooltip>
                <Button type="text" icon={<CloseOutlined />} aria-label={`删除指标“${name}”`} onClick={() => remove(field.name)} />
              </Flex>
            );
          })}
          <Form.ErrorList errors={errors} />
          <Flex gap={6} wrap align="center">
            {offered.length > 0 && <Typography.Text type="secondary">常用：</Typography.Text>}
            {offered.map((d) => (
              <Button
                key={d.id}
                size="small"
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => {
                  add({ name: d.name, unit: d.unit, value: null, approximate: false });
                  focusValue(fields.length);
                }}
              >
                {d.name}
                {d.unit && <Typography.Text type="secondary">（{d.unit}）</Typography.Text>}
              </Button>
            ))}
            <Button
              type="link"
              size="small"
              icon={<PlusOutlined />}
              disabled={fields.length >= METRIC_LIMITS.perEntry}
              onClick={() => {
                add({ name: '', unit: '', value: null, approximate: false });
                window.setTimeout(() => document.getElementById(`metrics_${fields.length}_name`)?.focus(), 0);
              }}
            >
              其他指标
            </Button>
            {categoryId === undefined && <Typography.Text type="secondary">选择类别后，这里会列出该类别的常用指标</Typography.Text>}
          </Flex>
        </div>
      )}
    </Form.List>
  );
}
