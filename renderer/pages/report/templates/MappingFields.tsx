import { Form, Select } from 'antd';
import type { Category } from '../../../../shared/domain/category';
import type { TemplatePart } from '../../../../shared/domain/report-template';
import { TagsInput } from '../../../forms/TagsInput';
import { categoryValue, mappedElsewhere, type MappingPlace } from './category-mapping';

interface Props {
  /** Form name prefix of the part or subsection, relative to where it is rendered. */
  prefix: (string | number)[];
  place: MappingPlace;
  categories: Category[];
  parts: TemplatePart[] | undefined;
  /** For labels: “普法宣传教育小节的类别”. */
  what: string;
}

/** Which 台账 categories and tags are written into this part or subsection. */
export function MappingFields({ prefix, place, categories, parts, what }: Props) {
  const elsewhere = mappedElsewhere(parts, place);
  const known = new Set(categories.map(categoryValue));
  const current = Form.useWatch(['body', 'parts', place.part, ...(place.subsection === undefined ? [] : ['subsections', place.subsection]), 'categories']) as string[] | undefined;
  const options = [
    ...categories.map((c) => {
      const v = categoryValue(c);
      const at = elsewhere.get(v);
      return { value: v, label: `${c.name}${at ? `（已归入“${at}”）` : ''}${c.hidden ? '（已停用）' : ''}`, disabled: !!at };
    }),
    ...(current ?? []).filter((v) => !known.has(v)).map((v) => ({ value: v, label: `${v}（台账中没有这个类别）`, disabled: false })),
  ];
  return (
    <>
      <Form.Item name={[...prefix, 'categories']} label="写入这里的台账类别" extra="这些类别的台账会写进本节；一个类别只能归入一处">
        <Select mode="multiple" aria-label={`${what}的类别`} options={options} placeholder="选择类别" optionFilterProp="label" />
      </Form.Item>
      <Form.Item name={[...prefix, 'tags']} label="另外写入带这些标签的台账" extra="可不填。带这些标签的台账不论类别都写进本节，如“民法典”">
        <TagsInput aria-label={`${what}的标签`} placeholder="输入标签后按回车" />
      </Form.Item>
    </>
  );
}
