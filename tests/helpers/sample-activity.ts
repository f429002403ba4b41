import type { Activity } from '../../shared/domain/activity';

/** A whole Activity with every field empty, for pure functions that take one; override what the test is about. */
export function sampleActivity(overrides: Partial<Activity> = {}): Activity {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    date: '2024-01-01',
    endDate: null,
    datePrecision: 'day',
    categoryId: 1,
    categoryName: '学习贯彻习近平法治思想',
    title: '',
    summary: '',
    details: '',
    department: '',
    participantCount: null,
    participantsDesc: '',
    location: '',
    leaderRole: '',
    docTitle: '',
    docNumber: '',
    period: '',
    tags: [],
    metrics: [],
    createdAt: '',
    updatedAt: '',
    origin: '',
    authorName: '',
    reviewStatus: 'approved',
    reviewNote: '',
    reviewedBy: '',
    reviewedAt: null,
    submittedAt: null,
    deletedAt: null,
    ...overrides,
  };
}
