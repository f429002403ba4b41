import { App } from 'antd';
import { useCallback, useState } from 'react';
import { call } from '../../api/client';
import type { Activity } from '../../../shared/domain/activity';
import type { Category } from '../../../shared/domain/category';
import type { ResolvedEntryTemplate } from '../../../shared/domain/entry-templates';
import type { PufaOccurrence } from '../../../shared/domain/pufa-days';
import { toAppError } from '../../forms/to-app-error';
import { useLastDepartment } from '../../hooks/useLastDepartment';
import { templateToFormValues } from './activity-form-values';
import type { DrawerRequest, DrawerTab } from './drawer-request';
import { pufaRequest } from './pufa-prefill';
import { quarterTotalRequest } from './quarter-prefill';
import type { Reminder } from '../../../shared/domain/reminder';

export interface DrawerState {
  open: boolean;
  request: DrawerRequest;
  /** A fresh drawer per opening, so nothing typed last time leaks into the next entry. */
  session: number;
}

/** Every way the entry drawer opens: blank, from a template, for a 普法日, as a copy, on a tab. */
export function useLedgerDrawer(templates: ResolvedEntryTemplate[], categories: Category[], afterCopy: () => void) {
  const { message } = App.useApp();
  const { lastDepartment } = useLastDepartment();
  const [drawer, setDrawer] = useState<DrawerState>({ open: false, request: { editing: null }, session: 0 });

  const openWith = useCallback((request: DrawerRequest) => setDrawer((d) => ({ open: true, request, session: d.session + 1 })), []);
  const close = useCallback(() => setDrawer((d) => ({ ...d, open: false })), []);

  const openNew = useCallback(() => openWith({ editing: null }), [openWith]);
  const openSaved = useCallback((editing: Activity, tab: DrawerTab = 'form') => openWith({ editing, tab }), [openWith]);
  const openTemplate = useCallback(
    (t: ResolvedEntryTemplate) =>
      openWith({
        editing: null,
        prefill: templateToFormValues(t, lastDepartment()),
        template: { name: t.name, titlePattern: t.titlePattern, summaryPattern: t.summaryPattern, filled: {} },
      }),
    [lastDepartment, openWith],
  );
  const openPufa = useCallback(
    (d: PufaOccurrence) => openWith(pufaRequest(d, templates, categories, lastDepartment())),
    [categories, lastDepartment, openWith, templates],
  );

  const openQuarterTotal = useCallback(
    (r: Extract<Reminder, { kind: 'quarter-total' }>) => openWith(quarterTotalRequest(r, lastDepartment())),
    [lastDepartment, openWith],
  );

  const copy = useCallback(
    async (a: Activity) => {
      try {
        const created = await call('activities.copy', { id: a.id });
        afterCopy();
        openWith({
          editing: created,
          notice: `已复制“${a.title}”为一条新记录，日期改为今天（${created.date}）。请按实际情况修改后保存；不需要时可在台账中删除。`,
        });
      } catch (err) {
        void message.error(toAppError(err).message);
      }
    },
    [afterCopy, message, openWith],
  );

  const openById = useCallback(
    async (id: string, tab: DrawerTab) => {
      try {
        openSaved(await call('activities.get', { id }), tab);
      } catch (err) {
        void message.error(toAppError(err).message);
      }
    },
    [message, openSaved],
  );

  return { drawer, close, openNew, openSaved, openTemplate, openPufa, openQuarterTotal, copy, openById };
}
