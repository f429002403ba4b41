import { DeleteOutlined, DownloadOutlined, ExportOutlined } from '@ant-design/icons';
import { App, Button, Image, Popconfirm, Select, Tooltip, Typography } from 'antd';
import { call, isDesktop } from '../../../api/client';
import { toAppError } from '../../../forms/to-app-error';
import { fileUrl, thumbnailUrl } from '../../../api/file-urls';
import type { Attachment, EvidenceKind } from '../../../../shared/domain/attachment';
import { EVIDENCE_KIND_HINTS, EVIDENCE_KINDS } from '../../../../shared/domain/attachment';
import { FileIcon, sizeText } from './file-icon';

interface Props {
  attachment: Attachment;
  onKindChange: (kind: EvidenceKind) => void;
  onRemove: () => void;
}

const KIND_OPTIONS = EVIDENCE_KINDS.map((k) => ({ value: k, label: k, title: EVIDENCE_KIND_HINTS[k] }));
const WIDTH = 164;
const PREVIEW_HEIGHT = 104;

export function AttachmentCard({ attachment: a, onKindChange, onRemove }: Props) {
  const { message } = App.useApp();
  // In the desktop window the file opens in WPS or the image viewer directly; a browser can only download.
  const openInSystem = () => call('attachments.open', { id: a.id }).catch((err: unknown) => message.error(toAppError(err).message));
  return (
    <div
      role="listitem"
      aria-label={a.originalName}
      style={{ width: WIDTH, border: '1px solid #e5e8ee', borderRadius: 8, overflow: 'hidden', background: '#fff' }}
    >
      <div style={{ height: PREVIEW_HEIGHT, display: 'flex', alignItems: 'center', justifyContent: 'center', background: '#f5f7fa' }}>
        {a.hasThumbnail ? (
          <Image
            src={thumbnailUrl(a.id)}
            alt={`${a.originalName}的缩略图`}
            width={WIDTH}
            height={PREVIEW_HEIGHT}
            style={{ objectFit: 'cover' }}
            preview={{ src: fileUrl(a.id), mask: '查看大图' }}
          />
        ) : (
          <FileIcon name={a.originalName} />
        )}
      </div>
      <div style={{ padding: '6px 8px 8px' }}>
        <Typography.Text ellipsis={{ tooltip: a.originalName }} style={{ display: 'block', fontSize: 13 }}>
          {a.originalName}
        </Typography.Text>
        <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', marginTop: 4 }}>
          <Select<EvidenceKind>
            size="small"
            variant="filled"
            aria-label={`“${a.originalName}”的材料类型`}
            value={a.kind}
            options={KIND_OPTIONS}
            onChange={onKindChange}
            popupMatchSelectWidth={false}
            style={{ width: 96 }}
          />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {sizeText(a.size)}
          </Typography.Text>
        </div>
        <div style={{ display: 'flex', justifyContent: 'space-between', marginTop: 4 }}>
          {isDesktop() && (
            <Tooltip title="用本机程序打开（只读副本）">
              <Button size="small" type="link" icon={<ExportOutlined />} onClick={openInSystem} aria-label={`打开“${a.originalName}”`} style={{ paddingInline: 0 }}>
                打开
              </Button>
            </Tooltip>
          )}
          <Tooltip title="保存到本机">
            <Button size="small" type="link" icon={<DownloadOutlined />} href={fileUrl(a.id)} download={a.originalName} aria-label={`下载“${a.originalName}”`} style={{ paddingInline: 0 }}>
              下载
            </Button>
          </Tooltip>
          <Popconfirm
            title="删除这份佐证材料？"
            description={`“${a.originalName}”将从这条记录中移除。`}
            okText="删除"
            okButtonProps={{ danger: true }}
            cancelText="取消"
            onConfirm={onRemove}
          >
            <Button size="small" type="link" danger icon={<DeleteOutlined />} aria-label={`删除“${a.originalName}”`} style={{ paddingInline: 0 }}>
              删除
            </Button>
          </Popconfirm>
        </div>
      </div>
    </div>
  );
}
