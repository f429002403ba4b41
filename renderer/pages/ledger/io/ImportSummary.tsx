import { Typography } from 'antd';
import type { ImportPreview } from '../../../../shared/domain/ledger-io';

interface Props {
  preview: ImportPreview;
  /** Ready rows, counting those the user has given a category. */
  ready: number;
  needsCategory: number;
}

const n = (value: number, color?: string) => <Typography.Text strong style={color && value > 0 ? { color } : undefined}>{value}</Typography.Text>;

/** The import in one line of numbers; it follows every choice made in the dialog. */
export function ImportSummary({ preview: p, ready, needsCategory }: Props) {
  return (
    <div role="status" style={{ fontSize: 15, margin: '10px 0 4px' }}>
      共{n(p.totalRows)}行，可导入{n(ready, '#237804')}行，重复{n(p.duplicates.length, '#ad6800')}行，有错误{n(p.errors.length, '#cf1322')}行
      {needsCategory > 0 && <>，待选择类别{n(needsCategory, '#ad6800')}行</>}
    </div>
  );
}
