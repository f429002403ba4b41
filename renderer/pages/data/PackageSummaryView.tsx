import { Descriptions, Tag } from 'antd';
import type { PackageSummary } from '../../../shared/domain/data-package';

function size(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

function localTime(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString('zh-CN', { hour12: false });
}

/** What the chosen package holds, and what 合并 would do with it. */
export function PackageSummaryView({ summary }: { summary: PackageSummary }) {
  const m = summary.merge;
  return (
    <Descriptions size="small" column={2} bordered aria-label="数据包内容">
      <Descriptions.Item label="来源单位" span={2}>
        {summary.unitName || '（未填写单位名称）'}
        {summary.sameUnit && !summary.mergeRefusal && <Tag style={{ marginInlineStart: 8 }}>与本单位同名，但来自另一份数据：合并后标为来自“{summary.unitName}”</Tag>}
      </Descriptions.Item>
      <Descriptions.Item label="导出时间">{localTime(summary.exportedAt)}</Descriptions.Item>
      <Descriptions.Item label="程序版本">
        {summary.appVersion}（数据版本 {summary.schemaVersion}）
      </Descriptions.Item>
      <Descriptions.Item label="台账">
        {summary.entries} 条{summary.trashedEntries ? `（另有回收站中 ${summary.trashedEntries} 条）` : ''}
      </Descriptions.Item>
      <Descriptions.Item label="佐证材料">
        {summary.attachments} 份（文件 {summary.files} 个）
      </Descriptions.Item>
      <Descriptions.Item label="解压后大小" span={2}>
        {size(summary.bytes)}（含数据文件和全部佐证材料）
      </Descriptions.Item>
      <Descriptions.Item label="合并将会" span={2}>
        {summary.mergeRefusal ? (
          <span role="alert">不能合并：{summary.mergeRefusal}</span>
        ) : (
          <>
            新增 {m.added} 条，更新 {m.updated} 条，未变 {m.unchanged} 条，冲突 {m.conflicts} 条
            {m.skippedTrashed ? `；对方回收站中的 ${m.skippedTrashed} 条不合并` : ''}
            {m.newCategories.length ? `；新建类别：${m.newCategories.join('、')}` : ''}
          </>
        )}
      </Descriptions.Item>
    </Descriptions>
  );
}
