import { useCallback, useRef, useState } from 'react';
import { call } from '../../../api/client';
import { uploadFile } from '../../../api/upload';
import type { ImportPreview, ImportResult } from '../../../../shared/domain/ledger-io';
import { toAppError } from '../../../forms/to-app-error';
import type { ImportChoices } from './import-choices';
import { importInput } from './import-choices';

// One import, from the chosen file to the commit: the staged upload, the choices made so far, the
// categories picked for single rows, and the preview those choices give. Every change of a choice
// asks for a new preview with all of them; a late answer to an older choice is dropped.

interface Staged {
  stagedId: string;
  fileName: string;
}

export type ImportBusy = 'file' | 'refresh' | 'commit' | undefined;

/** A staged file nobody will import is let go at once rather than left for the daily clean-up. */
function discard(stagedId: string | undefined): void {
  if (stagedId) void call('attachments.discardStaged', { stagedId }).catch(() => undefined);
}

export function useImportSession() {
  const [staged, setStaged] = useState<Staged>();
  const [preview, setPreview] = useState<ImportPreview>();
  const [choices, setChoices] = useState<ImportChoices>({});
  const [picked, setPicked] = useState<ReadonlyMap<number, number>>(new Map());
  const [busy, setBusy] = useState<ImportBusy>();
  /** Why the file could not be read at all (shown where the file is chosen). */
  const [fileProblem, setFileProblem] = useState<string>();
  /** Why the last change could not be previewed; the change is undone. */
  const [changeProblem, setChangeProblem] = useState<string>();
  const generation = useRef(0);

  const reset = useCallback(() => {
    generation.current++;
    setStaged(undefined);
    setPreview(undefined);
    setChoices({});
    setPicked(new Map());
    setChangeProblem(undefined);
  }, []);

  const choose = async (file: File) => {
    discard(staged?.stagedId);
    reset();
    setFileProblem(undefined);
    setBusy('file');
    const mine = ++generation.current;
    try {
      const up = await uploadFile(file);
      try {
        const first = await call('ledger.import.preview', { stagedId: up.stagedId, fileName: up.fileName });
        if (mine !== generation.current) return discard(up.stagedId);
        setStaged({ stagedId: up.stagedId, fileName: up.fileName });
        setPreview(first);
      } catch (err) {
        discard(up.stagedId);
        throw err;
      }
    } catch (err) {
      if (mine === generation.current) setFileProblem(toAppError(err).message);
    } finally {
      if (mine === generation.current) setBusy(undefined);
    }
  };

  /** Previews with new choices; on a refusal the choices stay as they were. */
  const change = async (next: ImportChoices, rows: ReadonlyMap<number, number> = picked) => {
    if (!staged) return;
    const mine = ++generation.current;
    setBusy('refresh');
    setChangeProblem(undefined);
    try {
      const fresh = await call('ledger.import.preview', importInput(staged, next, rows));
      if (mine !== generation.current) return;
      setChoices(next);
      setPicked(rows);
      setPreview(fresh);
    } catch (err) {
      if (mine === generation.current) setChangeProblem(toAppError(err).message);
    } finally {
      if (mine === generation.current) setBusy(undefined);
    }
  };

  const pick = useCallback((row: number, categoryId: number) => {
    setPicked((m) => new Map(m).set(row, categoryId));
  }, []);

  /** The result, or why the import was refused. Nothing else can change meanwhile: the dialog is busy. */
  const commit = async (): Promise<{ result: ImportResult } | { error: string }> => {
    if (!staged) return { error: '请先选择文件' };
    generation.current++;
    setBusy('commit');
    try {
      const result = await call('ledger.import.commit', importInput(staged, choices, picked));
      reset();
      return { result };
    } catch (err) {
      const e = toAppError(err);
      // Without the staged file there is nothing left to import from; a fresh choice starts over.
      if (e.code === 'not_found') reset();
      return { error: e.message };
    } finally {
      setBusy(undefined);
    }
  };

  const abandon = () => {
    discard(staged?.stagedId);
    reset();
  };

  return { staged, preview, choices, picked, busy, fileProblem, changeProblem, choose, change, pick, commit, abandon, dismissChangeProblem: () => setChangeProblem(undefined) };
}
