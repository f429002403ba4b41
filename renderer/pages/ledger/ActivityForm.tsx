import type { FormInstance } from 'antd';
import { AutoComplete, Form, Input, InputNumber, Radio, Select } from 'antd';
import type { KeyboardEvent, ReactNode, Ref } from 'react';
import type { ActivityPeriod, DatePrecision } from '../../../shared/domain/activity';
import { ACTIVITY_LIMITS, ACTIVITY_PERIOD_NAMES, LEADER_ROLES } from '../../../shared/domain/activity';
import type { Category } from '../../../shared/domain/category';
import { TagsInput } from '../../forms/TagsInput';
import type { ActivityFormValues } from './activity-form-values';
import { firstSlot } from './activity-form-values';
import type { DatePickerRef } from './DateFields';
import { DateFields } from './DateFields';
import { DocumentSection } from './DocumentSection';
import { MetricsEditor } from './MetricsEditor';
import { periodHelp } from './period-help';

export type { DatePickerRef } from './DateFields';

interface CategoryOption {
  value: number;
  label: string;
  aliases: string[];
}

interface Props {
  form: FormInstance<ActivityFormValues>;
  initialValues: ActivityFormValues;
  categories: Category[];
  departments: string[];
  firstFieldRef: Ref<DatePickerRef>;
  onKeyDown: (e: KeyboardEvent<HTMLElement>) => void;
  /** Shown first, inside the form so its boxes share the keyboard saving (the template's 填空). */
  header?: ReactNode;
  /** Read-only (host mode: submitted for review, approved, or in a locked year); the drawer says why. */
  disabled?: boolean;
}

// Typing 普法 or 复议 finds the category by its everyday name, not only the formal one.
function matchesCategory(input: string, option: CategoryOption | undefined): boolean {
  if (!option) return false;
  const q = input.trim();
  return option.label.includes(q) || option.aliases.some((a) => a.includes(q));
}

const SUMMARY_HELP = '年度报告会直接引用这句话。请写成完整的一句，例如：组织开展“3·15”普法宣传活动，发放宣传资料500余份。';
const oneLine = (v: unknown) => (typeof v === 'string' ? v.replace(/[\r\n]+/g, '') : v);

/** A template leaves {学习内容} in the text; saved as it is, it would end up in the annual report. */
const noSlotLeft = {
  validator: (_: unknown, value: string | undefined) => {
    const slot = firstSlot(value);
    return slot ? Promise.reject(new Error(`请把${slot.slot}换成实际内容`)) : Promise.resolve();
  },
};

/**
 * A message the server put under a box goes once the box is changed: boxes without rules of their
 * own (结束日期) would otherwise keep saying "不能早于开始日期" after the date was fixed.
 */
function clearServerErrors(form: FormInstance<ActivityFormValues>, changed: Partial<ActivityFormValues>): void {
  const names = Object.keys(changed).filter((name) => form.getFieldError(name as keyof ActivityFormValues).length > 0);
  if (names.length) form.setFields(names.map((name) => ({ name: name as keyof ActivityFormValues, errors: [] })));
}

const LEADER_OPTIONS = [{ value: '', label: '无' }, ...LEADER_ROLES.map((r) => ({ value: r, label: r }))];
const PERIOD_OPTIONS = (Object.keys(ACTIVITY_PERIOD_NAMES) as ActivityPeriod[]).map((p) => ({ value: p, label: ACTIVITY_PERIOD_NAMES[p] }));
const PRECISION_OPTIONS: { value: DatePrecision; label: string }[] = [
  { value: 'day', label: '日' },
  { value: 'month', label: '月' },
  { value: 'year', label: '年' },
];
const half = { flex: 1, minWidth: 0 };

