import { UndoOutlined } from '@ant-design/icons';
import { App, Button, Card, Collapse, Form, Typography } from 'antd';
import type { ReactNode } from 'react';
import { memo } from 'react';
import type { Category } from '../../../../shared/domain/category';
import type { PhraseRules } from '../../../../shared/domain/phrase-rules';
import { PHRASE_LIMITS, defaultPhraseRules } from '../../../../shared/domain/phrase-rules';
import { TagsInput } from '../../../forms/TagsInput';
import { PhraseCategoryRows } from './PhraseCategoryRows';
import { PhraseMetricRows } from './PhraseMetricRows';
import { PhraseNounRows } from './PhraseNounRows';

interface Props {
  /** Every metric name the unit's categories define. */
  metricNames: string[];
  categories: Category[];
  /** Open sections, by list name (metrics, categories, nouns, verbs): the drawer opens the ones a refusal names. */
  open: string[];
  onOpen: (keys: string[]) => void;
}

type List = keyof PhraseRules;

/**
 * Holds the whole rules in the form as one field, so 恢复默认措辞 can set them and mark them changed
 * even while no section has been opened (a shut section's boxes are not rendered yet).
 */
function WholeRules(_: { value?: unknown }) {
  return null;
}

/** How many rows a section holds, in its title; watches only its own list. */
function RowCount({ list }: { list: List }) {
  const rows = Form.useWatch(['body', 'phrases', list]) as unknown[] | undefined;
  return <Typography.Text type="secondary">（{rows?.length ?? 0}条）</Typography.Text>;
}

/**
 * The phrase rules (shared/domain/phrase-rules.ts): how an entry with no 内容摘要 is written as a
 * sentence. Long lists, so each is a section opened on demand and its boxes are only rendered then
 * (a few hundred boxes would slow every opening of the drawer); only an opened section's boxes can be
 * wrong, so a refusal's message still finds its box. Memoised: the drawer re-renders on every change
 * to the parts, and these boxes need not follow.
 */
export const PhraseRulesFields = memo(function PhraseRulesFields({ metricNames, categories, open, onOpen }: Props) {
  const { message, modal } = App.useApp();
  const form = Form.useFormInstance();

  const restore = () =>
    modal.confirm({
      title: '恢复默认的成句规则？',
      content: '指标、类别、活动名词和保留原动词都换回程序自带的写法，在这里改过的措辞和添加的条目都会去掉。保存模板后生效。',
      okText: '恢复默认',
      cancelText: '取消',
      onOk: () => {
        const rules = defaultPhraseRules();
        // Marked touched: closing the drawer then asks before throwing the change away.
        form.setFields([{ name: ['body', 'phrases'], value: rules, touched: true }]);
        // Clears the messages a refusal left under the opened boxes.
        void form.validateFields([['body', 'phrases']], { recursive: true }).catch(() => undefined);
        void message.success('已恢复默认的成句规则，保存模板后生效');
      },
    });

  const section = (key: List, label: string, children: ReactNode) => ({
    key,
    label: (
      <span>
        {label}
        <RowCount list={key} />
      </span>
    ),
    children,
  });

  return (
    <Card
      size="small"
      title="成句规则（没有内容摘要的台账怎样写成句子）"
      style={{ marginBottom: 16 }}
      extra={
        <Button size="small" icon={<UndoOutlined />} onClick={restore}>
          恢复默认措辞
        </Button>
      }
    >
      <Typography.Paragraph type="secondary" style={{ marginBottom: 12 }}>
        台账没有填写内容摘要时，报告按事项标题、日期、地点、人数和指标自动写成一句话，如“3月15日，在城南社区开展民法典进社区宣传活动，参加23人，接待群众咨询120人次”。下面的规则决定其中的措辞。
      </Typography.Paragraph>
      <Form.Item name={['body', 'phrases']} hidden>
        <WholeRules />
      </Form.Item>
      <Collapse
        size="small"
        activeKey={open}
        onChange={(keys) => onOpen(keys)}
        items={[
          section('metrics', '指标的写法', <PhraseMetricRows metricNames={metricNames} />),
          section('categories', '类别的写法', <PhraseCategoryRows categories={categories} />),
          section('nouns', '活动名词', <PhraseNounRows />),
          section(
            'verbs',
            '保留原动词',
            <Form.Item
              name={['body', 'phrases', 'verbs']}
              style={{ marginBottom: 0 }}
              extra={`事项标题以这些词开头的，已经说了做什么，照原样写入，不再补动词。输入后按回车，最多${PHRASE_LIMITS.verbs}个，每个不超过${PHRASE_LIMITS.word}个字。`}
            >
              <TagsInput aria-label="保留原动词" placeholder="输入动词后按回车，如：开展" maxCount={PHRASE_LIMITS.verbs} />
            </Form.Item>,
          ),
        ]}
      />
    </Card>
  );
});
