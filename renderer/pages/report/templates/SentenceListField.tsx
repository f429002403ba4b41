import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input } from 'antd';
import { TEMPLATE_LIMITS } from '../../../../shared/domain/report-template';

interface Props {
  name: (string | number)[];
  what: string;
  /** Metric names of the chosen categories, as a reminder of what {指标:…} can name. */
  metricNames: string[];
}

/** The metric sentences of a subsection: one line each, written after its entries' sentences. */
export function SentenceListField({ name, what, metricNames }: Props) {
  return (
    <Form.Item
      label="指标句"
      extra={
        <>
          写全年合计的句子，如“全年[共开展普法宣传活动{'{指标:开展活动}'}，][发放宣传资料{'{指标:发放资料}'}]”。没有数据的句子不会出现在报告中。
          {metricNames.length > 0 && <div>所选类别的常用指标：{metricNames.join('、')}</div>}
        </>
      }
    >
      <Form.List name={name}>
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, i) => (
              <div key={field.key} style={{ display: 'flex', gap: 8, marginBottom: 8 }}>
                <Form.Item name={field.name} noStyle>
                  <Input.TextArea aria-label={`${what}指标句第${i + 1}句`} autoSize={{ minRows: 1, maxRows: 4 }} maxLength={TEMPLATE_LIMITS.sentence} />
                </Form.Item>
                <Button type="text" aria-label={`删除${what}指标句第${i + 1}句`} icon={<DeleteOutlined />} onClick={() => remove(field.name)} />
              </div>
            ))}
            <Button type="dashed" size="small" icon={<PlusOutlined />} onClick={() => add('')}>
              添加指标句
            </Button>
          </>
        )}
      </Form.List>
    </Form.Item>
  );
}
