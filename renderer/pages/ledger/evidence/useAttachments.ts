import { useCallback, useEffect, useState } from 'react';
import { call } from '../../../api/client';
import type { Attachment } from '../../../../shared/domain/attachment';
import type { AppError } from '../../../../shared/errors';
import { toAppError } from '../../../forms/to-app-error';

export interface AttachmentsState {
  list: Attachment[];
  loading: boolean;
  error: AppError | undefined;
  reload: () => void;
  /** For a change already made on the server (an upload, a new kind): shown at once, no reload. */
  update: (change: (list: Attachment[]) => Attachment[]) => void;
}

/** The evidence of one saved entry; empty for an entry not saved yet. */
export function useAttachments(activityId: string | null): AttachmentsState {
  const [list, setList] = useState<Attachment[]>([]);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<AppError>();
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    if (!activityId) return;
    let current = true;
    setLoading(true);
    call('attachments.list', { activityId }).then(
      (items) => {
        if (!current) return;
        setList(items);
        setError(undefined);
        setLoading(false);
      },
      (err: unknown) => {
        if (!current) return;
        setError(toAppError(err));
        setLoading(false);
      },
    );
    return () => {
      current = false;
    };
  }, [activityId, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { list: activityId ? list : [], loading, error, reload, update: setList };
}
