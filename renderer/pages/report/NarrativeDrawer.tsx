import { Alert, App, Button, Col, Drawer, Form, Input, Row, Space, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { call } from '../../api/client';
import { NARRATIVE_FIELD_LABELS, type NarrativeView, type ReportNarrative } from '../../../shared/domain/report-narrative';
import { applyFieldErrors } from '../../forms/apply-field-errors';
import { toAppError } from '../../forms/to-app-error';
import { ParagraphListField } from './ParagraphListField';

interface Props {
  year: number;
  open: boolean;
  onClose: () => void;
  /** A field to scroll to and put the cursor in once loaded (a link from 年报体检). */
  focus?: string;
  /** After a save: the report is assembled again so the new text shows at once. */
  onSaved: () => void;
}

const FIELDS = ['preface', 'superior', 'dutiesParagraph', 'problems', 'plans', 'other', 'signature', 'date'] as const;

const clean = (list: string[] | undefined) => (list ?? []).map((s) => s.trim()).filter(Boolean);

export function NarrativeDrawer({ year, open, focus, onClose, onSaved }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<ReportNarrative>();
  const [loaded, setLoaded] = useState<NarrativeView>();
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (!open) return;
    let current = true;
    setLoaded(undefined);
    call('report.narrative.get', { year }).then(
      (v) => {
        if (!current) return;
        setLoaded(v);
        form.setFieldsValue(v.narrative);
      },
      (err: unknown) => current && void message.error(toAppError(err).message),
    );
    return () => {
      current = false;
    };
  }, [open, year, form, message]);

  useEffect(() => {
    if (!loaded || !focus) return;
    const frame = requestAnimationFrame(() => {
      const box = document.querySelector<HTMLElement>(`[data-narrative-field="${focus}"]`);
      if (!box) return;
      box.scrollIntoView({ block: 'center' });
      box.animate([{ backgroundColor: '#fff7e6' }, { backgroundColor: 'transparent' }], { duration: 2400 });
      const typed = box.querySelector<HTMLElement>('textarea, input');
      if (typed) return typed.focus();
      // An empty list: start its first paragraph, so the cursor is where the text goes.
      box.querySelector<HTMLElement>('button')?.click();
      requestAnimationFrame(() => box.querySelector<HTMLElement>('textarea')?.focus());
    });
    return () => cancelAnimationFrame(frame);
  }, [loaded, focus]);

  async function save() {
    const v = form.getFieldsValue(true) as ReportNarrative;
    setSaving(true);
    try {
      await call('report.narrative.set', { ...v, year, problems: clean(v.problems), plans: clean(v.plans) });
      void message.success('已保存，正在重新生成报告');
      onSaved();
      onClose();
    } catch (err) {
      const e = toAppError(err);
      applyFieldErrors(form, e, FIELDS, NARRATIVE_FIELD_LABELS);
      void message.error(e.message);
    } finally {
      setSaving(false);
    }
  }

  const lastPlans = loaded?.lastYearPlans ?? [];
  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={820}
      title={`${year}年度材料：报告中需要亲自填写的部分`}
      extra={
        <Space>
          <Button onClick={onClose}>取消</Button>
          <Button type="primary" loading={saving} disabled={!loaded} onClick={() => void save()}>
            保存并重新生成
          </Button>
        </Space>
      }
    >
      {!loaded ? (
        <Spin />
      ) : (
        <Form form={form} layout="vertical" aria-label="年度材料">
          <div data-narrative-field="superior">
            <Form.Item name="superior" label="上级机关" extra="写进开头“在……的坚强领导下”，如：区委、区政府">
              <Input maxLength={60} />
            </Form.Item>
          </div>
          <div data-narrative-field="preface">
            <Form.Item name="preface" label="开头语补充" extra="本年度获得的荣誉、工作目标等，放在“现将……报告如下：”之前">
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
            </Form.Item>
          </div>
          <div data-narrative-field="dutiesParagraph">
            <Form.Item name="dutiesParagraph" label="主要负责人履行第一责任人职责情况" extra="不填则使用模板的通用表述">
              <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} />
            </Form.Item>
          </div>
          <ParagraphListField name="problems" label="存在的不足" addText="添加一条不足" placeholder="如：执法人员法治素养有待提升。部分执法人员……" />
          <Row gutter={16}>
            <Col span={lastPlans.length ? 14 : 24}>
              <ParagraphListField name="plans" label="下一年度安排" addText="添加一条安排" />
            </Col>
            {lastPlans.length > 0 && (
              <Col span={10}>
                <Alert
                  type="info"
                  message="去年的安排（供对照）"
                  description={
                    <ol style={{ paddingLeft: 18, margin: 0 }}>
                      {lastPlans.map((p, i) => (
                        <li key={i}>
                          <Typography.Text style={{ fontSize: 13 }}>{p}</Typography.Text>
                        </li>
                      ))}
                    </ol>
                  }
                />
              </Col>
            )}
          </Row>
          <div data-narrative-field="other">
            <Form.Item name="other" label="其他需要报告的情况">
              <Input.TextArea autoSize={{ minRows: 1, maxRows: 6 }} placeholder="无。" />
            </Form.Item>
          </div>
          <Row gutter={16}>
            <Col span={12}>
              <Form.Item name="signature" label="署名" extra="不填则用单位名称">
                <Input maxLength={60} />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="date" label="成文日期" extra="如 2025-01-20 或 2025年1月20日；不填则为生成当天">
                <Input />
              </Form.Item>
            </Col>
          </Row>
        </Form>
      )}
    </Drawer>
  );
}
