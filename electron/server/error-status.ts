import type { ErrorCode } from '../../shared/errors';

// One HTTP status per refusal, for every route of both servers: the page reads the JSON body either
// way, but a colleague's browser tools and the host's own log show the status, and a full or
// read-only disk (storage) is not the user's bad input.
const STATUS: Partial<Record<ErrorCode, number>> = { not_found: 404, forbidden: 403, conflict: 409, storage: 507, internal: 500 };

export function statusOf(code: ErrorCode): number {
  return STATUS[code] ?? 400;
}
