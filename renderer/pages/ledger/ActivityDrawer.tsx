import { Alert, App, Badge, Button, Drawer, Form, Space, Tabs, Typography } from 'antd';
import { useCallback, useRef, useState } from 'react';
import { call } from '../../api/client';
import { useSignedInUser } from '../../auth/signed-in-user';
import type { Activity } from '../../../shared/domain/activity';
import { ACTIVITY_FIELD_LABELS } from '../../../shared/domain/activity';
import type { Category } from '../../../shared/domain/category';
import { applyFieldErrors } from '../../forms/apply-field-errors';
import { toAppError } from '../../forms/to-app-error';
import { useLastDepartment } from '../../hooks/useLastDepartment';
import { useOperation } from '../../hooks/useOperation';
import { useSubmitKeys } from '../../hooks/useSubmitKeys';
import { ConflictModal } from '../review/ConflictModal';
import { describeEdits } from '../review/edit-summary';
import { entryAccess, lockedYears } from '../review/entry-access';
import { EntryReviewStatus } from '../review/EntryReviewStatus';
import { ReturnReasonModal } from '../review/ReturnReasonModal';
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
  /**
   * `stayOpen`: saved on the way to the evidence tab, the drawer stays on the entry. `reviewed`: a
   * review step (提交审核 / 通过 / 退回) was done and the drawer has said so itself, so the caller
   * shows no message of its own (one action, one message).
   */
  onSaved: (saved: Activity, wasNew: boolean, stayOpen: boolean, reviewed: boolean) => void;
  onEvidenceChanged: () => void;
}

/**
 * What a save button does after saving: close, go on to the evidence tab, or (host mode) hand the
 * entry on in review. 退回 carries the reason the 审核员 wrote.
 */
type Then = 'close' | 'evidence' | 'submit' | 'approve' | { return: string };

const REVIEW_DONE = { submit: '已提交审核，请等待审核员审核', approve: '已审核通过', return: '已退回给录入人修改' } as const;

