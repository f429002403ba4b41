import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Typography } from 'antd';
import { PHRASE_LIMITS } from '../../../../shared/domain/phrase-rules';

/**
 * Event nouns: a title ending in one (……座谈会) is an event already and takes its verb (召开). Short
 * rows, so three to a line.
 */
export function PhraseNounRows() {
  const required = (name: string) => [{ required: true, whitespace: true, message: `请填写${name}` }];
  return (
    <Form.List name={['body', 'phrases', 'nouns']}>
      {(fields, { add, remove }) => (
        <>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
            事项标题以左边的词结尾的，本身就是一项活动，前面补上右边的动词，如“党组理论学习中心组专题会”写作“召开党组理论学习中心组专题会”。较长的结尾先比对（“座谈会”先于“会议”）。
          </Typography.Paragraph>
          <div style={{ display: 'grid', gridTemplateColumns: 'repeat(3, 1fr)', columnGap: 24 }}>
            {fields.map((field, i) => {
              const what = `活动名词第${i + 1}条`;
              return (
                <div key={field.key} style={{ display: 'flex', gap: 6, alignItems: 'flex-start' }}>
                  <Form.Item name={[field.name, 'ending']} style={{ flex: 3, marginBottom: 12 }} rules={required('结尾')}>
                    <Input aria-label={`${what}的结尾`} placeholder="结尾，如：座谈会" maxLength={PHRASE_LIMITS.word} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'verb']} style={{ flex: 2, marginBottom: 12 }} rules={required('动词')}>
                    <Input aria-label={`${what}的动词`} placeholder="动词" maxLength={PHRASE_LIMITS.word} />
                  </Form.Item>
                  <Button type="text" danger aria-label={`删除${what}`} icon={<DeleteOutlined />} onClick={() => remove(field.name)} />
                </div>
              );
            })}
          </div>
          <Button type="dashed" size="small" icon={<PlusOutlined />} disabled={fields.length >= PHRASE_LIMITS.nouns} onClick={() => add({ ending: '', verb: '开展' })}>
            添加活动名词（最多{PHRASE_LIMITS.nouns}条）
          </Button>
        </>
      )}
    </Form.List>
  );
}
