import { Alert, App, Button, Form, Input, InputNumber, Space } from 'antd';
import { useState } from 'react';
import { call } from '../../api/client';
import { CONFIRM_PHRASES } from '../../../shared/contract/confirmation';
import type { BackupSettings } from '../../../shared/domain/backup';
import { BACKUP_LIMITS as L, BACKUP_SETTING_LABELS } from '../../../shared/domain/backup';
import { applyFieldErrors } from '../../forms/apply-field-errors';
import { toAppError } from '../../forms/to-app-error';

const FIELDS = ['keepLast', 'keepDaily', 'keepMonthly', 'intervalHours', 'extraFolder'] as const;

interface Props {
  settings: BackupSettings;
  onSaved(settings: BackupSettings): void;
}

const DELETE_BACKUPS = CONFIRM_PHRASES['backup.settings.update'];

export function BackupSettingsForm({ settings, onSaved }: Props) {
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<BackupSettings>();
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string>();

  /**
   * Only the server knows whether a rule would remove backups (it counts them), so a save is sent
   * as it is; when it answers confirm_required, its message (how many, what to type) is shown over a
   * box for the word, and what the user typed is sent with the save again.
   */
  const save = async (confirm?: string) => {
    setProblem(undefined);
    setSaving(true);
    try {
      const saved = await call('backup.settings.update', { ...form.getFieldsValue(), confirm });
      form.setFieldsValue(saved);
      onSaved(saved);
      void message.success('备份设置已保存');
    } catch (err) {
      const error = toAppError(err);
      if (error.code === 'confirm_required' && confirm === undefined) {
        askToDelete(error.message);
        return;
      }
      setProblem(error.message);
      applyFieldErrors(form, error, FIELDS, BACKUP_SETTING_LABELS);
    } finally {
      setSaving(false);
    }
  };

  const askToDelete = (why: string) => {
    let typed = '';
    const ready = () => typed.trim() === DELETE_BACKUPS;
    const dialog = modal.confirm({
      title: '新的保留规则会删除备份',
      width: 520,
      content: (
        <>
          <p>{why}</p>
          <Input
            aria-label="确认删除备份"
            placeholder={DELETE_BACKUPS}
            onChange={(e) => {
              typed = e.target.value;
              dialog.update({ okButtonProps: { danger: true, disabled: !ready() } });
            }}
          />
        </>
      ),
      okText: '删除备份并保存',
      okButtonProps: { danger: true, disabled: true },
      cancelText: '取消',
      onOk: () => save(typed.trim()),
    });
  };

  const count = (name: 'keepLast' | 'keepDaily' | 'keepMonthly' | 'intervalHours', unit: string, extra: string) => (
    <Form.Item name={name} label={BACKUP_SETTING_LABELS[name]} extra={`${extra}（${L[name].min}—${L[name].max}）`}>
      <InputNumber min={L[name].min} max={L[name].max} precision={0} suffix={unit} style={{ width: 140 }} />
    </Form.Item>
  );

  return (
    <Form<BackupSettings> form={form} layout="horizontal" labelCol={{ flex: '190px' }} wrapperCol={{ flex: '1 1 0', style: { minWidth: 0 } }} style={{ maxWidth: 760 }} initialValues={settings}>
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} />}
      {count('keepLast', '份', '无论时间，最近的这些备份都保留')}
      {count('keepDaily', '天', '此外每天保留当天最后一份')}
      {count('keepMonthly', '个月', '此外每月保留当月最后一份')}
      {count('intervalHours', '小时', '程序开着时，数据有改动就按此间隔自动备份')}
      <Form.Item
        name="extraFolder"
        label={BACKUP_SETTING_LABELS.extraFolder}
        extra="每份备份校验后再复制一份到这里（U 盘、移动硬盘或单位的共享文件夹），放在其中的“法治台账备份”文件夹里。留空表示不另存。"
      >
        <Input maxLength={L.extraFolder.max} placeholder="例如：E:\台账备份" allowClear />
      </Form.Item>
      <Form.Item label={null}>
        <Space>
          <Button type="primary" loading={saving} onClick={() => void save()}>
            保存设置
          </Button>
        </Space>
      </Form.Item>
    </Form>
  );
}
