import {
  FileExcelOutlined,
  FileImageOutlined,
  FileOutlined,
  FilePdfOutlined,
  FilePptOutlined,
  FileTextOutlined,
  FileWordOutlined,
  FileZipOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { FileTypeGroup } from '../../../../shared/domain/attachment';
import { ALLOWED_FILE_TYPES } from '../../../../shared/domain/attachment';

const ICONS: Record<FileTypeGroup, [ReactNode, string]> = {
  图片: [<FileImageOutlined key="i" />, '#389e0d'],
  PDF: [<FilePdfOutlined key="i" />, '#cf1322'],
  Word: [<FileWordOutlined key="i" />, '#1d4f91'],
  Excel: [<FileExcelOutlined key="i" />, '#237804'],
  PowerPoint: [<FilePptOutlined key="i" />, '#d4380d'],
  OFD: [<FileTextOutlined key="i" />, '#ad6800'],
  文本: [<FileTextOutlined key="i" />, '#595959'],
  压缩包: [<FileZipOutlined key="i" />, '#595959'],
};

export function fileExtension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/** A large icon in the file type's colour, for files that have no thumbnail. */
export function FileIcon({ name }: { name: string }) {
  const ext = fileExtension(name);
  const group = ALLOWED_FILE_TYPES[ext]?.group;
  const [icon, color] = group ? ICONS[group] : [<FileOutlined key="i" />, '#595959'];
  return (
    <div style={{ display: 'flex', flexDirection: 'column', alignItems: 'center', gap: 4, color }}>
      <span style={{ fontSize: 36 }}>{icon}</span>
      <span style={{ fontSize: 12, fontWeight: 600 }}>{ext.toUpperCase()}</span>
    </div>
  );
}

export function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
