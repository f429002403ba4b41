import { Collapse, Typography } from 'antd';
import { FIELD_PLACEHOLDERS } from '../../../../shared/report/text/placeholders';

const MEANING: Record<(typeof FIELD_PLACEHOLDERS)[number], string> = {
  单位: '单位名称（“设置”中填写）',
  年度: '报告年度，如 2025',
  下年度: '报告年度的下一年',
  上级: '上级机关（年度材料中填写）',
  主要负责人: '主要负责人的职务和姓名（“设置”中填写）',
  开头补充: '年度材料中的“开头语补充”',
};

const code = (s: string) => <Typography.Text code>{s}</Typography.Text>;

/** What can be written in braces, in the words of the person filling the template. */
export function PlaceholderHelp({ references }: { references: Record<string, string> }) {
  return (
    <Collapse
      size="small"
      style={{ marginBottom: 16 }}
      items={[
        {
          key: 'help',
          label: '可以使用的占位符（写在大括号里，生成报告时换成实际内容）',
          children: (
            <div style={{ fontSize: 13, lineHeight: 1.9 }}>
              <div>
                <b>任何文字中：</b>
                {FIELD_PLACEHOLDERS.map((p) => (
                  <span key={p} style={{ marginRight: 12, whiteSpace: 'nowrap' }}>
                    {code(`{${p}}`)}
                    {MEANING[p]}
                  </span>
                ))}
                {Object.entries(references).map(([name, text]) => (
                  <span key={name} style={{ marginRight: 12 }}>
                    {code(`{${name}}`)}
                    {text}
                  </span>
                ))}
              </div>
              <div>
                <b>只在小节的引导句和指标句中：</b>
                {code('{指标:发放资料}')} 本小节台账中该指标的全年合计，带单位（如“1200份”）；{code('{指标:办理案件|同比}')} 再加上与上年相比的增减；
                {code('{比率:考试通过/参加考试}')} 由两个指标算出的比率（如“96.5%”）。指标名称与台账中填写的指标名称一致。
              </div>
              <div>
                <b>方括号：</b>
                {code('[ … ]')} 中的内容，只要其中有一个占位符没有数据，就整段省略。例如 {code('全年[共开展普法宣传活动{指标:开展活动}，][发放宣传资料{指标:发放资料}]')}
                ，没有“发放资料”的数据时只写“全年共开展普法宣传活动12次”。
              </div>
            </div>
          ),
        },
      ]}
    />
  );
}
