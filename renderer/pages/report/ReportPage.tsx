import { FileTextOutlined } from '@ant-design/icons';
import { Col, Empty, Row, Spin, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useOperation } from '../../hooks/useOperation';
import { NarrativeDrawer } from './NarrativeDrawer';
import { ReportPaper } from './ReportPaper';
import { ReportDownloads } from './ReportDownloads';
import { ReportSidePanel } from './ReportSidePanel';
import { ReportToolbar } from './ReportToolbar';
import { TemplateManagerDrawer } from './templates/TemplateManagerDrawer';
import { defaultReportYear } from './report-year';
import type { NarrativeFocus, ReportLinkTarget } from './useReportDeepLink';
import { useReportDeepLink } from './useReportDeepLink';
import type { GoTo } from './useProgressiveBlocks';
import { useReportDraft } from './useReportDraft';
import './report-paper.css';

const FLASH_MS = 1600;

export function ReportPage() {
  const [year, setYear] = useState(defaultReportYear);
  const templates = useOperation('report.templates.list', {});
  const [chosenTemplate, setChosenTemplate] = useState<number>();
  const [narrativeOpen, setNarrativeOpen] = useState(false);
  const [templatesOpen, setTemplatesOpen] = useState(false);
  const [narrativeFocus, setNarrativeFocus] = useState<NarrativeFocus>();
  const [flashKey, setFlashKey] = useState<string>();
  const flashTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const draft = useReportDraft(year);
  const { view } = draft;

  // The draft remembers its template (unless that copy was deleted since); otherwise the first
  // (five-part) one is the safe default.
  const has = (id: number | undefined) => id !== undefined && !!templates.data?.some((t) => t.id === id);
  const templateId = [chosenTemplate, view?.templateId].find(has) ?? templates.data?.[0]?.id;

  // The paper brings the block onto the page (it shows long reports a batch at a time), scrolls to
  // it, and reports back; then it is highlighted for a moment.
  const [goTo, setGoTo] = useState<GoTo>();
  const go = useCallback((key: string) => setGoTo((g) => ({ key, seq: (g?.seq ?? 0) + 1 })), []);
  const arrived = useCallback((key: string) => {
    setFlashKey(key);
    clearTimeout(flashTimer.current);
    flashTimer.current = setTimeout(() => setFlashKey(undefined), FLASH_MS);
  }, []);
  useEffect(() => () => clearTimeout(flashTimer.current), []);

  useReportDeepLink(
    useCallback((linkedYear: number | undefined, target: ReportLinkTarget) => {
      if (linkedYear !== undefined) {
        setYear(linkedYear);
        setChosenTemplate(undefined);
      }
      if (target === 'templates') return setTemplatesOpen(true);
      if (target === 'year') return;
      setNarrativeFocus(target.narrative);
      setNarrativeOpen(true);
    }, []),
  );

  // Host mode: the report is written from 已审核 entries unless the 审核员 asks for a draft of all.
  // The choice is stored with the draft: a reopened page shows what the draft was written from.
  const [includeUnreviewed, setIncludeUnreviewed] = useState(false);
  const storedInclude = view?.includeUnreviewed;
  useEffect(() => {
    if (storedInclude !== undefined) setIncludeUnreviewed(storedInclude);
  }, [storedInclude]);
  const assemble = (include = includeUnreviewed) => {
    if (templateId !== undefined) void draft.assemble(templateId, include);
  };

  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 16 }}>
      <ReportToolbar
        year={year}
        onYear={(y) => {
          setYear(y);
          setChosenTemplate(undefined);
        }}
        templates={templates.data}
        templateId={templateId}
        onTemplate={setChosenTemplate}
        hasDraft={!!view}
        busy={draft.busy}
        onAssemble={() => assemble()}
        includeUnreviewed={includeUnreviewed}
        onIncludeUnreviewed={(include) => {
          setIncludeUnreviewed(include);
          if (view) assemble(include);
        }}
        onNarrative={() => {
          setNarrativeFocus(undefined);
          setNarrativeOpen(true);
        }}
        onManageTemplates={() => setTemplatesOpen(true)}
        assembledAt={view?.assembledAt}
        downloads={<ReportDownloads year={year} hasDraft={!!view} />}
      />
      {draft.loading ? (
        <Spin style={{ marginTop: 48 }} />
      ) : !view ? (
        <Empty
          image={<FileTextOutlined style={{ fontSize: 56, color: '#bbb' }} />}
          description={
            <Typography.Paragraph type="secondary" style={{ maxWidth: 520, margin: '0 auto' }}>
              {year}年度的报告还没有生成。选好模板后点“生成报告”，程序会按全年台账写出初稿；存在的不足、明年安排等需要亲自填写的部分，请点“填写年度材料”。
            </Typography.Paragraph>
          }
        />
      ) : (
        <Row gutter={24} wrap={false}>
          <Col flex="auto" style={{ minWidth: 0, background: '#f0f2f5', padding: '24px 12px', borderRadius: 4 }}>
            <ReportPaper view={view} draft={draft} flashKey={flashKey} goTo={goTo} onArrived={arrived} />
          </Col>
          <Col flex="320px" style={{ position: 'sticky', top: 16, alignSelf: 'flex-start', maxHeight: 'calc(100vh - 32px)', overflow: 'auto' }}>
            <ReportSidePanel view={view} draft={draft} changes={draft.changes} onGo={go} />
          </Col>
        </Row>
      )}
      <TemplateManagerDrawer
        open={templatesOpen}
        onClose={() => setTemplatesOpen(false)}
        templates={templates.data}
        selectedId={templateId}
        onChanged={templates.reload}
        onUse={setChosenTemplate}
      />
      <NarrativeDrawer year={year} open={narrativeOpen} focus={narrativeFocus} onClose={() => setNarrativeOpen(false)} onSaved={() => assemble()} />
    </div>
  );
}
