import { Segmented, Space, Switch, Typography } from 'antd';
import type { EnumerationStyle, ReportSubsectionInfo } from '../../../shared/domain/report-draft';

interface Props {
  info: ReportSubsectionInfo;
  busy: boolean;
  onStyle: (style: EnumerationStyle) => void;
  onKeepEmpty: (keep: boolean) => void;
}

// The style only matters with two or more items; a choice that changes nothing would only confuse.
export function SubsectionControls({ info, busy, onStyle, onKeepEmpty }: Props) {
  if (info.items < 2 && !info.empty) return null;
  return (
    <Space size="small" onClick={(e) => e.stopPropagation()}>
      {info.items >= 2 && (
        <Segmented<EnumerationStyle>
          size="small"
          aria-label="列举方式"
          disabled={busy}
          value={info.style}
          onChange={onStyle}
          options={[
            { value: 'yishi', label: '一是……二是……' },
            { value: 'numbered', label: '1.……分段' },
          ]}
        />
      )}
      {info.empty && (
        <Space size={4}>
          <Switch size="small" aria-label="保留空小节" checked={info.keptEmpty} disabled={busy} onChange={onKeepEmpty} />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {info.keptEmpty ? '无内容，仍保留此小节' : '无内容，已省略此小节'}
          </Typography.Text>
        </Space>
      )}
    </Space>
  );
}
