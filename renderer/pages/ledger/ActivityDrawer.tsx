import { Alert, Badge, Button, Drawer, Form, Space, Tabs, Typography } from 'antd';
import { useCallback, useRef, useState } from 'react';
import { call } from '../../api/client';
import type { Activity } from '../../../shared/domain/activity';
import { ACTIVITY_FIELD_LABELS } from '../../../shared/domain/activity';
import type { Category } from '../../../shared/domain/category';
import { applyFieldErrors } from '../../forms/apply-field-errors';
import { toAppError } from '../../forms/to-app-error';
import { useLastDepartment } from '../../hooks/useLastDepartment';
import { useSubmitKeys } from '../../hooks/useSubmitKeys';
import type { DatePickerRef } from './ActivityForm';
import { ActivityForm } from './ActivityForm';
import type { ActivityFormValues, MetricRow } from './activity-form-values';
import { ACTIVITY_FORM_FIELDS, activityToFormValues, blankActivity, firstSlot, formValuesToInput, isBlankRow } from './activity-form-values';
import type { DrawerRequest, DrawerTab } from './drawer-request';
import { EvidencePanel } from './evidence/EvidencePanel';
import { useAttachments } from './evidence/useAttachments';
import { useEntryGaps } from './evidence/useEntryGaps';
import { HistoryTimeline } from './history/HistoryTimeline';
import { FIRST_SLOT_ID, TemplateSlots } from './TemplateSlots';

interface Props {
  open: boolean;
  request: DrawerRequest;
  categories: Category[];
  departments: string[];
  onClose: () => void;
  /** `stayOpen`: saved on the way to the evidence tab, the drawer stays on the entry. */
  onSaved: (saved: Activity, wasNew: boolean, stayOpen: boolean) => void;
  onEvidenceChanged: () => void;
}

/** Puts the cursor on the first {占位} a template left in the title, ready to be typed over. */
function focusFirstSlot(title: string | undefined): boolean {
  const slot = firstSlot(title);
  const box = document.getElementById('title');
  if (!slot || !(box instanceof HTMLInputElement)) return false;
  box.focus();
  box.setSelectionRange(slot.start, slot.end);
  return true;
}

export function ActivityDrawer({ open, request, categories, departments, onClose, onSaved, onEvidenceChanged }: Props) {
  const [form] = Form.useForm<ActivityFormValues>();
  const { lastDepartment, rememberDepartment } = useLastDepartment();
  const [initialValues] = useState<ActivityFormValues>(() =>
    request.editing ? activityToFormValues(request.editing) : (request.prefill ?? blankActivity(lastDepartment())),
  );
  const [current, setCurrent] = useState<Activity | null>(request.editing);
  const [tab, setTab] = useState<DrawerTab>(request.tab ?? 'form');
  const [saving, setSaving] = useState(false);
  // A second Ctrl+Enter or click while a save is on its way must not send the entry twice.
  const inFlight = useRef(false);
  const [problem, setProblem] = useState<string>();
  const firstField = useRef<DatePickerRef>(null);
  const attachments = useAttachments(current?.id ?? null);
  const missing = useEntryGaps(current, attachments.list);

  // Hidden categories stay selectable for an entry that already uses one.
  const choosable = categories.filter((c) => !c.hidden || c.id === current?.categoryId);

  const submit = useCallback(
    async (then: 'close' | 'evidence') => {
      if (inFlight.current) return;
      inFlight.current = true;
      setProblem(undefined);
      // A row left completely empty is dropped, so a spare row never blocks saving; the server's
      // row numbers then match the rows on screen.
      const rows = (form.getFieldValue('metrics') ?? []) as MetricRow[];
      if (rows.some(isBlankRow)) form.setFieldValue('metrics', rows.filter((r) => !isBlankRow(r)));
      let values: ActivityFormValues;
      try {
        values = await form.validateFields();
      } catch {
        inFlight.current = false;
        setTab('form');
        return; // the boxes already show what is missing
      }
      setSaving(true);
      try {
        const input = formValuesToInput(values);
        const saved = current ? await call('activities.update', { id: current.id, ...input }) : await call('activities.create', input);
        rememberDepartment(input.department ?? '');
        setCurrent(saved);
        if (then === 'evidence') setTab('evidence');
        onSaved(saved, current === null, then === 'evidence');
      } catch (err) {
        const error = toAppError(err);
        setTab('form');
        setProblem(error.message);
        applyFieldErrors(form, error, ACTIVITY_FORM_FIELDS, ACTIVITY_FIELD_LABELS, ['metrics']);
      } finally {
        inFlight.current = false;
        setSaving(false);
      }
    },
    [current, form, onSaved, rememberDepartment],
  );

  const onKeyDown = useSubmitKeys(() => void submit('close'));
  const evidenceChanged = useCallback(() => onEvidenceChanged(), [onEvidenceChanged]);

  // An entry not saved yet keeps its save buttons on every tab: 关闭 there would drop what was typed.
  const footer =
    tab === 'form' || !current ? (
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Text type="secondary">按 Ctrl+Enter 保存</Typography.Text>
        <Space>
          <Button onClick={onClose}>取消</Button>
          {!current && (
            <Button loading={saving} onClick={() => void submit('evidence')}>
              保存并上传佐证
            </Button>
          )}
          <Button type="primary" loading={saving} onClick={() => void submit('close')}>
            保存
          </Button>
        </Space>
      </Space>
    ) : (
      <Space style={{ width: '100%', justifyContent: 'flex-end' }}>
        <Button onClick={onClose}>关闭</Button>
      </Space>
    );

  const evidenceLabel = (
    <span>
      佐证材料
      {attachments.list.length > 0 && <Badge count={attachments.list.length} color="#1d4f91" size="small" style={{ marginInlineStart: 6 }} />}
      {missing.length > 0 && <Badge status="warning" style={{ marginInlineStart: 6 }} />}
    </span>
  );

  return (
    <Drawer
      open={open}
      title={current ? '编辑活动' : '新增活动'}
      size={720}
      destroyOnHidden
      onClose={onClose}
      afterOpenChange={(visible) => {
        if (!visible || tab !== 'form') return;
        const slotBox = document.getElementById(FIRST_SLOT_ID);
        if (slotBox) slotBox.focus();
        else if (!focusFirstSlot(form.getFieldValue('title') as string | undefined)) firstField.current?.focus();
      }}
      footer={footer}
      styles={{ body: { paddingTop: 4 } }}
    >
      <Tabs
        activeKey={tab}
        onChange={(key) => setTab(key as DrawerTab)}
        items={[
          {
            key: 'form',
            label: '登记内容',
            forceRender: true,
            children: (
              <>
                {request.notice && <Alert type="info" showIcon title={request.notice} style={{ marginBottom: 16 }} />}
                {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} />}
                <ActivityForm
                  form={form}
                  initialValues={initialValues}
                  categories={choosable}
                  departments={departments}
                  firstFieldRef={firstField}
                  onKeyDown={onKeyDown}
                  header={request.template && !current && <TemplateSlots template={request.template} form={form} />}
                />
              </>
            ),
          },
          {
            key: 'evidence',
            label: evidenceLabel,
            children: (
              <EvidencePanel
                activity={current}
                attachments={attachments}
                missing={missing}
                onSaveFirst={() => void submit('evidence')}
                onChanged={evidenceChanged}
              />
            ),
          },
          {
            key: 'history',
            label: '修改记录',
            disabled: !current,
            children: current && <HistoryTimeline key={current.updatedAt} activityId={current.id} />,
          },
        ]}
      />
    </Drawer>
  );
}
