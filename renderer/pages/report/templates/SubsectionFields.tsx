import { Form, Input, Switch } from 'antd';
import type { Category } from '../../../../shared/domain/category';
import { TEMPLATE_LIMITS, type TemplatePart, type TemplateSubsection } from '../../../../shared/domain/report-template';
import { LeaderRolesField } from './LeaderRolesField';
import { MappingFields } from './MappingFields';
import { SentenceListField } from './SentenceListField';

interface Props {
  /** The subsection's index inside its Form.List. */
  field: number;
  part: number;
  sub: TemplateSubsection | undefined;
  categories: Category[];
  parts: TemplatePart[] | undefined;
  /** Metric names by category value. */
  metricsOf: (categoryValue: string) => string[];
}

export function SubsectionFields({ field, part, sub, categories, parts, metricsOf }: Props) {
  const what = `第${field + 1}小节`;
  const metricNames = [...new Set((sub?.categories ?? []).flatMap(metricsOf))];
  return (
    <>
      <Form.Item name={[field, 'heading']} label="小节标题" extra="编号（一）（二）……由程序自动加，不要写在标题里" rules={[{ required: true, whitespace: true, message: '请填写小节标题' }]}>
        <Input aria-label={`${what}标题`} maxLength={TEMPLATE_LIMITS.heading} />
      </Form.Item>
      <Form.Item name={[field, 'lead']} label="引导句（可不填）" extra="写在本小节台账内容之前的一句话，如：“我局坚持把普法宣传作为基础性工作来抓。”">
        <Input.TextArea aria-label={`${what}引导句`} autoSize={{ minRows: 1, maxRows: 4 }} maxLength={TEMPLATE_LIMITS.sentence} />
      </Form.Item>
      <MappingFields prefix={[field]} place={{ part, subsection: field }} categories={categories} parts={parts} what={what} />
      {sub?.kind === 'leader' ? (
        <>
          <LeaderRolesField name={[field, 'roles']} what={what} />
          <Form.Item name={[field, 'defaultDuties']} label="主要负责人履职的通用表述" extra="年度材料中没有填写履职情况时使用">
            <Input.TextArea aria-label={`${what}通用表述`} autoSize={{ minRows: 2, maxRows: 8 }} maxLength={1000} />
          </Form.Item>
        </>
      ) : (
        <>
          <SentenceListField name={[field, 'metricSentences']} what={what} metricNames={metricNames} />
          <div style={{ display: 'flex', gap: 32, flexWrap: 'wrap' }}>
            <Form.Item name={[field, 'fallback']} label="兜底小节" valuePropName="checked" extra="没有归入任何小节的台账写在这里（只能有一个）">
              <Switch aria-label={`${what}兜底`} />
            </Form.Item>
            <Form.Item name={[field, 'autoTotals']} label="自动写出合计" valuePropName="checked" extra="案件数、热线量等按月或按年汇总的数字，没有指标句提到时自动写一句">
              <Switch aria-label={`${what}自动合计`} />
            </Form.Item>
          </div>
        </>
      )}
    </>
  );
}
