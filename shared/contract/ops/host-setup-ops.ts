import type { HostAssignResult, HostStatus } from '../../domain/host-setup';
import { HOST_SETUP_LABELS, hostAssignOwnersInput } from '../../domain/host-setup';
import { op } from '../operation-spec';
import { emptyInput } from './empty-input';

// Setting the host up for 局域网共享 (shared/domain/host-setup.ts). Both are done at the host's own
// desk only (shared/auth/permissions.ts): they prepare who will see what, before anyone signs in.
const labels = HOST_SETUP_LABELS;

export const hostSetupOps = {
  'host.status': op<HostStatus>()({ input: emptyInput, labels, summary: '查看启用局域网共享还需要做什么' }),
  'host.assignOwners': op<HostAssignResult>()({ input: hostAssignOwnersInput, labels, summary: '为原有台账指定归属科室和录入人' }),
} as const;
