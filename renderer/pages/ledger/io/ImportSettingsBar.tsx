import { Flex, InputNumber, Select, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useEffect, useState } from 'react';
import type { Category } from '../../../../shared/domain/category';
import type { ImportPreview } from '../../../../shared/domain/ledger-io';
import { tableFoundText, yearFromText } from './table-found-text';

interface Props {
  preview: ImportPreview;
  categories: readonly Category[];
  busy: boolean;
  onSheet: (sheet: string) => void;
  onCategory: (categoryId: number | null) => void;
  onYear: (year: number) => void;
  onHeaderRow: (row: number) => void;
}

const GUESS = 'guess';
const FIRST_YEAR = 1949;
const LAST_YEAR = 2100;

function Field({ label, children, note, tone }: { label: string; children: ReactNode; note?: string; tone?: 'warning' }) {
  return (
    <Flex vertical gap={2}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {label}
      </Typography.Text>
      {children}
      <Typography.Text type={tone ?? 'secondary'} style={{ fontSize: 12, minHeight: 20 }}>
        {note ?? ''}
      </Typography.Text>
    </Flex>
  );
}

/** The year box keeps what is being typed; a whole year in range is applied at once. */
// Never disabled while a preview runs: that would take the focus away in the middle of typing.
function YearInput({ year, onYear }: { year: ImportPreview['year']; onYear: (y: number) => void }) {
  const [typed, setTyped] = useState<number | null>(year.value);
  useEffect(() => setTyped(year.value), [year.value]);
  const missing = year.needed && year.value === null;
  return (
    <InputNumber<number>
      aria-label="年份"
      style={{ width: 120 }}
      min={FIRST_YEAR}
      max={LAST_YEAR}
      precision={0}
      suffix="年"
      placeholder="如 2024"
      value={typed}
      status={year.needed ? 'warning' : undefined}
      autoFocus={missing}
      onChange={(v) => {
        setTyped(v);
        if (v !== null && v >= FIRST_YEAR && v <= LAST_YEAR && v !== year.value) onYear(v);
      }}
    />
  );
}

/** Where the header is; typed freely, applied on Enter or leaving the box (each row is a new preview). */
function HeaderRowInput({ found, onHeaderRow }: { found: number; onHeaderRow: (row: number) => void }) {
  const [typed, setTyped] = useState<number | null>(found || null);
  useEffect(() => setTyped(found || null), [found]);
  const apply = () => {
    if (typed !== null && typed >= 1 && typed !== found) onHeaderRow(typed);
  };
  return (
    <InputNumber<number>
      aria-label="表头所在行"
      style={{ width: 120 }}
      min={1}
      precision={0}
      prefix="第"
      suffix="行"
      placeholder="如 2"
      value={typed}
      onChange={setTyped}
      onPressEnter={apply}
      onBlur={apply}
    />
  );
}

/** 工作表, the category for rows without one, and the year for dates written without one. */
export function ImportSettingsBar({ preview: p, categories, busy, onSheet, onCategory, onYear, onHeaderRow }: Props) {
  const suggested = categories.find((c) => c.id === p.suggestedCategoryId);
  const visible = categories.filter((c) => !c.hidden || c.id === p.sheetCategoryId);
  const hasTable = p.columns.length > 0;
  return (
    <div role="group" aria-label="导入设置" style={{ background: '#f7f9fc', borderRadius: 6, padding: '8px 12px 2px' }}>
      <Flex gap={16} wrap align="flex-start">
        <Field label="工作表">
          <Select
            aria-label="工作表"
            style={{ width: 240 }}
            value={p.sheetName}
            disabled={busy || p.sheets.length < 2}
            onChange={onSheet}
            options={p.sheets.map((s) => ({
              value: s.name,
              label: `${s.name}（${s.rows}行${s.hasTable ? '' : '，未找到表头'}）`,
            }))}
          />
        </Field>
        <Field label="没有类别的行归入" note={suggested ? `根据表名建议：${suggested.name}` : undefined}>
          <Select<number | typeof GUESS>
            aria-label="没有类别的行归入"
            style={{ width: 240 }}
            value={p.sheetCategoryId ?? GUESS}
            disabled={busy}
            showSearch={{ optionFilterProp: 'label' }}
            onChange={(v) => onCategory(v === GUESS ? null : v)}
            options={[{ value: GUESS, label: '按标题推测' }, ...visible.map((c) => ({ value: c.id, label: c.name }))]}
          />
        </Field>
        <Field label="表头所在行" note={hasTable ? undefined : '没有找到表头时请填写'} tone={hasTable ? undefined : 'warning'}>
          <HeaderRowInput found={p.table.headerRow} onHeaderRow={onHeaderRow} />
        </Field>
        <Field label="年份（日期没写年份时用）" note={yearFromText(p.year)} tone={p.year.needed ? 'warning' : undefined}>
          <YearInput year={p.year} onYear={onYear} />
        </Field>
      </Flex>
      {hasTable && (
        <Typography.Paragraph type="secondary" style={{ margin: '0 0 6px', fontSize: 13 }} ellipsis={{ tooltip: true }}>
          {tableFoundText(p.table)}
        </Typography.Paragraph>
      )}
    </div>
  );
}
