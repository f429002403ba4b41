import type { ParsedInputOf } from '../../shared/contract/operations';
import type { ActivityFields } from './activity-store';

/** A validated create input with every optional field given its stored default. */
export function fieldsFromInput(input: ParsedInputOf<'activities.create'>): ActivityFields {
  return {
    date: input.date,
    endDate: input.endDate ?? null,
    datePrecision: input.datePrecision ?? 'day',
    categoryId: input.categoryId,
    title: input.title,
    summary: input.summary ?? '',
    details: input.details ?? '',
    department: input.department ?? '',
    participantCount: input.participantCount ?? null,
    participantsDesc: input.participantsDesc ?? '',
    location: input.location ?? '',
    leaderRole: input.leaderRole ?? '',
    docTitle: input.docTitle ?? '',
    docNumber: input.docNumber ?? '',
    period: input.period ?? '',
    tags: input.tags ?? [],
    metrics: input.metrics ?? [],
  };
}
