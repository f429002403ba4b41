import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import type { UploadProps } from 'antd';
import { App, Button, Space, Tooltip, Upload } from 'antd';
import { IMPORT_INPUT_LIMITS } from '../../../../shared/domain/ledger-io';

interface Props {
  canExport: boolean;
  busy: boolean;
  onExport: () => void;
  onFile: (text: string) => void;
}

/** Saving the mapping to a file and reading one back: how a 法制科 hands one layout to every 科室. */
export function MappingFileActions({ canExport, busy, onExport, onFile }: Props) {
  const { message } = App.useApp();
  // The file is read here, never uploaded: it is small text the preview takes as it is.
  const read: UploadProps['beforeUpload'] = (file) => {
    if (file.size > IMPORT_INPUT_LIMITS.mappingFileChars * 3) {
      void message.error(`“${file.name}”过大，不是本程序保存的对应关系文件。`);
      return Upload.LIST_IGNORE;
    }
    file.text().then(
      (text) => {
        if (text.length > IMPORT_INPUT_LIMITS.mappingFileChars) void message.error(`“${file.name}”过大，不是本程序保存的对应关系文件。`);
        else onFile(text);
      },
      () => void message.error(`无法读取“${file.name}”。`),
    );
    return Upload.LIST_IGNORE;
  };
  return (
    <Space size={8}>
      <Tooltip title="把现在的对应关系存成文件，发给表头相同的其他科室使用">
        <Button size="small" icon={<DownloadOutlined />} disabled={!canExport || busy} onClick={onExport}>
          导出对应关系
        </Button>
      </Tooltip>
      <Upload accept=".json" showUploadList={false} multiple={false} beforeUpload={read} disabled={busy}>
        <Button size="small" icon={<UploadOutlined />} disabled={busy}>
          导入对应关系
        </Button>
      </Upload>
    </Space>
  );
}
