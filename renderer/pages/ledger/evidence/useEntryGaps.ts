import { useEffect, useState } from 'react';
import { call } from '../../../api/client';
import type { Activity } from '../../../../shared/domain/activity';
import { useMayCall } from '../../../auth/signed-in-user';

/**
 * What evidence this entry still lacks by the usual rules ("签到表", "签到表或报道"). `version`
 * changes whenever its attachments do, so the notice follows each upload and each change of kind.
 */
export function useEntryGaps(activity: Activity | null, version: unknown): string[] {
  const [missing, setMissing] = useState<{ id: string; list: string[] }>();
  const id = activity?.id;
  const year = activity ? Number(activity.date.slice(0, 4)) : undefined;
  const categoryId = activity?.categoryId;
  // The rules' check is the 审核员's (佐证检查): for a 录入员 the host would refuse it.
  const allowed = useMayCall('evidence.gaps');

  useEffect(() => {
    if (!id || !year || !allowed) return;
    let current = true;
    call('evidence.gaps', { year, categoryId }).then(
      (gaps) => current && setMissing({ id, list: gaps.find((g) => g.activityId === id)?.missing ?? [] }),
      // A hint only; the evidence list itself still works.
      (err: unknown) => console.error(err),
    );
    return () => {
      current = false;
    };
  }, [id, year, categoryId, version, allowed]);

  return missing && missing.id === id ? missing.list : [];
}
