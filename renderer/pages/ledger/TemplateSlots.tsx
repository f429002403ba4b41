import type { FormInstance } from 'antd';
import { Input, Typography } from 'antd';
import { useRef, useState } from 'react';
import { fillTemplate, templateSlots } from '../../../shared/domain/entry-templates';
import type { ActivityFormValues, MetricRow } from './activity-form-values';
import { linkedMetricIndex, slotNumber } from './slot-metrics';

/** A template's patterns and the slots already known (a 普法日's theme). */
export interface SlotTemplate {
  name: string;
  titlePattern: string;
  summaryPattern: string;
  filled: Record<string, string>;
}

interface Props {
  template: SlotTemplate;
  form: FormInstance<ActivityFormValues>;
}

export const FIRST_SLOT_ID = 'template-slot-0';

/**
 * 填空: one small box per {占位} of the template, writing the title and the report sentence as they
 * are typed. A sentence the person has edited by hand is theirs and is no longer rewritten.
 */
export function TemplateSlots({ template, form }: Props) {
  const slots = templateSlots(`${template.titlePattern}${template.summaryPattern}`).filter((s) => !(s in template.filled));
  const [values, setValues] = useState<Record<string, string>>({});
  // What this panel last wrote into each box, to tell its own text from the person's edits.
  const copied = useRef<Record<string, number | null>>({});
  const written = useRef({
    title: fillTemplate(template.titlePattern, template.filled),
    summary: fillTemplate(template.summaryPattern, template.filled),
  });
  if (slots.length === 0) return null;

  const copyNumber = (slot: string, text: string) => {
    const rows = (form.getFieldValue('metrics') ?? []) as MetricRow[];
    const index = linkedMetricIndex(slot, rows);
    const number = slotNumber(text);
    const row = rows[index];
    const mine = copied.current[slot];
    // Only into a box still empty, or one this slot filled before: a typed value is the person's.
    if (!row || (row.value !== null && row.value !== undefined && mine !== row.value)) return;
    if (!number && mine === undefined) return;
    copied.current[slot] = number?.value ?? null;
    form.setFieldValue(['metrics', index, 'value'], number?.value ?? null);
    form.setFieldValue(['metrics', index, 'approximate'], number?.approximate ?? false);
  };

  const change = (slot: string, text: string) => {
    const next = { ...values, [slot]: text };
    setValues(next);
    copyNumber(slot, text);
    const given = { ...template.filled, ...Object.fromEntries(Object.entries(next).filter(([, v]) => v.trim() !== '')) };
    for (const field of ['title', 'summary'] as const) {
      const pattern = field === 'title' ? template.titlePattern : template.summaryPattern;
      if (form.getFieldValue(field) !== written.current[field]) continue;
      const text = fillTemplate(pattern, given);
      written.current[field] = text;
      form.setFieldValue(field, text);
    }
    // Re-checked only where an error is already showing, so nothing turns red while typing.
    const shown = (['title', 'summary'] as const).filter((f) => form.getFieldError(f).length > 0);
    if (shown.length) void form.validateFields(shown).catch(() => undefined);
  };

  return (
    <section aria-label="模板填空" style={{ background: '#f7f9fc', border: '1px solid #e3e9f3', borderRadius: 8, padding: '10px 12px 4px', marginBottom: 16 }}>
      <Typography.Text strong>“{template.name}”模板填空</Typography.Text>
      <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 13 }}>
        填好后标题和内容摘要自动生成，也可以直接改写
      </Typography.Text>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', gap: '8px 16px', margin: '8px 0' }}>
        {slots.map((slot, i) => (
          <Input
            key={slot}
            id={i === 0 ? FIRST_SLOT_ID : undefined}
            aria-label={slot}
            prefix={<span style={{ color: 'rgba(0,0,0,0.45)' }}>{slot}</span>}
            value={values[slot] ?? ''}
            onChange={(e) => change(slot, e.target.value)}
            maxLength={60}
          />
        ))}
      </div>
    </section>
  );
}
