import { PaperClipOutlined, WarningOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import type { EvidenceStatus } from './useEvidenceStatus';

interface Props {
  id: string;
  status: EvidenceStatus;
  onOpen: () => void;
}

const compact = { paddingInline: 0, height: 'auto' } as const;

/**
 * 缺 in orange when the usual evidence for this kind of entry is missing, a paperclip when the entry
 * has files, 无 when it has none and nothing is expected. Each opens the entry's evidence.
 */
export function EvidenceCell({ id, status, onOpen }: Props) {
  const missing = status.gaps.get(id);
  if (missing) {
    const text = missing.length > 1 ? `缺${missing.length}项` : `缺${missing[0]}`;
    return (
      <Tooltip title={`按惯例还需要：${missing.join('、')}。点击补充`}>
        <Button type="link" size="small" icon={<WarningOutlined />} onClick={onOpen} style={{ ...compact, color: '#d46b08' }} aria-label={`补充佐证：${text}`}>
          {text}
        </Button>
      </Tooltip>
    );
  }
  if (status.without === null) return null;
  return status.without.has(id) ? (
    <Button type="link" size="small" onClick={onOpen} style={{ ...compact, color: 'rgba(0,0,0,0.45)' }} aria-label="上传佐证材料">
      无
    </Button>
  ) : (
    <Tooltip title="已有佐证材料，点击查看">
      <Button type="link" size="small" icon={<PaperClipOutlined />} onClick={onOpen} style={compact} aria-label="查看佐证材料">
        有
      </Button>
    </Tooltip>
  );
}
