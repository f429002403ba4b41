import { Card, Form, Input, Switch } from 'antd';
import { TEMPLATE_LIMITS } from '../../../../shared/domain/report-template';
import { TEMPLATE_NAME_RULES } from './template-name-rules';

/** Name, description, the title patterns and the opening paragraph. */
export function TemplateBasicsFields() {
  return (
    <Card size="small" title="基本信息" style={{ marginBottom: 16 }}>
      <Form.Item
        name="name"
        label="模板名称"
        extra={`不超过${TEMPLATE_LIMITS.name}个字，不能与其他模板重名`}
        rules={TEMPLATE_NAME_RULES}
      >
        <Input maxLength={TEMPLATE_LIMITS.name} />
      </Form.Item>
      <Form.Item name={['body', 'description']} label="说明（可不填）" extra="在模板列表中显示，说明这个模板适合什么情况">
        <Input maxLength={500} />
      </Form.Item>
      <Form.Item name={['body', 'title', 'pattern']} label="报告标题" extra="如：{单位}{年度}年法治政府建设情况报告" rules={[{ required: true, whitespace: true, message: '请填写报告标题' }]}>
        <Input maxLength={TEMPLATE_LIMITS.heading} />
      </Form.Item>
      <Form.Item name={['body', 'title', 'formal']} label="公文式标题" extra="如：{单位}关于{年度}年度法治政府建设情况的报告" rules={[{ required: true, whitespace: true, message: '请填写公文式标题' }]}>
        <Input maxLength={TEMPLATE_LIMITS.heading} />
      </Form.Item>
      <Form.Item name={['body', 'title', 'useFormal']} label="报告使用公文式标题" valuePropName="checked">
        <Switch />
      </Form.Item>
      <Form.Item name={['body', 'opening']} label="开头段" extra="报告正文的第一段，以“现将……报告如下：”结尾" rules={[{ required: true, whitespace: true, message: '请填写开头段' }]}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={TEMPLATE_LIMITS.opening} showCount />
      </Form.Item>
    </Card>
  );
}
