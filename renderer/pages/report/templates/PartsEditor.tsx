import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, DownOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Dropdown, Form, Popconfirm, Space } from 'antd';
import type { Category } from '../../../../shared/domain/category';
import { TEMPLATE_LIMITS, type TemplatePart } from '../../../../shared/domain/report-template';
import type { PartKind } from './new-part';
import { newPart, PART_KIND_NAME, whyNotAdd } from './new-part';
import { TemplatePartEditor } from './TemplatePartEditor';

interface Props {
  parts: TemplatePart[];
  categories: Category[];
  metricsOf: (categoryValue: string) => string[];
  open: string[];
  onOpen: (keys: string[]) => void;
}

const KINDS: PartKind[] = ['measures', 'problems', 'leader', 'plans', 'other'];

/** The template's top-level parts (一、二、…): each edited in its card, added, moved and removed here. */
export function PartsEditor({ parts, categories, metricsOf, open, onOpen }: Props) {
  return (
    <Form.List name={['body', 'parts']}>
      {(fields, { add, remove, move }) => {
        // Open panels are keyed by position: after a move or a removal they would open the wrong ones.
        const reorder = (f: () => void) => {
          f();
          onOpen([]);
        };
        return (
          <>
            {fields.map((field, i) => (
              <TemplatePartEditor
                key={field.key}
                index={i}
                parts={parts}
                categories={categories}
                metricsOf={metricsOf}
                open={open}
                onOpen={onOpen}
                controls={
                  <Space size={0}>
                    <Button size="small" type="text" aria-label={`上移第${i + 1}部分`} icon={<ArrowUpOutlined />} disabled={i === 0} onClick={() => reorder(() => move(i, i - 1))} />
                    <Button size="small" type="text" aria-label={`下移第${i + 1}部分`} icon={<ArrowDownOutlined />} disabled={i === fields.length - 1} onClick={() => reorder(() => move(i, i + 1))} />
                    <Popconfirm
                      title="删除这一部分？"
                      description="报告中将不再有这一部分；已对其中段落所做的修改仍会保留，加回这一部分时恢复。"
                      okText="删除"
                      okButtonProps={{ danger: true }}
                      cancelText="取消"
                      disabled={fields.length <= 1}
                      onConfirm={() => reorder(() => remove(field.name))}
                    >
                      <Button size="small" type="text" danger aria-label={`删除第${i + 1}部分`} icon={<DeleteOutlined />} disabled={fields.length <= 1} title={fields.length <= 1 ? '模板至少要有一个部分' : undefined} />
                    </Popconfirm>
                  </Space>
                }
              />
            ))}
            <Dropdown
              disabled={fields.length >= TEMPLATE_LIMITS.parts}
              menu={{
                items: KINDS.map((kind) => {
                  const why = whyNotAdd(kind, parts);
                  return { key: kind, label: why ? `${PART_KIND_NAME[kind]}（${why}）` : PART_KIND_NAME[kind], disabled: !!why };
                }),
                onClick: ({ key }) => add(newPart(key as PartKind, parts)),
              }}
            >
              <Button type="dashed" block icon={<PlusOutlined />}>
                添加部分（最多{TEMPLATE_LIMITS.parts}个） <DownOutlined />
              </Button>
            </Dropdown>
          </>
        );
      }}
    </Form.List>
  );
}
