import { App } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { call } from '../../api/client';
import type { ReportChange, ReportView } from '../../../shared/domain/report-draft';
import { toAppError } from '../../forms/to-app-error';

export interface ReportDraft {
  view: ReportView | null;
  loading: boolean;
  busy: boolean;
  /** Only what the last 生成/重新生成 changed; an edit answers with its own (irrelevant) list. */
  changes: ReportChange[] | null;
  /** includeUnreviewed: a draft of every entry (host mode); otherwise only 已审核 ones. */
  assemble: (templateId: number, includeUnreviewed?: boolean) => Promise<void>;
  /**
   * Runs one draft-changing operation; the answer replaces the whole preview. `reassembles`: the
   * operation generated the report again (an entry excluded or restored), so its changes are listed.
   * `done` is said on success; a function is asked only then, for what the operation found out.
   */
  apply: (run: () => Promise<ReportView>, done?: string | (() => string), reassembles?: boolean) => Promise<boolean>;
}

// The saved draft is read without re-assembling, so opening the page never silently rewrites the
// report under the user's edits.
export function useReportDraft(year: number): ReportDraft {
  const { message } = App.useApp();
  const [view, setView] = useState<ReportView | null>(null);
  const [loading, setLoading] = useState(true);
  const [busy, setBusy] = useState(false);
  const [changes, setChanges] = useState<ReportChange[] | null>(null);
  const hadView = useRef(false);
  hadView.current = view !== null;

  useEffect(() => {
    let current = true;
    setLoading(true);
    setChanges(null);
    call('report.draft.get', { year }).then(
      (v) => {
        if (!current) return;
        setView(v);
        setLoading(false);
      },
      (err: unknown) => {
        if (!current) return;
        setView(null);
        setLoading(false);
        void message.error(toAppError(err).message);
      },
    );
    return () => {
      current = false;
    };
  }, [year, message]);

  const apply = useCallback(
    async (run: () => Promise<ReportView>, done?: string | (() => string), reassembles = false) => {
      setBusy(true);
      try {
        const v = await run();
        if (reassembles) setChanges(v.changes);
        setView(v);
        const said = typeof done === 'function' ? done() : done;
        if (said) void message.success(said);
        return true;
      } catch (err) {
        void message.error(toAppError(err).message);
        return false;
      } finally {
        setBusy(false);
      }
    },
    [message],
  );

  const assemble = useCallback(
    async (templateId: number, includeUnreviewed = false) => {
      setBusy(true);
      try {
        const v = await call('report.assemble', { year, templateId, ...(includeUnreviewed ? { includeUnreviewed: true as const } : {}) });
        // The first assembly "adds" every paragraph; listing them all would say nothing.
        setChanges(hadView.current ? v.changes : null);
        setView(v);
      } catch (err) {
        void message.error(toAppError(err).message);
      } finally {
        setBusy(false);
      }
    },
    [year, message],
  );

  return { view, loading, busy, changes, assemble, apply };
}
