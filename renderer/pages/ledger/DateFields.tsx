import type { GetRef } from 'antd';
import { DatePicker, Form } from 'antd';
import type { Ref } from 'react';
import type { DatePrecision } from '../../../shared/domain/activity';

export type DatePickerRef = GetRef<typeof DatePicker>;

// The date boxes for how exactly the date is known. 精确到日 keeps the two day boxes exactly as they
// always were; 只到月 asks for the first and last months (one month: the second left empty); 只到年
// for the year. The same `date` / `endDate` fields hold them, so the server's messages land on them.

interface Props {
  precision: DatePrecision;
  firstFieldRef: Ref<DatePickerRef>;
}

const half = { flex: 1, minWidth: 0 };
const full = { width: '100%' };

export function DateFields({ precision, firstFieldRef }: Props) {
  if (precision === 'month') {
    return (
      <>
        <Form.Item name="date" label="起始月份" rules={[{ required: true, message: '请选择月份' }]} style={half}>
          <DatePicker ref={firstFieldRef} picker="month" format="YYYY年M月" placeholder="例如 2025年7月" allowClear={false} style={full} />
        </Form.Item>
        <Form.Item name="endDate" label="截止月份" style={half}>
          <DatePicker picker="month" format="YYYY年M月" placeholder="只有一个月的不填" style={full} />
        </Form.Item>
      </>
    );
  }
  if (precision === 'year') {
    return (
      <>
        <Form.Item name="date" label="年份" rules={[{ required: true, message: '请选择年份' }]} style={half}>
          <DatePicker ref={firstFieldRef} picker="year" format="YYYY年" placeholder="例如 2026年" allowClear={false} style={full} />
        </Form.Item>
        <div style={half} />
      </>
    );
  }
  return (
    <>
      <Form.Item name="date" label="日期" rules={[{ required: true, message: '请选择日期' }]} style={half}>
        <DatePicker ref={firstFieldRef} format="YYYY-MM-DD" placeholder="例如 2025-03-15" allowClear={false} style={full} />
      </Form.Item>
      <Form.Item name="endDate" label="结束日期" style={half}>
        <DatePicker format="YYYY-MM-DD" placeholder="一天内完成的不填" style={full} />
      </Form.Item>
    </>
  );
}
