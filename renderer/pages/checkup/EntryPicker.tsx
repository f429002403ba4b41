import { Select } from 'antd';
import { useState } from 'react';
import { listDateText } from '../../../shared/domain/entry-date-text';
import { useOperation } from '../../hooks/useOperation';

interface Props {
  year: number;
  /** Already linked: not offered again. */
  exclude: readonly string[];
  label: string;
  onPick: (activityId: string) => void;
}

const SHOWN = 20;

/** One of the year's entries, found by typing part of its title or summary (the ledger's own search). */
export function EntryPicker({ year, exclude, label, onPick }: Props) {
  const [text, setText] = useState('');
  const found = useOperation('activities.list', { year, text: text.trim() || undefined, limit: SHOWN, sort: 'date_desc' });
  const options = (found.data?.items ?? [])
    .filter((a) => !exclude.includes(a.id))
    .map((a) => ({ value: a.id, label: `${listDateText(a)} ${a.title}` }));
  return (
    <Select
      aria-label={label}
      showSearch={{ filterOption: false, onSearch: setText }}
      value={null}
      placeholder="关联本年度的台账（输入标题中的字查找）"
      loading={found.loading}
      options={options}
      notFoundContent={found.loading ? '正在查找…' : '没有找到，换个词试试'}
      onChange={(id: string | null) => {
        if (id) onPick(id);
        setText('');
      }}
      style={{ width: '100%', maxWidth: 420 }}
    />
  );
}
