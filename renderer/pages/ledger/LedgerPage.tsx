import { DeleteOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Space, Tabs } from 'antd';
import { useCallback, useState } from 'react';
import type { Activity } from '../../../shared/domain/activity';
import type { ImportResult } from '../../../shared/domain/ledger-io';
import { mayCall, useSignedInUser } from '../../auth/signed-in-user';
import { useOperation } from '../../hooks/useOperation';
import { ActivityDrawer } from './ActivityDrawer';
import type { PageRequest } from './ActivityTable';
import { ActivityTable } from './ActivityTable';
import { EvidenceGapsView } from './EvidenceGapsView';
import { ExportButton } from './io/ExportButton';
import { ImportBatchesView } from './io/ImportBatchesView';
import { ImportDialog } from './io/ImportDialog';
import type { DrawerTab } from './drawer-request';
import type { LedgerFilter, LedgerView } from './ledger-filter';
import { ALL_YEARS, hasAnyFilter, initialFilter, toExportInput, toListInput } from './ledger-filter';
import { LedgerToolbar } from './LedgerToolbar';
import { LedgerReminders } from './LedgerReminders';
import { TemplateMenu } from './TemplateMenu';
import { useEvidenceStatus } from './useEvidenceStatus';
import { useLedgerDeepLink } from './useLedgerDeepLink';
import { useLedgerDrawer } from './useLedgerDrawer';
import { useTrashActions } from './useTrashActions';
import { importDoneMessage } from './io/import-message';

