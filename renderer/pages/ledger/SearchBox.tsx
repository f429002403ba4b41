import { SearchOutlined } from '@ant-design/icons';
import { Input } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { ACTIVITY_LIMITS } from '../../../shared/domain/activity';

interface Props {
  value: string;
  onSearch: (text: string) => void;
}

// Searching while typing: people look for a half-remembered word and refine it, and a pause is
// enough to ask. Enter searches at once. Chinese IME composition is not searched half-typed.
const PAUSE_MS = 400;

export function SearchBox({ value, onSearch }: Props) {
  const [typed, setTyped] = useState(value);
  const composing = useRef(false);
  const timer = useRef<number | undefined>(undefined);

  // 清空 and the closable filter tags change the search from outside.
  useEffect(() => setTyped(value), [value]);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const send = (text: string) => {
    window.clearTimeout(timer.current);
    if (text.trim() !== value) onSearch(text.trim());
  };
  const change = (text: string) => {
    setTyped(text);
    window.clearTimeout(timer.current);
    if (!composing.current) timer.current = window.setTimeout(() => send(text), PAUSE_MS);
  };

  return (
    <Input
      aria-label="搜索"
      role="searchbox"
      prefix={<SearchOutlined style={{ color: 'rgba(0,0,0,0.35)' }} />}
      placeholder="搜索标题、摘要、详细情况"
      allowClear
      maxLength={ACTIVITY_LIMITS.searchText}
      value={typed}
      onChange={(e) => change(e.target.value)}
      onCompositionStart={() => {
        composing.current = true;
      }}
      onCompositionEnd={(e) => {
        composing.current = false;
        change(e.currentTarget.value);
      }}
      onPressEnter={() => send(typed)}
      style={{ width: 260 }}
    />
  );
}
