import { Alert, App, Button, Drawer, Form, Space, Spin } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { call } from '../../../api/client';
import type { Category } from '../../../../shared/domain/category';
import type { MetricDefinition } from '../../../../shared/domain/metric-definition';
import type { ReportTemplate, ReportTemplateBody, TemplatePart } from '../../../../shared/domain/report-template';
import { toAppError } from '../../../forms/to-app-error';
import { categoryValue } from './category-mapping';
import { PlaceholderHelp } from './PlaceholderHelp';
import { panelKey } from './SubsectionsEditor';
import { TemplateBasicsFields } from './TemplateBasicsFields';
import { PartsEditor } from './PartsEditor';
import { PhraseRulesFields } from './PhraseRulesFields';
import { RatesFields } from './RatesFields';
import type { ReferenceRow } from './reference-rows';
import { duplicateNames, referenceRows, referencesOf } from './reference-rows';
import { ReferencesFields } from './ReferencesFields';
import { cleanBody, templateProblems } from './template-issues';

interface Props {
  /** The copy being edited; undefined when closed. */
  templateId: number | undefined;
  onClose: () => void;
  onSaved: (saved: ReportTemplate) => void;
}

interface Loaded {
  template: ReportTemplate;
  categories: Category[];
  metrics: MetricDefinition[];
}

type Values = { name: string; body: ReportTemplateBody; referenceRows?: ReferenceRow[] };

export function TemplateEditorDrawer({ templateId, onClose, onSaved }: Props) {
  const { message, modal } = App.useApp();
  // Untyped: error paths come from the schema and reach into lists the typed paths cannot name.
  const [form] = Form.useForm();
  const [loaded, setLoaded] = useState<Loaded>();
  const [error, setError] = useState<string>();
  const [saving, setSaving] = useState(false);
  const [open, setOpen] = useState<string[]>([]);
  const [phrasesOpen, setPhrasesOpen] = useState<string[]>([]);
  // preserve: the parts' kinds and ids have no box, but the editor needs them.
  const parts = Form.useWatch(['body', 'parts'], { form, preserve: true }) as TemplatePart[] | undefined;
  const rows = Form.useWatch('referenceRows', { form, preserve: true }) as ReferenceRow[] | undefined;

  useEffect(() => {
    if (templateId === undefined) return;
    let current = true;
    setLoaded(undefined);
    setError(undefined);
    setOpen([]);
    setPhrasesOpen([]);
    Promise.all([call('report.templates.get', { id: templateId }), call('categories.list', {}), call('metrics.definitions.list', {})]).then(
      ([template, categories, metrics]) => {
        if (!current) return;
        setLoaded({ template, categories, metrics });
        form.resetFields();
        form.setFieldsValue({ name: template.name, body: template.body, referenceRows: referenceRows(template.body.references) });
      },
      (err: unknown) => current && void message.error(toAppError(err).message),
    );
    return () => {
      current = false;
    };
  }, [templateId, form, message]);

  const metricsOf = useCallback(
    (value: string) => {
      const category = loaded?.categories.find((c) => categoryValue(c) === value);
      return (loaded?.metrics ?? []).filter((m) => m.categoryId === category?.id && !m.hidden).map((m) => m.name);
    },
    [loaded],
  );

  const metricNames = useMemo(() => [...new Set((loaded?.metrics ?? []).filter((m) => !m.hidden).map((m) => m.name))], [loaded]);

  async function save() {
    if (templateId === undefined) return;
    const values = form.getFieldsValue(true) as Values;
    const twice = duplicateNames(values.referenceRows);
    if (twice.size) {
      setError(`政策表述的名称“${[...twice].join('、')}”重复，每个名称只能用一次`);
      void form.validateFields([['referenceRows']], { recursive: true }).catch(() => undefined);
      return;
    }
    const body = cleanBody({ ...values.body, references: referencesOf(values.referenceRows) });
    setSaving(true);
    setError(undefined);
    try {
      const saved = await call('report.templates.update', { id: templateId, name: values.name, body });
      void message.success(`模板“${saved.name}”已保存（第${saved.version}版），用它重新生成报告后生效`);
      onSaved(saved);
    } catch (err) {
      const e = toAppError(err);
      setError(e.message);
      // The message names every wrong part; the same check here puts each under its own box.
      const problems = templateProblems(body, values.referenceRows);
      form.setFields(problems.map((p) => ({ name: p.name, errors: [p.message] })));
      if (e.fields?.name) form.setFields([{ name: 'name', errors: [e.message] }]);
      const panels = problems.filter((p) => p.part !== undefined && p.subsection !== undefined).map((p) => panelKey(p.part as number, p.subsection as number));
      if (panels.length) setOpen((o) => [...new Set([...o, ...panels])]);
      const lists = problems.flatMap((p) => (p.phrases ? [p.phrases] : []));
      if (lists.length) setPhrasesOpen((o) => [...new Set([...o, ...lists])]);
    } finally {
      setSaving(false);
    }
  }

  // A long form: closing it by accident must not throw away what was typed.
  const close = () => {
    if (!form.isFieldsTouched()) return onClose();
    modal.confirm({ title: '放弃未保存的修改？', content: '对这个模板所做的修改还没有保存。', okText: '放弃修改', okButtonProps: { danger: true }, cancelText: '继续编辑', onOk: onClose });
  };

  return (
    <Drawer
      open={templateId !== undefined}
      onClose={close}
      size={900}
      title={loaded ? `编辑模板：${loaded.template.name}` : '编辑模板'}
      extra={
        <Space>
          <Button onClick={close}>取消</Button>
          <Button type="primary" loading={saving} disabled={!loaded} onClick={() => void save()}>
            保存模板
          </Button>
        </Space>
      }
    >
      {!loaded ? (
        <Spin />
      ) : (
        <Form form={form} layout="vertical" aria-label="模板内容">
          {error && <Alert type="error" showIcon closable style={{ marginBottom: 16 }} title="模板没有保存" description={error} onClose={() => setError(undefined)} />}
          <PlaceholderHelp references={rows ? referencesOf(rows) : loaded.template.body.references} />
          <TemplateBasicsFields />
          <ReferencesFields />
          <RatesFields metricNames={metricNames} />
          <PhraseRulesFields metricNames={metricNames} categories={loaded.categories} open={phrasesOpen} onOpen={setPhrasesOpen} />
          <PartsEditor parts={parts ?? loaded.template.body.parts} categories={loaded.categories} metricsOf={metricsOf} open={open} onOpen={setOpen} />
        </Form>
      )}
    </Drawer>
  );
}
