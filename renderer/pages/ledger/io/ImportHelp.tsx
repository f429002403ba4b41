import { InboxOutlined } from '@ant-design/icons';
import type { UploadProps } from 'antd';
import { Alert, Spin, Typography, Upload } from 'antd';
import { useState } from 'react';
import { LEDGER_COLUMNS } from '../../../../shared/import/ledger-columns';

interface Props {
  busy: boolean;
  problem: string | undefined;
  onFile: (file: File) => void;
}

export const IMPORT_ACCEPT = '.xlsx,.csv';
const REQUIRED = LEDGER_COLUMNS.filter((c) => c.required).map((c) => c.header);
const OPTIONAL = LEDGER_COLUMNS.filter((c) => !c.required && c.key !== 'id');

/** What the spreadsheet must look like, and where to drop it. */
export function ImportHelp({ busy, problem, onFile }: Props) {
  const [showOptional, setShowOptional] = useState(false);
  const customRequest: UploadProps['customRequest'] = ({ file }) => onFile(file as File);
  return (
    <>
      <Typography.Paragraph style={{ marginBottom: 8 }}>
        可以把单位已有的Excel台账导入进来。表格第一行是表头，列的顺序不限，只读取第一个工作表。
      </Typography.Paragraph>
      <Typography.Paragraph style={{ marginBottom: 8 }}>
        必须有的列：<Typography.Text strong>{REQUIRED.join('、')}</Typography.Text>。
        <Typography.Link onClick={() => setShowOptional((v) => !v)} style={{ marginInlineStart: 8 }} aria-expanded={showOptional}>
          {showOptional ? '收起可选的列' : '还可以有哪些列？'}
        </Typography.Link>
      </Typography.Paragraph>
      {showOptional && (
        <Typography.Paragraph type="secondary" style={{ background: '#f7f9fc', padding: '8px 12px', borderRadius: 6 }}>
          可选的列：{OPTIONAL.map((c) => (c.aliases.length ? `${c.header}（也可写作${c.aliases.join('、')}）` : c.header)).join('、')}。
          <br />
          表头写成“名称（单位）”的列按指标导入，例如“发放宣传材料（份）”；“指标”列可写“发放宣传材料=500份;接待咨询=200人次”，数字后加“余”表示约数。
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
