import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { AutoComplete, Button, Card, Form, Typography } from 'antd';
import { TEMPLATE_LIMITS } from '../../../../shared/domain/report-template';

interface Props {
  /** Every metric name the unit's categories define, offered as the two counts. */
  metricNames: string[];
}

/**
 * Rates worked out from two counts of the log (通过率 = 考试通过 ÷ 参加考试), so the report states a
 * rate the year's figures bear out rather than a percentage typed into one entry.
 */
export function RatesFields({ metricNames }: Props) {
  const options = metricNames.map((value) => ({ value }));
  const box = (label: string, placeholder: string) => (
    <AutoComplete aria-label={label} options={options} placeholder={placeholder} style={{ width: '100%' }} showSearch={{ filterOption: (input, o) => !!o?.value.includes(input) }} />
  );
  return (
    <Card
      size="small"
      title="比率的计算"
      style={{ marginBottom: 16 }}
      extra={<Typography.Text type="secondary">报告中的比率 = 分子指标全年合计 ÷ 分母指标全年合计</Typography.Text>}
    >
      <Form.List name={['body', 'rates']}>
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, i) => {
              const what = `比率第${i + 1}条`;
              const required = (name: string) => [{ required: true, whitespace: true, message: `请填写${name}` }];
              return (
                <div key={field.key} style={{ display: 'flex', gap: 8, alignItems: 'flex-start' }}>
                  <Form.Item name={[field.name, 'name']} style={{ width: 180, marginBottom: 12 }} rules={required('比率名称')}>
                    {box(`${what}的名称`, '比率，如：通过率')}
                  </Form.Item>
                  <span style={{ lineHeight: '32px' }}>=</span>
                  <Form.Item name={[field.name, 'numerator']} style={{ flex: 1, marginBottom: 12 }} rules={required('分子指标')}>
                    {box(`${what}的分子`, '分子指标，如：考试通过')}
                  </Form.Item>
                  <span style={{ lineHeight: '32px' }}>÷</span>
                  <Form.Item name={[field.name, 'denominator']} style={{ flex: 1, marginBottom: 12 }} rules={required('分母指标')}>
                    {box(`${what}的分母`, '分母指标，如：参加考试')}
                  </Form.Item>
                  <Button type="text" danger aria-label={`删除${what}`} icon={<DeleteOutlined />} onClick={() => remove(field.name)} />
                </div>
              );
            })}
            <Button type="dashed" size="small" icon={<PlusOutlined />} disabled={fields.length >= TEMPLATE_LIMITS.mapping} onClick={() => add({ name: '', numerator: '', denominator: '' })}>
              添加比率（最多{TEMPLATE_LIMITS.mapping}条）
            </Button>
          </>
        )}
      </Form.List>
    </Card>
  );
}
