import { Alert, App, Button, Form, Input, Select } from 'antd';
import { useState } from 'react';
import { call } from '../../api/client';
import type { UnitProfile, UnitUpdateInput } from '../../../shared/domain/unit';
import { UNIT_FIELD_LABELS, UNIT_LIMITS, UNIT_TYPES } from '../../../shared/domain/unit';
import { applyFieldErrors } from '../../forms/apply-field-errors';
import { toAppError } from '../../forms/to-app-error';
import { TagsInput } from '../../forms/TagsInput';
import { useSubmitKeys } from '../../hooks/useSubmitKeys';

type UnitFormValues = Omit<UnitProfile, 'updatedAt'>;

const UNIT_FORM_FIELDS = ['name', 'type', 'leaderName', 'leaderTitle', 'departments', 'operatorName'] as const;

interface Props {
  profile: UnitProfile;
}

export function UnitProfileForm({ profile }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<UnitFormValues>();
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string>();

  const save = async () => {
    if (saving) return;
    setProblem(undefined);
    const values = form.getFieldsValue();
    const input: UnitUpdateInput = { ...values, departments: (values.departments ?? []).map((d) => d.trim()).filter(Boolean) };
    setSaving(true);
    try {
      const saved = await call('unit.update', input);
      form.setFieldsValue(saved);
      void message.success('已保存');
    } catch (err) {
      const error = toAppError(err);
      setProblem(error.message);
      applyFieldErrors(form, error, UNIT_FORM_FIELDS, UNIT_FIELD_LABELS);
    } finally {
      setSaving(false);
    }
  };
  const onKeyDown = useSubmitKeys(() => void save());

  return (
    <Form<UnitFormValues>
      form={form}
      layout="horizontal"
      labelCol={{ flex: '180px' }}
      wrapperCol={{ flex: 'auto' }}
      style={{ maxWidth: 680 }}
      initialValues={profile}
      onKeyDown={onKeyDown}
    >
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} />}
      <Form.Item name="name" label="单位名称" extra="年度报告标题和落款使用，请写全称">
        <Input maxLength={UNIT_LIMITS.name} placeholder="例如：某某县市场监督管理局" />
      </Form.Item>
      <Form.Item name="type" label="单位类型">
        <Select options={UNIT_TYPES.map((t) => ({ value: t, label: t }))} showSearch={{ optionFilterProp: 'label' }} />
      </Form.Item>
      <Form.Item name="leaderName" label="主要负责人" extra="履行推进法治建设第一责任人职责的负责人">
        <Input maxLength={UNIT_LIMITS.leader} />
      </Form.Item>
      <Form.Item name="leaderTitle" label="主要负责人职务">
        <Input maxLength={UNIT_LIMITS.leaderTitle} placeholder="例如：局长、党组书记" />
      </Form.Item>
      <Form.Item name="departments" label="科室" extra="输入科室名称后按回车添加；新增活动时可直接选择">
        <TagsInput maxCount={UNIT_LIMITS.departments} />
      </Form.Item>
      <Form.Item name="operatorName" label="操作人（记入修改记录）" extra="使用本机填写台账的人员姓名">
        <Input maxLength={UNIT_LIMITS.operator} />
      </Form.Item>
      <Form.Item label={null}>
        <Button type="primary" loading={saving} onClick={() => void save()}>
          保存
        </Button>
      </Form.Item>
    </Form>
  );
}