export function ActivityForm({ form, initialValues, categories, departments, firstFieldRef, onKeyDown, header, disabled = false }: Props) {
  const categoryOptions: CategoryOption[] = categories.map((c) => ({ value: c.id, label: c.name, aliases: c.aliases }));
  const departmentOptions = departments.map((d) => ({ value: d, label: d }));
  const period = (Form.useWatch('period', form) ?? '') as ActivityPeriod;
  const date = Form.useWatch('date', form);
  const precision = (Form.useWatch('datePrecision', form) ?? initialValues.datePrecision ?? 'day') as DatePrecision;

  return (
    <Form form={form} layout="vertical" disabled={disabled} initialValues={initialValues} onKeyDown={onKeyDown} onValuesChange={(changed) => clearServerErrors(form, changed)}>
      {header}
      <div style={{ display: 'flex', gap: 16 }}>
        <DateFields precision={precision} firstFieldRef={firstFieldRef} />
        <Form.Item name="datePrecision" label="日期精确到" style={{ flex: 'none', width: 96 }} tooltip="旧台账只写到月或年的，选“月”或“年”，不必编造具体日子">
          <Select options={PRECISION_OPTIONS} placeholder="日" />
        </Form.Item>
      </div>
      <div style={{ display: 'flex', gap: 16 }}>
        <Form.Item name="categoryId" label="类别" rules={[{ required: true, message: '请选择类别' }]} style={{ flex: 2, minWidth: 0 }}>
          <Select<number, CategoryOption>
            options={categoryOptions}
            placeholder="选择或输入关键字，如“普法”“复议”"
            showSearch={{ filterOption: matchesCategory }}
          />
        </Form.Item>
        <Form.Item name="period" label="统计期间" style={half}>
          <Select options={PERIOD_OPTIONS} />
        </Form.Item>
      </div>
      {period && <div style={{ margin: '-16px 0 16px', color: '#ad6800', fontSize: 13 }}>{periodHelp(period, date)}</div>}
      <Form.Item
        name="title"
        label="事项标题"
        rules={[
          { required: true, whitespace: true, message: '请填写事项标题' },
          { max: ACTIVITY_LIMITS.title, message: `事项标题不能超过${ACTIVITY_LIMITS.title}个字` },
          noSlotLeft,
        ]}
      >
        <Input placeholder="简短的名称，例如：“3·15”消费者权益日普法宣传" showCount maxLength={ACTIVITY_LIMITS.title} />
      </Form.Item>
      <Form.Item name="summary" label="内容摘要" extra={SUMMARY_HELP} normalize={oneLine} rules={[noSlotLeft]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={ACTIVITY_LIMITS.summary} />
      </Form.Item>
      <div style={{ display: 'flex', gap: 16 }}>
        <Form.Item name="department" label="承办科室" style={{ flex: 2, minWidth: 0 }}>
          <AutoComplete
            options={departmentOptions}
            placeholder="可从单位科室中选择，也可直接填写"
            showSearch={{ filterOption: (input, option) => String(option?.value ?? '').includes(input.trim()) }}
          />
        </Form.Item>
        <Form.Item name="participantCount" label="参加人数" style={half}>
          <InputNumber min={0} max={ACTIVITY_LIMITS.participantCount} precision={0} style={{ width: '100%' }} suffix="人" />
        </Form.Item>
      </div>
      <Form.Item name="participantsDesc" label="参加人员">
        <Input maxLength={ACTIVITY_LIMITS.participantsDesc} placeholder="例如：局党组成员、各科室负责人及干部职工" />
      </Form.Item>
      <div style={{ display: 'flex', gap: 16 }}>
        <Form.Item name="location" label="地点" style={half}>
          <Input maxLength={ACTIVITY_LIMITS.location} placeholder="例如：单位三楼会议室" />
        </Form.Item>
        <Form.Item name="leaderRole" label="主要负责人参与" style={half}>
          <Radio.Group optionType="button" options={LEADER_OPTIONS} aria-label="主要负责人参与" />
        </Form.Item>
      </div>
      <Form.Item name="tags" label="标签" extra="输入后按回车添加，可添加多个，例如：民法典、进社区">
        <TagsInput maxCount={ACTIVITY_LIMITS.tags} />
      </Form.Item>
      <Form.Item label="指标" extra="年报和统计按这些数字汇总；勾选“余”表示约数。" style={{ marginBottom: 16 }}>
        <MetricsEditor form={form} />
      </Form.Item>
      <DocumentSection open={Boolean(initialValues.docTitle || initialValues.docNumber)} />
      <Form.Item name="details" label="详细情况" extra="活动经过、会议内容、工作成效等，供日后查阅和检查时参考">
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} maxLength={ACTIVITY_LIMITS.details} />
      </Form.Item>
    </Form>
  );
}