function reviewStep(then: Then): keyof typeof REVIEW_DONE | null {
  if (typeof then === 'object') return 'return';
  return then === 'submit' || then === 'approve' ? then : null;
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
  const { message } = App.useApp();
  const user = useSignedInUser();
  const locks = useOperation('years.locks', {});
  const { lastDepartment, rememberDepartment } = useLastDepartment();
  const [initialValues, setInitialValues] = useState<ActivityFormValues>(() =>
    request.editing ? activityToFormValues(request.editing) : (request.prefill ?? blankActivity(lastDepartment())),
  );
  const [current, setCurrent] = useState<Activity | null>(request.editing);
  const [tab, setTab] = useState<DrawerTab>(request.tab ?? 'form');
  const [saving, setSaving] = useState(false);
  // A second Ctrl+Enter or click while a save is on its way must not send the entry twice.
  const inFlight = useRef(false);
  const [problem, setProblem] = useState<string>();
  // Someone else saved the entry after this form was opened: their words, and this person's changes.
  const [conflict, setConflict] = useState<{ message: string; edits: string } | null>(null);
  const [reloading, setReloading] = useState(false);
  const [returning, setReturning] = useState(false);
  const firstField = useRef<DatePickerRef>(null);
  const attachments = useAttachments(current?.id ?? null);
  const missing = useEntryGaps(current, attachments.list);

  // Hidden categories stay selectable for an entry that already uses one.
  const choosable = categories.filter((c) => !c.hidden || c.id === current?.categoryId);
  const access = entryAccess(user, current, lockedYears(locks.data));
  const readOnly = access.readOnlyReason !== null;

  const submit = useCallback(
    async (then: Then) => {
      const step = reviewStep(then);
      // Read-only: no save button, and no review step is offered (entry-access.ts); Ctrl+Enter does nothing.
      if (inFlight.current || readOnly) return;
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
      const input = formValuesToInput(values);
      // A 审核员 who only read the entry approves or returns it without saving it again.
      const save = step === null || step === 'submit' || current === null || form.isFieldsTouched();
      let saved = current;
      // A conflict answer to the save is the colleague's edit; one to the review step is said as it is.
      let stage: 'save' | 'review' = 'save';
      try {
        if (save) {
          // expectedUpdatedAt: the version on screen, so a colleague's save in between is not overwritten.
          saved = current ? await call('activities.update', { id: current.id, ...input, expectedUpdatedAt: current.updatedAt }) : await call('activities.create', input);
          rememberDepartment(input.department ?? '');
          setCurrent(saved);
        }
        stage = 'review';
        if (saved && step === 'submit') saved = await call('activities.submit', { id: saved.id });
        if (saved && step === 'approve') saved = await call('activities.review', { id: saved.id, decision: 'approve' });
        if (saved && typeof then === 'object') saved = await call('activities.review', { id: saved.id, decision: 'return', reason: then.return });
        if (!saved) return;
        setCurrent(saved);
        setReturning(false);
        if (then === 'evidence') setTab('evidence');
        onSaved(saved, current === null, then === 'evidence', step !== null);
        if (step) void message.success(REVIEW_DONE[step]);
      } catch (err) {
        const error = toAppError(err);
        setTab('form');
        if (error.code === 'conflict' && stage === 'save' && current) {
          const name = (id: number) => categories.find((c) => c.id === id)?.name ?? '';
          setConflict({ message: error.message, edits: describeEdits(formValuesToInput(activityToFormValues(current)), input, name) });
        } else {
          setProblem(error.message);
          applyFieldErrors(form, error, ACTIVITY_FORM_FIELDS, ACTIVITY_FIELD_LABELS, ['metrics']);
        }
      } finally {
        inFlight.current = false;
        setSaving(false);
      }
    },
    [categories, current, form, message, onSaved, readOnly, rememberDepartment],
  );

  /** After a conflict, shows the colleague's saved version; this person chose to, after copying their changes. */
  const reload = useCallback(async () => {
    if (!current) return;
    setReloading(true);
    try {
      const fresh = await call('activities.get', { id: current.id });
      const values = activityToFormValues(fresh);
      setCurrent(fresh);
      setInitialValues(values);
      form.resetFields();
      form.setFieldsValue(values);
      setProblem(undefined);
      setConflict(null);
    } catch (err) {
      void message.error(toAppError(err).message);
    } finally {
      setReloading(false);
    }
  }, [current, form, message]);

  const onKeyDown = useSubmitKeys(() => void submit('close'));
  const evidenceChanged = useCallback(() => onEvidenceChanged(), [onEvidenceChanged]);

  const decide = access.canDecide && (
    <>
      <Button danger disabled={saving} onClick={() => setReturning(true)}>
        退回
      </Button>
      <Button loading={saving} onClick={() => void submit('approve')}>
        通过
      </Button>
    </>
  );
  // An entry not saved yet keeps its save buttons on every tab: 关闭 there would drop what was typed.
  // A read-only entry (entry-access.ts) has only 关闭.
  const footer =
    (tab === 'form' || !current) && !readOnly ? (
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Text type="secondary">按 Ctrl+Enter 保存</Typography.Text>
        <Space>
          <Button onClick={onClose}>取消</Button>
          {!current && (
            <Button loading={saving} onClick={() => void submit('evidence')}>
              保存并上传佐证
            </Button>
          )}
          {access.canSubmit && (
            <Button loading={saving} onClick={() => void submit('submit')} title="保存后提交给审核员审核；审核前不能再修改">
              提交审核
            </Button>
          )}
          {decide}
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
                {current && (access.hostMode || (current.reviewStatus && current.reviewStatus !== 'approved')) && <EntryReviewStatus entry={current} />}
                {access.readOnlyReason && <Alert type="warning" showIcon title={access.readOnlyReason} style={{ marginBottom: 16 }} />}
                {request.notice && <Alert type="info" showIcon title={request.notice} style={{ marginBottom: 16 }} />}
                {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} />}
                <ActivityForm
                  form={form}
                  disabled={readOnly}
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
      <ConflictModal
        open={conflict !== null}
        message={conflict?.message ?? ''}
        edits={conflict?.edits ?? ''}
        reloading={reloading}
        onReload={() => void reload()}
        onKeepEditing={() => setConflict(null)}
      />
      <ReturnReasonModal
        open={returning}
        title={current?.title ?? ''}
        busy={saving}
        onCancel={() => setReturning(false)}
        onReturn={(reason) => void submit({ return: reason })}
      />
    </Drawer>
  );
}
