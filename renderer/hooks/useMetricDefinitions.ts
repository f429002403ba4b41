import { useEffect, useState } from 'react';
import { call } from '../api/client';
import type { MetricDefinition } from '../../shared/domain/metric-definition';

/** The visible usual metrics of one category; nothing until a category is chosen. */
export function useMetricDefinitions(categoryId: number | undefined): MetricDefinition[] {
  const [loaded, setLoaded] = useState<{ categoryId: number; list: MetricDefinition[] }>();
  useEffect(() => {
    if (categoryId === undefined) return;
    let current = true;
    call('metrics.definitions.list', { categoryId }).then(
      (list) => current && setLoaded({ categoryId, list: list.filter((d) => !d.hidden) }),
      // Suggestions only: the form works without them.
      (err: unknown) => console.error(err),
    );
    return () => {
      current = false;
    };
  }, [categoryId]);
  return loaded && loaded.categoryId === categoryId ? loaded.list : [];
}
