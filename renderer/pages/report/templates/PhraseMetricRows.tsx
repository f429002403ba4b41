import { DeleteOutlined, PlusOutlined, SearchOutlined } from '@ant-design/icons';
import type { FormRule } from 'antd';
import { AutoComplete, Button, Form, Input, InputNumber, Typography } from 'antd';
import { useState } from 'react';
import { PHRASE_LIMITS } from '../../../../shared/domain/phrase-rules';

interface Props {
  /** Every metric name the unit's categories define, offered in the name box. */
  metricNames: string[];
}

type Row = { name?: string; words?: string } | undefined;

const LIST = ['body', 'phrases', 'metrics'];

/** Two rows for one metric: the lookup keeps the last, so the earlier one does nothing. */
const twice: FormRule = ({ getFieldValue }) => ({
  warningOnly: true,
  validator: (_, value: string | undefined) => {
    const name = (value ?? '').trim();
    const same = ((getFieldValue(LIST) ?? []) as Row[]).filter((r) => (r?.name ?? '').trim() === name).length;
    return name && same > 1 ? Promise.reject(new Error(`“${name}”有${same}条写法，报告用最后一条`)) : Promise.resolve();
  },
});

/**
 * How each metric's figure is worded: 接待咨询 120 人次 → “接待群众咨询120人次”. The list is long,
 * so a find box narrows it (the rows only hide: what is typed in them stays in the form).
 */
export function PhraseMetricRows({ metricNames }: Props) {
  const form = Form.useFormInstance();
  const [find, setFind] = useState('');
  const options = metricNames.map((value) => ({ value }));
  const wanted = find.trim();
  const shown = (i: number) => {
    if (!wanted) return true;
    const row = form.getFieldValue([...LIST, i]) as Row;
    return `${row?.name ?? ''}${row?.words ?? ''}`.includes(wanted);
  };
  return (
    <Form.List name={LIST}>
      {(fields, { add, remove }) => (
        <>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
            报告写作“写法＋数字＋单位”，如指标“接待咨询”写作“接待群众咨询120人次”；写法不填就用指标名称。一句话里有几个指标时，顺序（0—{PHRASE_LIMITS.order}）小的写在前面。
          </Typography.Paragraph>
          <Input aria-label="查找指标写法" prefix={<SearchOutlined />} placeholder="查找指标，如：咨询" allowClear value={find} style={{ width: 260, marginBottom: 8 }} onChange={(e) => setFind(e.target.value)} />
          <div style={{ display: 'flex', gap: 8, marginBottom: 4 }}>
            <Typography.Text type="secondary" style={{ width: 170 }}>
              指标名称
            </Typography.Text>
            <Typography.Text type="secondary" style={{ flex: 1 }}>
              报告中的写法（写在数字前面）
            </Typography.Text>
            <Typography.Text type="secondary" style={{ width: 130 }}>
              顺序
            </Typography.Text>
          </div>
          {fields.map((field, i) => {
            const what = `指标写法第${i + 1}条`;
            return (
              <div key={field.key} style={{ display: shown(field.name) ? 'flex' : 'none', gap: 8, alignItems: 'flex-start' }}>
                <Form.Item name={[field.name, 'name']} style={{ width: 170, marginBottom: 12 }} rules={[{ required: true, whitespace: true, message: '请填写指标名称' }, twice]}>
                  <AutoComplete
                    aria-label={`${what}的指标名称`}
                    options={options}
                    placeholder="如：接待咨询"
                    maxLength={30}
                    style={{ width: '100%' }}
                    showSearch={{ filterOption: (input, o) => !!o?.value.includes(input) }}
                  />
                </Form.Item>
                <Form.Item name={[field.name, 'words']} style={{ flex: 1, marginBottom: 12 }}>
                  <Input aria-label={`${what}的写法`} placeholder="如：接待群众咨询（不填就用指标名称）" maxLength={PHRASE_LIMITS.words} />
                </Form.Item>
                <Form.Item name={[field.name, 'order']} style={{ width: 90, marginBottom: 12 }} rules={[{ required: true, message: '请填写顺序' }]}>
                  <InputNumber aria-label={`${what}的顺序`} min={0} max={PHRASE_LIMITS.order} precision={0} style={{ width: '100%' }} />
                </Form.Item>
                <Button type="text" danger aria-label={`删除${what}`} icon={<DeleteOutlined />} onClick={() => remove(field.name)} />
              </div>
            );
          })}
          {wanted && !fields.some((f) => shown(f.name)) && <Typography.Paragraph type="secondary">没有含“{wanted}”的指标写法</Typography.Paragraph>}
          <Button
            type="dashed"
            size="small"
            icon={<PlusOutlined />}
            disabled={fields.length >= PHRASE_LIMITS.metrics}
            onClick={() => {
              setFind('');
              add({ name: '', words: '', order: 500 });
            }}
          >
            添加指标写法（最多{PHRASE_LIMITS.metrics}条）
          </Button>
        </>
      )}
    </Form.List>
  );
}