export function LedgerPage() {
  const { message } = App.useApp();
  const [filter, setFilter] = useState<LedgerFilter>(initialFilter);
  const [paging, setPaging] = useState<PageRequest>({ page: 1, pageSize: 20 });
  const [moreOpen, setMoreOpen] = useState(false);
  const [importing, setImporting] = useState(false);
  // Bumped whenever evidence may have changed, so the 佐证 column and the 佐证检查 tab follow.
  const [evidenceVersion, setEvidenceVersion] = useState(0);
  const bumpEvidence = useCallback(() => setEvidenceVersion((v) => v + 1), []);

  const categories = useOperation('categories.list', {});
  const unit = useOperation('unit.get', {});
  const templates = useOperation('templates.list', {});
  const list = useOperation('activities.list', toListInput(filter, paging.page, paging.pageSize));
  const reloadList = list.reload;
  const evidence = useEvidenceStatus(filter.view === 'ledger' ? list.data?.items : undefined, filter.evidence, evidenceVersion);
  const { remove, restore, purge, emptyTrash } = useTrashActions(reloadList);
  // On the host, only what the role may do is offered (a 录入员 has no 佐证检查, 导入记录, 导出 or 清空回收站).
  const user = useSignedInUser();
  const drawers = useLedgerDrawer(templates.data ?? [], categories.data ?? [], reloadList);
  const { drawer, close: closeDrawer } = drawers;

  const changeFilter = useCallback((patch: Partial<LedgerFilter>) => {
    setFilter((f) => ({ ...f, ...patch }));
    setPaging((p) => ({ ...p, page: 1 }));
  }, []);

  const openById = drawers.openById;
  const openLinkedEntry = useCallback((id: string, tab: DrawerTab) => void openById(id, tab), [openById]);
  useLedgerDeepLink({ categories: categories.data, onFilter: changeFilter, onEntry: openLinkedEntry });

  const changeView = (view: LedgerView) =>
    // The evidence check is per year; "all years" would be a different question.
    changeFilter(view === 'gaps' && filter.year === ALL_YEARS ? { view, year: new Date().getFullYear() } : { view });

  const onSaved = useCallback(
    (saved: Activity, wasNew: boolean, stayOpen: boolean, reviewed: boolean) => {
      if (!stayOpen) closeDrawer();
      // 提交审核 / 通过 / 退回: the drawer has said what happened; a second message would only repeat it.
      if (!reviewed) void message.success(wasNew ? (stayOpen ? '已保存，请上传佐证材料' : '已新增') : '已保存修改');
      // Show the saved row even when it belongs to another year than the one on screen.
      const year = Number(saved.date.slice(0, 4));
      setFilter((f) => (f.view === 'trash' || f.view === 'imports' ? { ...f, view: 'ledger' } : f.year === ALL_YEARS ? f : { ...f, year }));
      if (wasNew) setPaging((p) => ({ ...p, page: 1 }));
      reloadList();
      bumpEvidence();
    },
    [bumpEvidence, closeDrawer, message, reloadList],
  );

  const onImported = (result: ImportResult) => {
    setImporting(false);
    void message.success(importDoneMessage(result));
    reloadList();
    bumpEvidence();
  };

  const inTrash = filter.view === 'trash';
  const visibleCategories = (categories.data ?? []).filter((c) => !c.hidden);
  const loadError = list.error ?? categories.error ?? unit.error;
  const total = list.data?.total ?? 0;
  const emptyText = inTrash
    ? '回收站是空的'
    : hasAnyFilter(filter)
      ? '没有符合条件的记录。可以换个关键词，或点“清空”去掉筛选条件。'
      : '这一年还没有记录。点击右上角“新增活动”或“从模板新建”开始记台账。';

  return (
    <>
      <LedgerReminders onPufa={drawers.openPufa} onQuarterTotal={drawers.openQuarterTotal} version={evidenceVersion} />
      <Tabs
        activeKey={filter.view}
        onChange={(view) => changeView(view as LedgerView)}
        items={[
          { key: 'ledger', label: '台账记录' },
          ...(mayCall(user, 'evidence.gaps') ? [{ key: 'gaps', label: '佐证检查' }] : []),
          { key: 'trash', label: '回收站' },
          ...(mayCall(user, 'ledger.import.batches') ? [{ key: 'imports', label: '导入记录' }] : []),
        ]}
        tabBarExtraContent={
          <Space>
            <TemplateMenu templates={templates.data ?? []} onPick={drawers.openTemplate} />
            <Button type="primary" icon={<PlusOutlined />} onClick={drawers.openNew}>
              新增活动
            </Button>
          </Space>
        }
      />
      {filter.view !== 'imports' && (
        <LedgerToolbar
          filter={filter}
          categories={visibleCategories}
          departments={unit.data?.departments ?? []}
          moreOpen={moreOpen}
          onToggleMore={() => setMoreOpen((open) => !open)}
          onChange={changeFilter}
          actions={
            filter.view === 'ledger' && (
              <Space>
                <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
                  导入表格
                </Button>
                {mayCall(user, 'ledger.export') && <ExportButton filters={toExportInput(filter)} />}
              </Space>
            )
          }
        />
      )}
      {inTrash && (
        <Alert
          type="info"
          showIcon
          title="回收站中的记录不计入统计和年报，点击“恢复”可放回台账。"
          action={
            mayCall(user, 'activities.trash.empty') && (
              <Button size="small" danger icon={<DeleteOutlined />} disabled={total === 0} onClick={() => emptyTrash(total)}>
                清空回收站
              </Button>
            )
          }
          style={{ marginBottom: 16 }}
        />
      )}
      {loadError && (
        <Alert
          type="error"
          showIcon
          title={loadError.message}
          action={<Button onClick={() => [list, categories, unit].forEach((op) => op.reload())}>重试</Button>}
          style={{ marginBottom: 16 }}
        />
      )}
      {filter.view === 'gaps' ? (
        <EvidenceGapsView
          year={filter.year}
          categoryId={filter.categoryId}
          version={evidenceVersion}
          onSupplement={(id) => void drawers.openById(id, 'evidence')}
        />
      ) : filter.view === 'imports' ? (
        <ImportBatchesView
          onUndone={() => {
            reloadList();
            bumpEvidence();
          }}
        />
      ) : (
        <ActivityTable
          items={list.data?.items ?? []}
          total={total}
          loading={list.loading}
          paging={paging}
          inTrash={inTrash}
          emptyText={emptyText}
          search={filter.text}
          evidence={evidence}
          onPage={setPaging}
          onTag={(tag) => changeFilter({ tag })}
          onEdit={(a) => drawers.openSaved(a)}
          onCopy={(a) => void drawers.copy(a)}
          onHistory={(a) => drawers.openSaved(a, 'history')}
          onEvidence={(a) => drawers.openSaved(a, 'evidence')}
          onDelete={(a) => void remove(a)}
          onRestore={(a) => void restore(a)}
          onPurge={purge}
        />
      )}
      <ActivityDrawer
        key={drawer.session}
        open={drawer.open}
        request={drawer.request}
        categories={categories.data ?? []}
        departments={unit.data?.departments ?? []}
        onClose={closeDrawer}
        onSaved={onSaved}
        onEvidenceChanged={() => {
          bumpEvidence();
        }}
      />
      <ImportDialog open={importing} onClose={() => setImporting(false)} onImported={onImported} />
    </>
  );
}
