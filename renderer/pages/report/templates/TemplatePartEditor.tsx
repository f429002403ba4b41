import { Alert, Card, Form, Input, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { Category } from '../../../../shared/domain/category';
import { TEMPLATE_LIMITS, type TemplatePart } from '../../../../shared/domain/report-template';
import { numberFor } from '../../../../shared/report/text/numbering';
import { unmappedCategories } from './category-mapping';
import { LeaderRolesField } from './LeaderRolesField';
import { MappingFields } from './MappingFields';
import { PART_KIND_NAME } from './new-part';
import { SubsectionsEditor } from './SubsectionsEditor';

const KIND_NOTE: Record<TemplatePart['kind'], string> = {
  measures: '按小节写出全年台账',
  leader: '主要负责人以所选方式参与的台账写在这里',
  problems: '内容在“填写年度材料”中逐条填写',
  plans: '内容在“填写年度材料”中逐条填写',
  other: '内容在“填写年度材料”中填写，没有则写“无。”',
};

interface Props {
  index: number;
  parts: TemplatePart[] | undefined;
  categories: Category[];
  metricsOf: (categoryValue: string) => string[];
  open: string[];
  onOpen: (keys: string[]) => void;
  /** Move and remove buttons for the card's corner. */
  controls?: ReactNode;
}

export function TemplatePartEditor({ index, parts, categories, metricsOf, open, onOpen, controls }: Props) {
  const part = parts?.[index];
  if (!part) return null;
  // Inside PartsEditor's Form.List: names are relative to body.parts.
  const prefix = [index];
  const what = `第${index + 1}部分`;
  const unmapped = part.kind === 'measures' ? unmappedCategories(parts, categories) : [];
  const fallback = part.kind === 'measures' ? part.subsections?.find((s) => s?.kind === 'entries' && s.fallback) : undefined;
  return (
    <Card
      size="small"
      style={{ marginBottom: 16 }}
      extra={controls}
      title={
        <span>
          {numberFor(1, index + 1)}
          {PART_KIND_NAME[part.kind]}
          <Typography.Text type="secondary" style={{ fontWeight: 'normal', marginLeft: 8 }}>
            {KIND_NOTE[part.kind]}
          </Typography.Text>
        </span>
      }
    >
      <Form.Item name={[...prefix, 'heading']} label="标题" extra="编号一、二、……由程序自动加" rules={[{ required: true, whitespace: true, message: '请填写标题' }]}>
        <Input aria-label={`${what}标题`} maxLength={TEMPLATE_LIMITS.heading} />
      </Form.Item>
      {(part.kind === 'problems' || part.kind === 'plans') && (
        <Form.Item name={[...prefix, 'opener']} label="开头语（可不填）" extra="写在逐条内容之前的一段话">
          <Input.TextArea aria-label={`${what}开头语`} autoSize={{ minRows: 2, maxRows: 6 }} maxLength={TEMPLATE_LIMITS.sentence} />
        </Form.Item>
      )}
      {part.kind === 'leader' && (
        <>
          <LeaderRolesField name={[...prefix, 'roles']} what={what} />
          <MappingFields prefix={prefix} place={{ part: index }} categories={categories} parts={parts} what={what} />
          <Form.Item name={[...prefix, 'defaultDuties']} label="主要负责人履职的通用表述" extra="年度材料中没有填写履职情况时使用">
            <Input.TextArea aria-label={`${what}通用表述`} autoSize={{ minRows: 2, maxRows: 8 }} maxLength={1000} />
          </Form.Item>
        </>
      )}
      {part.kind === 'measures' && (
        <>
          <Form.Item name={[...prefix, 'lead']} label="引导句（可不填）" extra="写在第一个小节之前">
            <Input.TextArea aria-label={`${what}引导句`} autoSize={{ minRows: 1, maxRows: 4 }} maxLength={TEMPLATE_LIMITS.sentence} />
          </Form.Item>
          {unmapped.length > 0 && (
            <Alert
              type={fallback ? 'info' : 'warning'}
              showIcon
              style={{ marginBottom: 12 }}
              message={`没有归入任何小节的类别：${unmapped.map((c) => c.name).join('、')}`}
              description={fallback ? `这些类别的台账写入兜底小节“${fallback.heading}”。` : '没有兜底小节，这些类别的台账不会写进报告。请把它们归入某个小节，或把一个小节设为兜底小节。'}
            />
          )}
          <SubsectionsEditor part={index} parts={parts} categories={categories} metricsOf={metricsOf} open={open} onOpen={onOpen} />
        </>
      )}
    </Card>
  );
}
