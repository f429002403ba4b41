import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, Typography } from 'antd';
import { REFERENCE_NAME, REFERENCE_NAME_RULE, TEMPLATE_LIMITS } from '../../../../shared/domain/report-template';
import { FIELD_PLACEHOLDERS } from '../../../../shared/report/text/placeholders';
import type { ReferenceRow } from './reference-rows';

/**
 * The policy references ({党代会精神}, {纲要} …): fixed wording the texts name by placeholder, so
 * when the 纲要 or the 党代会 changes, one row is edited and every sentence that names it follows.
 */
export function ReferencesFields() {
  return (
    <Card
      size="small"
      title="政策表述"
      style={{ marginBottom: 16 }}
      extra={<Typography.Text type="secondary">在任何文字中写作 {'{名称}'}，生成报告时换成右边的表述</Typography.Text>}
    >
      <Form.List name="referenceRows">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, i) => (
              <div key={field.key} style={{ display: 'flex', gap: 8, alignItems: 'flex-start' }}>
                <Form.Item
                  name={[field.name, 'name']}
                  style={{ width: 200, marginBottom: 12 }}
                  rules={[
                    { required: true, whitespace: true, message: '请填写名称' },
                    { pattern: REFERENCE_NAME, message: REFERENCE_NAME_RULE },
                    {
                      validator: (_, value: string | undefined) =>
                        (FIELD_PLACEHOLDERS as readonly string[]).includes((value ?? '').trim()) ? Promise.reject(new Error(`“${value}”是系统占位符，请换一个名称`)) : Promise.resolve(),
                    },
                    ({ getFieldValue }) => ({
                      validator: (_, value: string | undefined) => {
                        const rows = (getFieldValue('referenceRows') ?? []) as (ReferenceRow | undefined)[];
                        const same = rows.filter((r) => (r?.name ?? '').trim() === (value ?? '').trim()).length;
                        return value?.trim() && same > 1 ? Promise.reject(new Error(`名称“${value.trim()}”重复`)) : Promise.resolve();
                      },
                    }),
                  ]}
                >
                  <Input aria-label={`政策表述第${i + 1}条的名称`} placeholder="名称，如：纲要" maxLength={20} />
                </Form.Item>
                <Form.Item name={[field.name, 'text']} style={{ flex: 1, marginBottom: 12 }} rules={[{ required: true, whitespace: true, message: '请填写表述' }]}>
                  <Input aria-label={`政策表述第${i + 1}条的表述`} placeholder="如：《法治政府建设实施纲要（2021—2025年）》" maxLength={TEMPLATE_LIMITS.reference} />
                </Form.Item>
                <Button type="text" danger aria-label={`删除政策表述第${i + 1}条`} icon={<DeleteOutlined />} onClick={() => remove(field.name)} />
              </div>
            ))}
            <Button type="dashed" size="small" icon={<PlusOutlined />} disabled={fields.length >= TEMPLATE_LIMITS.references} onClick={() => add({ name: '', text: '' })}>
              添加政策表述（最多{TEMPLATE_LIMITS.references}条）
            </Button>
          </>
        )}
      </Form.List>
    </Card>
  );
}
