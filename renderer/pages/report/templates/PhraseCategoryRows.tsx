import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Select, Typography } from 'antd';
import type { Category } from '../../../../shared/domain/category';
import { PHRASE_LIMITS } from '../../../../shared/domain/phrase-rules';
import { categoryValue } from './category-mapping';

interface Props {
  categories: Category[];
}

type Row = { category?: string } | undefined;

const LIST = ['body', 'phrases', 'categories'];
const COLUMNS = [
  { title: '类别', width: 200 },
  { title: '补动词', width: 80 },
  { title: '补后缀', width: 110 },
  { title: '全年计数名称', flex: 1 },
  { title: '量词', width: 104 },
];

/**
 * Per category: the verb put before a bare title, the event word put after one that names no event,
 * and what the year's events are counted as. A default category is stored by its key, a unit's own
 * by its name (category-mapping.ts); the picker shows names either way.
 */
export function PhraseCategoryRows({ categories }: Props) {
  const rows = Form.useWatch(LIST) as Row[] | undefined;
  const known = new Set(categories.map(categoryValue));
  const used = (rows ?? []).map((r) => r?.category ?? '');
  const options = (current: string | undefined) => [
    ...categories.map((c) => {
      const v = categoryValue(c);
      const taken = v !== current && used.includes(v);
      return { value: v, label: `${c.name}${c.hidden ? '（已停用）' : ''}${taken ? '（已有写法）' : ''}`, disabled: taken };
    }),
    ...(current && !known.has(current) ? [{ value: current, label: `${current}（台账中没有这个类别）`, disabled: false }] : []),
  ];
  return (
    <Form.List name={LIST}>
      {(fields, { add, remove }) => (
        <>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
            事项标题不以动词开头时，前面补上“补动词”（开展＋民法典进社区）；标题说的不是一项活动时，后面补上“补后缀”（民法典进社区＋宣传活动）。填了“全年计数名称”的类别，报告写“全年共开展普法宣传活动3次”，不填就不计数。
          </Typography.Paragraph>
          <div style={{ display: 'flex', gap: 8, marginBottom: 4 }}>
            {COLUMNS.map((c) => (
              <Typography.Text key={c.title} type="secondary" style={c.flex ? { flex: c.flex } : { width: c.width }}>
                {c.title}
              </Typography.Text>
            ))}
          </div>
          {fields.map((field, i) => {
            const what = `类别写法第${i + 1}条`;
            const current = rows?.[field.name]?.category;
            return (
              <div key={field.key} style={{ display: 'flex', gap: 8, alignItems: 'flex-start' }}>
                <Form.Item name={[field.name, 'category']} style={{ width: 200, marginBottom: 12 }} rules={[{ required: true, whitespace: true, message: '请选择类别' }]}>
                  <Select aria-label={`${what}的类别`} options={options(current)} placeholder="选择类别" showSearch={{ optionFilterProp: 'label' }} />
                </Form.Item>
                <Form.Item name={[field.name, 'verb']} style={{ width: 80, marginBottom: 12 }}>
                  <Input aria-label={`${what}的补动词`} placeholder="开展" maxLength={PHRASE_LIMITS.word} />
                </Form.Item>
                <Form.Item name={[field.name, 'suffix']} style={{ width: 110, marginBottom: 12 }}>
                  <Input aria-label={`${what}的补后缀`} placeholder="如：活动" maxLength={PHRASE_LIMITS.word} />
                </Form.Item>
                <Form.Item name={[field.name, 'countNoun']} style={{ flex: 1, marginBottom: 12 }}>
                  <Input aria-label={`${what}的全年计数名称`} placeholder="不填就不计数" maxLength={PHRASE_LIMITS.words} />
                </Form.Item>
                <Form.Item name={[field.name, 'countUnit']} style={{ width: 64, marginBottom: 12 }}>
                  <Input aria-label={`${what}的量词`} placeholder="次" maxLength={4} />
                </Form.Item>
                <Button type="text" danger aria-label={`删除${what}`} icon={<DeleteOutlined />} onClick={() => remove(field.name)} />
              </div>
            );
          })}
          <Button
            type="dashed"
            size="small"
            icon={<PlusOutlined />}
            disabled={fields.length >= PHRASE_LIMITS.categories}
            onClick={() => add({ category: undefined, verb: '开展', suffix: '', countNoun: '', countUnit: '次' })}
          >
            添加类别写法（最多{PHRASE_LIMITS.categories}条）
          </Button>
        </>
      )}
    </Form.List>
  );
}
