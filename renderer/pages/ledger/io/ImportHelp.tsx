import { InboxOutlined } from '@ant-design/icons';
import type { UploadProps } from 'antd';
import { Alert, Spin, Typography, Upload } from 'antd';
import { useState } from 'react';
import type { LedgerColumnKey } from '../../../../shared/import/ledger-columns';
import { LEDGER_COLUMNS } from '../../../../shared/import/ledger-columns';

interface Props {
  busy: boolean;
  problem: string | undefined;
  onFile: (file: File) => void;
}

export const IMPORT_ACCEPT = '.xlsx,.csv';
const MAIN_KEYS: readonly LedgerColumnKey[] = ['date', 'category', 'title'];
const MAIN = LEDGER_COLUMNS.filter((c) => MAIN_KEYS.includes(c.key)).map((c) => c.header);
const OTHERS = LEDGER_COLUMNS.filter((c) => !MAIN_KEYS.includes(c.key) && c.key !== 'id');

/** What the spreadsheet must look like, and where to drop it. */
export function ImportHelp({ busy, problem, onFile }: Props) {
  const [showOptional, setShowOptional] = useState(false);
  const customRequest: UploadProps['customRequest'] = ({ file }) => onFile(file as File);
  return (
    <>
      <Typography.Paragraph style={{ marginBottom: 8 }}>
        可以把单位已有的Excel台账导入进来，列名和列的顺序不限：选择文件后先预览，表格的每一列对应到台账的哪一项都可以修改。表格上方的标题行、下方的填表说明会自动跳过；有几个工作表时可以选择导入哪一个。
      </Typography.Paragraph>
      <Typography.Paragraph style={{ marginBottom: 8 }}>
        主要的列：<Typography.Text strong>{MAIN.join('、')}</Typography.Text>。没有“类别”列时，可以为整张表选一个类别，或按标题推测。
        <Typography.Link onClick={() => setShowOptional((v) => !v)} style={{ marginInlineStart: 8 }} aria-expanded={showOptional}>
          {showOptional ? '收起其他的列' : '还可以有哪些列？'}
        </Typography.Link>
      </Typography.Paragraph>
      {showOptional && (
        <Typography.Paragraph type="secondary" style={{ background: '#f7f9fc', padding: '8px 12px', borderRadius: 6 }}>
          其他的列：{OTHERS.map((c) => (c.aliases.length ? `${c.header}（也可写作${c.aliases.join('、')}）` : c.header)).join('、')}。
          <br />
          表头写成“名称（单位）”的列按指标导入，例如“发放宣传材料（份）”；“指标”列可写“发放宣传材料=500份;接待咨询=200人次”，数字后加“余”表示约数。
          <br />
          日期可写作 2024-03-15、2024.3.15、2024/3/15、2024年3月15日、3月15日（年份取自表名，或导入时填写）、2025年7月、2023年10月至11月。
        </Typography.Paragraph>
      )}
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} />}
      <Spin spinning={busy} description="正在读取表格…">
        <Upload.Dragger
          accept={{ format: IMPORT_ACCEPT, filter: 'native' }}
          multiple={false}
          showUploadList={false}
          customRequest={customRequest}
          disabled={busy}
          aria-label="选择要导入的表格"
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">把表格拖到这里，或点击选择文件</p>
          <p className="ant-upload-hint">支持 Excel（.xlsx）和 UTF-8 编码的 CSV。导入前会先预览，确认后才写入。</p>
        </Upload.Dragger>
      </Spin>
    </>
  );
}
