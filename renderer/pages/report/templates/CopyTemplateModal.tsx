import { App, Form, Input, Modal } from 'antd';
import { useEffect, useState } from 'react';
import { call } from '../../../api/client';
import { TEMPLATE_LIMITS, type ReportTemplate, type ReportTemplateSummary } from '../../../../shared/domain/report-template';
import { toAppError } from '../../../forms/to-app-error';
import { TEMPLATE_NAME_RULES } from './template-name-rules';

interface Props {
  source: ReportTemplateSummary | undefined;
  onClose: () => void;
  onCopied: (copy: ReportTemplate) => void;
}

function suggestedName(source: ReportTemplateSummary): string {
  const suffix = '（本单位）';
  return `${Array.from(source.name).slice(0, TEMPLATE_LIMITS.name - suffix.length).join('')}${suffix}`;
}

export function CopyTemplateModal({ source, onClose, onCopied }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ name: string }>();
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (source) form.setFieldsValue({ name: suggestedName(source) });
  }, [source, form]);

  async function copy() {
    if (!source) return;
    const { name } = await form.validateFields();
    setSaving(true);
    try {
      const made = await call('report.templates.copy', { id: source.id, name });
      void message.success(`已复制为“${made.name}”，可以修改了`);
      onCopied(made);
    } catch (err) {
      const e = toAppError(err);
      form.setFields([{ name: 'name', errors: [e.message] }]);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal open={!!source} title={`复制模板“${source?.name ?? ''}”`} okText="复制" cancelText="取消" confirmLoading={saving} onOk={() => void copy()} onCancel={onClose} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={() => void copy()}>
        <Form.Item
          name="name"
          label="新模板的名称"
          extra={`不超过${TEMPLATE_LIMITS.name}个字，不能与已有模板重名`}
          rules={TEMPLATE_NAME_RULES}
        >
          <Input autoFocus maxLength={TEMPLATE_LIMITS.name} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
