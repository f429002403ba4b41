import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input } from 'antd';

interface Props {
  name: string;
  label: string;
  addText: string;
  placeholder?: string;
}

// One paragraph per item: each becomes its own "一是…" or numbered item in the report.
export function ParagraphListField({ name, label, addText, placeholder }: Props) {
  return (
    <div data-narrative-field={name}>
      <Form.Item label={label}>
        <Form.List name={name}>
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, i) => (
                <div key={field.key} style={{ display: 'flex', gap: 8, marginBottom: 8 }}>
                  <span style={{ paddingTop: 5, color: '#888', width: 20 }}>{i + 1}.</span>
                  <Form.Item name={field.name} noStyle>
                    <Input.TextArea aria-label={`${label}第${i + 1}条`} autoSize={{ minRows: 2, maxRows: 8 }} placeholder={placeholder} />
                  </Form.Item>
                  <Button type="text" aria-label={`删除${label}第${i + 1}条`} icon={<DeleteOutlined />} onClick={() => remove(field.name)} />
                </div>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add('')} block>
                {addText}
              </Button>
            </>
          )}
        </Form.List>
      </Form.Item>
    </div>
  );
}
