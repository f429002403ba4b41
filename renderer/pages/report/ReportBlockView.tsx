import { Button, Popconfirm, Tag } from 'antd';
import type { ReactNode } from 'react';
import type { Activity } from '../../../shared/domain/activity';
import type { ReportBlock } from '../../../shared/report/report-document';
import { blockText } from '../../../shared/report/report-document';
import { BlockEditor } from './BlockEditor';
import { SourcesPopover } from './SourcesPopover';

interface Props {
  block: ReportBlock;
  edited: boolean;
  editing: boolean;
  busy: boolean;
  flash: boolean;
  /** Subsection controls, shown under a heading. */
  controls?: ReactNode;
  onStartEdit: () => void;
  onCancel: () => void;
  onSave: (text: string) => void;
  onRemove: () => void;
  onRevert: () => void;
  onExclude: (activity: Activity) => void;
  /** 采用为内容摘要: the composed sentence of this entry becomes its summary. */
  onAdopt: (activity: Activity) => void;
}

function editableText(block: ReportBlock): string {
  const text = blockText(block);
  if (block.kind === 'paragraph' && block.number && text.startsWith(block.number)) return text.slice(block.number.length);
  return text;
}

function Body({ block }: { block: ReportBlock }) {
  if (block.kind === 'heading1') return <h2 className="report-h1">{`${block.number}${block.text}`}</h2>;
  if (block.kind === 'heading2') return <h3 className="report-h2">{`${block.number}${block.text}`}</h3>;
  return (
    <p className="report-p">
      {block.runs.map((r, i) =>
        r.runIn === 2 ? (
          <span key={i} className="report-h2" style={{ textIndent: 0 }}>
            {r.text}
          </span>
        ) : r.bold ? (
          <strong key={i}>{r.text}</strong>
        ) : (
          <span key={i}>{r.text}</span>
        ),
      )}
    </p>
  );
}

// Only paragraphs are edited here: headings come from the template and are changed there.
export function ReportBlockView(p: Props) {
  const { block } = p;
  const isParagraph = block.kind === 'paragraph';
  const showSources = block.sources.length > 0 && (block.origin === 'log' || block.origin === 'edited' || p.edited);
  // Words the composer wrote from an entry's fields (no 内容摘要): the user should read them as a draft.
  const composed = block.kind === 'paragraph' && !p.edited && (block.composed?.length ?? 0) > 0;
  const marks = showSources || p.edited || p.controls || composed;
  return (
    <div
      id={`block-${block.key}`}
      data-key={block.key}
      data-origin={block.origin}
      className={`report-block${isParagraph && !p.editing ? ' report-block-editable' : ''}${p.flash ? ' report-block-flash' : ''}`}
      title={isParagraph && !p.editing ? '点击修改这一段' : undefined}
      onClick={isParagraph && !p.editing ? p.onStartEdit : undefined}
    >
      {p.editing && isParagraph ? (
        <BlockEditor
          initial={editableText(block)}
          number={block.number}
          saving={p.busy}
          onSave={p.onSave}
          onCancel={p.onCancel}
          onRemove={p.onRemove}
        />
      ) : (
        <Body block={block} />
      )}
      {marks && !p.editing && (
        <div className="report-marks" onClick={(e) => e.stopPropagation()}>
          {p.edited && <Tag color="orange">已修改</Tag>}
          {composed && (
            <Tag color="blue" title="台账没有内容摘要，这句话是按台账的日期、地点、参加人员和指标自动写成的，请核对">
              自动成句
            </Tag>
          )}
          {p.edited && (
            <Popconfirm title="恢复为根据台账生成的原文？" description="您对这一段的修改将被丢弃。" okText="恢复" cancelText="取消" onConfirm={p.onRevert}>
              <Button size="small" type="link" style={{ padding: 0, height: 'auto' }}>
                恢复原文
              </Button>
            </Popconfirm>
          )}
          {showSources && (
            <SourcesPopover ids={block.sources} composed={composed ? (block.composed ?? []) : []} busy={p.busy} onExclude={p.onExclude} onAdopt={p.onAdopt} />
          )}
          {p.controls}
        </div>
      )}
    </div>
  );
}
