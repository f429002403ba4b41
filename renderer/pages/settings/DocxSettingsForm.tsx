import { Alert, App, Button, Checkbox, Flex, Form, InputNumber, Popconfirm, Radio, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { call } from '../../api/client';
import type { DocxSettingsUpdateInput, DocxSettingsView } from '../../../shared/contract/ops/report-docx-ops';
import { DOCX_SETTINGS_LABELS } from '../../../shared/contract/ops/report-docx-ops';
import type { FaceChoice, FaceRole } from '../../../shared/report/docx-settings';
import { DEFAULT_DOCX_SETTINGS, FACE_CHAINS, LINE_SPACING_MAX_PT, LINE_SPACING_MIN_PT, resolveFaces } from '../../../shared/report/docx-settings';
import { applyFieldErrors } from '../../forms/apply-field-errors';
import { toAppError } from '../../forms/to-app-error';

/** The roles with more than one face to choose from; the others are fixed by the standard. */
const CHOOSABLE = [
  { role: 'title', label: '标题（2号小标宋）' },
  { role: 'body', label: '正文（3号仿宋）' },
  { role: 'heading2', label: '二级标题（3号楷体）' },
] as const satisfies readonly { role: FaceRole; label: string }[];

const FIXED_FACES = `一级标题 ${FACE_CHAINS.heading1[0]}，页码 ${FACE_CHAINS.pageNumber[0]}，西文和数字 ${FACE_CHAINS.latin[0]}`;

interface Values {
  faceChoice: FaceChoice;
  faces: Partial<Record<(typeof CHOOSABLE)[number]['role'], string>>;
  bodyLineSpacingPt: number | null;
  signatureWithSeal: boolean;
}

const FIELDS = ['faceChoice', 'bodyLineSpacingPt', 'signatureWithSeal'] as const;

function facesOf(choice: FaceChoice): string {
  const faces = resolveFaces({ ...DEFAULT_DOCX_SETTINGS, faceChoice: choice });
  return [...new Set([faces.title, faces.body, faces.heading2])].join('、');
}

function valuesOf(view: DocxSettingsView): Values {
  const { faceChoice, faces, bodyLineSpacingPt, signatureWithSeal } = view.settings;
  return { faceChoice, faces: { title: faces.title, body: faces.body, heading2: faces.heading2 }, bodyLineSpacingPt, signatureWithSeal };
}

export function DocxSettingsForm({ view }: { view: DocxSettingsView }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saved, setSaved] = useState(view);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string>();
  const faceChoice = Form.useWatch('faceChoice', form) ?? saved.settings.faceChoice;
  const followed = resolveFaces({ ...DEFAULT_DOCX_SETTINGS, faceChoice });

  const run = async (work: () => Promise<DocxSettingsView>, done: string) => {
    if (saving) return;
    setProblem(undefined);
    setSaving(true);
    try {
      const next = await work();
      setSaved(next);
      // setFields, not setFieldsValue: a face back on “随字体方案” must become empty, not keep its old value.
      const v = valuesOf(next);
      form.setFields([
        { name: 'faceChoice', value: v.faceChoice, errors: [] },
        ...CHOOSABLE.map(({ role }) => ({ name: ['faces', role] as ['faces', typeof role], value: v.faces[role], errors: [] })),
        { name: 'bodyLineSpacingPt', value: v.bodyLineSpacingPt, errors: [] },
        { name: 'signatureWithSeal', value: v.signatureWithSeal, errors: [] },
      ]);
      void message.success(done);
    } catch (err) {
      const error = toAppError(err);
      setProblem(error.message);
      applyFieldErrors(form, error, FIELDS, DOCX_SETTINGS_LABELS);
    } finally {
      setSaving(false);
    }
  };

  const save = () => {
    const values = form.getFieldsValue();
    if (values.bodyLineSpacingPt === null || values.bodyLineSpacingPt === undefined) {
      form.setFields([{ name: 'bodyLineSpacingPt', errors: [`请填写正文行距（${LINE_SPACING_MIN_PT}—${LINE_SPACING_MAX_PT}磅）`] }]);
      return;
    }
    // A face left on “随字体方案” is left out, so it follows the scheme chosen above.
    const faces = Object.fromEntries(Object.entries(values.faces ?? {}).filter(([, f]) => typeof f === 'string' && f !== ''));
    const input: DocxSettingsUpdateInput = {
      faceChoice: values.faceChoice,
      faces,
      bodyLineSpacingPt: values.bodyLineSpacingPt,
      signatureWithSeal: values.signatureWithSeal,
    };
    void run(() => call('report.docxSettings.update', input), '已保存公文格式');
  };

  return (
    <Form<Values> form={form} name="docxSettings" layout="horizontal" labelCol={{ flex: '180px' }} wrapperCol={{ flex: '1 1 0' }} initialValues={valuesOf(view)}>
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} />}
      <Form.Item
        name="faceChoice"
        label="字体方案"
        extra="本机没有方正小标宋、仿宋_GB2312、楷体_GB2312 时，Word 会换用其他字体，版面随之走样；报告要在未装这些字体的电脑（多数 Windows 10/11）上打开或打印，请选“Windows 常见字体”。"
      >
        <Radio.Group>
          <Flex vertical gap={4} style={{ paddingTop: 5 }}>
            <Radio value="standard">标准字体（{facesOf('standard')}）</Radio>
            <Radio value="windows-common">Windows 常见字体（{facesOf('windows-common')}）</Radio>
          </Flex>
        </Radio.Group>
      </Form.Item>
      {CHOOSABLE.map(({ role, label }) => (
        <Form.Item key={role} name={['faces', role]} label={label}>
          <Select<string>
            allowClear
            style={{ width: 260 }}
            placeholder={`随字体方案（${followed[role]}）`}
            options={FACE_CHAINS[role].map((f) => ({ value: f, label: f }))}
          />
        </Form.Item>
      ))}
      <Form.Item label="其他字体">
        <Typography.Text type="secondary">{FIXED_FACES}（按标准固定）</Typography.Text>
      </Form.Item>
      <Form.Item
        name="bodyLineSpacingPt"
        label="正文行距（固定值）"
        extra={`可填 ${LINE_SPACING_MIN_PT}—${LINE_SPACING_MAX_PT} 磅；默认 ${DEFAULT_DOCX_SETTINGS.bodyLineSpacingPt} 磅，每页正好 22 行`}
      >
        <InputNumber<number> step={0.05} suffix="磅" style={{ width: 160 }} />
      </Form.Item>
      <Form.Item name="signatureWithSeal" label="落款" valuePropName="checked" extra="加盖印章时，成文日期右空四字，署名居中于日期之上，留出盖章位置">
        <Checkbox>加盖印章</Checkbox>
      </Form.Item>
      <Form.Item label={null}>
        <Flex gap={8} align="center">
          <Button type="primary" loading={saving} onClick={save}>
            保存
          </Button>
          <Popconfirm
            title="恢复为 GB/T 9704 默认格式？"
            description="字体、行距和落款都回到标准值。"
            okText="恢复默认"
            cancelText="取消"
            onConfirm={() => void run(() => call('report.docxSettings.reset', {}), '已恢复默认公文格式')}
          >
            <Button disabled={saving}>恢复默认</Button>
          </Popconfirm>
          {saved.isDefault && <Tag color="green">当前为标准格式</Tag>}
        </Flex>
      </Form.Item>
    </Form>
  );
}
