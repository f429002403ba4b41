import { CloseOutlined } from '@ant-design/icons';
import { Button, Flex, Tag, Typography } from 'antd';
import type { Category } from '../../../shared/domain/category';
import { REVIEW_STATUS_NAMES } from '../../../shared/domain/review';
import type { LedgerFilter } from './ledger-filter';
import { CLEARED, hasAnyFilter } from './ledger-filter';

interface Props {
  filter: LedgerFilter;
  categories: Category[];
  onChange: (patch: Partial<LedgerFilter>) => void;
}

interface Chip {
  key: string;
  text: string;
  clear: Partial<LedgerFilter>;
}

const LEADER_TEXT = { any: '参与了', 参加: '参加', 主持: '主持', 述法: '述法' } as const;

function chips(f: LedgerFilter, categories: Category[]): Chip[] {
  const out: Chip[] = [];
  if (f.categoryId !== undefined) {
    const name = categories.find((c) => c.id === f.categoryId)?.name ?? '已隐藏的类别';
    out.push({ key: 'category', text: `类别：${name}`, clear: { categoryId: undefined } });
  }
  if (f.text) out.push({ key: 'text', text: `搜索：${f.text}`, clear: { text: '' } });
  if (f.from || f.to) out.push({ key: 'range', text: `日期：${f.from ?? '…'} 至 ${f.to ?? '…'}`, clear: { from: undefined, to: undefined } });
  if (f.department) out.push({ key: 'department', text: `科室：${f.department}`, clear: { department: undefined } });
  if (f.origin !== undefined) out.push({ key: 'origin', text: `来源：${f.origin || '本单位'}`, clear: { origin: undefined } });
  if (f.tag) out.push({ key: 'tag', text: `标签：${f.tag}`, clear: { tag: undefined } });
  if (f.leaderRole) out.push({ key: 'leader', text: `主要负责人：${LEADER_TEXT[f.leaderRole]}`, clear: { leaderRole: undefined } });
  if (f.evidence) out.push({ key: 'evidence', text: f.evidence === 'with' ? '已有佐证材料' : '没有佐证材料', clear: { evidence: undefined } });
  if (f.reviewStatus) out.push({ key: 'reviewStatus', text: `状态：${REVIEW_STATUS_NAMES[f.reviewStatus]}`, clear: { reviewStatus: undefined } });
  return out;
}

/** What is filtering the list right now, each removable on its own; 清空 removes them all. */
export function ActiveFilterTags({ filter, categories, onChange }: Props) {
  if (!hasAnyFilter(filter)) return null;
  return (
    <Flex gap={4} wrap align="center" style={{ marginTop: 10 }}>
      <Typography.Text type="secondary" style={{ marginRight: 4 }}>
        筛选条件：
      </Typography.Text>
      {chips(filter, categories).map((c) => (
        <Tag key={c.key} color="blue" closeIcon={<CloseOutlined aria-label={`去掉“${c.text}”`} />} onClose={() => onChange(c.clear)}>
          {c.text}
        </Tag>
      ))}
      <Button type="link" size="small" onClick={() => onChange(CLEARED)}>
        清空
      </Button>
    </Flex>
  );
}
