import { Button } from 'antd';
import { useState } from 'react';
import { call } from '../../api/client';
import type { ReportView } from '../../../shared/domain/report-draft';
import { titleLines } from '../../../shared/report/title-lines';
import { ReportBlockView } from './ReportBlockView';
import { SubsectionControls } from './SubsectionControls';
import type { GoTo } from './useProgressiveBlocks';
import { BATCH, useProgressiveBlocks } from './useProgressiveBlocks';
import type { ReportDraft } from './useReportDraft';

interface Props {
  view: ReportView;
  draft: ReportDraft;
  /** The block a warning was clicked for, highlighted for a moment. */
  flashKey: string | undefined;
  /** A block to bring into view (from a warning or a change). */
  goTo: GoTo | undefined;
  /** Called once the block asked for is on the page and scrolled to, with its key. */
  onArrived: (key: string) => void;
}

// The report as it will read on paper; every paragraph is one click from being edited.
export function ReportPaper({ view, draft, flashKey, goTo, onArrived }: Props) {
  const [editing, setEditing] = useState<string>();
  const { visible, before, after, more, earlier, sentinel } = useProgressiveBlocks(view.document.blocks, goTo, onArrived);
  const total = view.document.blocks.length;
  const { year } = view;
  const edited = new Set(view.editedKeys);
  const subsections = new Map(view.subsections.map((s) => [s.key, s]));

  return (
    <div className="report-paper" aria-label="报告预览">
      {/* Broken as the .docx will break it: at natural pauses, longer line first, no word split. */}
      <h1 className="report-title">
        {titleLines(view.document.title).map((line, i) => (
          <span key={i} style={{ display: 'block' }}>
            {line}
          </span>
        ))}
      </h1>
      {before > 0 && (
        <div style={{ textAlign: 'center', margin: '24px 0' }}>
          <Button onClick={earlier}>
            显示前面的 {Math.min(before, BATCH)} 段（前面还有 {before} 段未显示，共 {total} 段）
          </Button>
        </div>
      )}
      {visible.map((block) => {
        const info = block.kind === 'paragraph' ? undefined : subsections.get(block.key);
        return (
          <ReportBlockView
            key={block.key}
            block={block}
            edited={edited.has(block.key) || block.origin === 'edited'}
            editing={editing === block.key}
            busy={draft.busy}
            flash={flashKey === block.key}
            controls={
              info && (
                <SubsectionControls
                  info={info}
                  busy={draft.busy}
                  onStyle={(style) => void draft.apply(() => call('report.subsection.setStyle', { year, key: block.key, style }))}
                  onKeepEmpty={(keep) => void draft.apply(() => call('report.subsection.setKeepEmpty', { year, key: block.key, keep }))}
                />
              )
            }
            onStartEdit={() => setEditing(block.key)}
            onCancel={() => setEditing(undefined)}
            onSave={(text) =>
              void draft.apply(() => call('report.block.edit', { year, key: block.key, text }), '已保存这一段').then((ok) => ok && setEditing(undefined))
            }
            onRemove={() =>
              void draft.apply(() => call('report.block.edit', { year, key: block.key, remove: true }), '已删除这一段').then((ok) => ok && setEditing(undefined))
            }
            onRevert={() => void draft.apply(() => call('report.block.revert', { year, key: block.key }), '已恢复原文')}
            onExclude={(a) =>
              void draft.apply(() => call('report.entry.exclude', { year, activityId: a.id, excluded: true }), `“${a.title}”不再写入报告，报告已重新生成`, true)
            }
            onAdopt={(a) => {
              let summary = '';
              void draft.apply(
                async () => {
                  const adopted = await call('report.entry.adoptSentence', { year, activityId: a.id });
                  // What was stored, to say it: the answer is the report, not the entry.
                  summary = (await call('activities.get', { id: a.id }).catch(() => null))?.summary ?? '';
                  return adopted;
                },
                () => (summary ? `已存为内容摘要：${summary}` : `“${a.title}”已存为内容摘要`),
                true,
              );
            }}
          />
        );
      })}
      {after > 0 && (
        <div ref={sentinel} style={{ textAlign: 'center', margin: '24px 0' }}>
          <Button onClick={more}>
            显示后面的 {Math.min(after, BATCH)} 段（后面还有 {after} 段未显示，共 {total} 段）
          </Button>
        </div>
      )}
      {after === 0 && (
        <div className="report-signature">
          <div>{view.document.signature.unit || '（署名：请在“设置”中填写单位名称）'}</div>
          <div>{view.document.signature.date}</div>
        </div>
      )}
    </div>
  );
}
