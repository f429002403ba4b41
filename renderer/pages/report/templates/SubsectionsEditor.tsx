import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Collapse, Form, Popconfirm, Space, Typography } from 'antd';
import type { Category } from '../../../../shared/domain/category';
import { TEMPLATE_LIMITS, type TemplatePart, type TemplateSubsection } from '../../../../shared/domain/report-template';
import { numberFor } from '../../../../shared/report/text/numbering';
import { SubsectionFields } from './SubsectionFields';

interface Props {
  part: number;
  parts: TemplatePart[] | undefined;
  categories: Category[];
  metricsOf: (categoryValue: string) => string[];
  open: string[];
  onOpen: (keys: string[]) => void;
}

/** A new subsection's id: block keys (and so the user's edits) hang on ids, so they never change. */
function freshId(subs: readonly TemplateSubsection[]): string {
  const taken = new Set(subs.map((s) => s?.id));
  let n = 1;
  while (taken.has(`custom-${n}`)) n += 1;
  return `custom-${n}`;
}

export function newSubsection(subs: readonly TemplateSubsection[]): TemplateSubsection {
  return { kind: 'entries', id: freshId(subs), heading: '', categories: [], tags: [], fallback: false, lead: '', metricSentences: [], autoTotals: true };
}

export const panelKey = (part: number, sub: number) => `${part}-${sub}`;

export function SubsectionsEditor({ part, parts, categories, metricsOf, open, onOpen }: Props) {
  const current = parts?.[part];
  const subs = current?.kind === 'measures' ? (current.subsections ?? []) : [];
  // Inside PartsEditor's Form.List: the name is relative to body.parts.
  return (
    <Form.List name={[part, 'subsections']}>
      {(fields, { add, remove, move }) => (
        <>
          <Collapse
            size="small"
            activeKey={open}
            onChange={(keys) => onOpen(keys)}
            items={fields.map((field, i) => ({
              key: panelKey(part, i),
              forceRender: true,
              label: (
                <span>
                  {numberFor(2, i + 1)}
                  {subs[i]?.heading?.trim() || <Typography.Text type="secondary">（未填写标题）</Typography.Text>}
                  {subs[i]?.kind === 'leader' && <Typography.Text type="secondary">（主要负责人履职）</Typography.Text>}
                </span>
              ),
              extra: (
                <Space size={0} onClick={(e) => e.stopPropagation()}>
                  <Button size="small" type="text" aria-label={`上移第${i + 1}小节`} icon={<ArrowUpOutlined />} disabled={i === 0} onClick={() => move(i, i - 1)} />
                  <Button size="small" type="text" aria-label={`下移第${i + 1}小节`} icon={<ArrowDownOutlined />} disabled={i === fields.length - 1} onClick={() => move(i, i + 1)} />
                  <Popconfirm title="删除这个小节？" description="这个小节的类别将不再归入任何小节，其台账写入兜底小节。" okText="删除" okButtonProps={{ danger: true }} cancelText="取消" onConfirm={() => remove(field.name)}>
                    <Button size="small" type="text" danger aria-label={`删除第${i + 1}小节`} icon={<DeleteOutlined />} />
                  </Popconfirm>
                </Space>
              ),
              children: <SubsectionFields field={field.name} part={part} sub={subs[i]} categories={categories} parts={parts} metricsOf={metricsOf} />,
            }))}
          />
          <Button
            type="dashed"
            block
            icon={<PlusOutlined />}
            style={{ marginTop: 8 }}
            disabled={fields.length >= TEMPLATE_LIMITS.subsections}
            onClick={() => {
              add(newSubsection(subs));
              onOpen([...open, panelKey(part, fields.length)]);
            }}
          >
            添加小节（最多{TEMPLATE_LIMITS.subsections}个）
          </Button>
        </>
      )}
    </Form.List>
  );
}
