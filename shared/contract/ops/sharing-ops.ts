import type { SharingStatus } from '../../domain/sharing';
import { SHARING_LABELS, sharingStartInput } from '../../domain/sharing';
import { op } from '../operation-spec';
import { emptyInput } from './empty-input';

// 局域网共享 from the program that holds the data folder (shared/domain/sharing.ts): start and stop
// host mode beside the window, and see who is connected. The host's own desk only
// (shared/auth/permissions.ts); each answers the state after it.

export const sharingOps = {
  'sharing.start': op<SharingStatus>()({ input: sharingStartInput, labels: SHARING_LABELS, summary: '开启局域网共享' }),
  'sharing.stop': op<SharingStatus>()({ input: emptyInput, summary: '停止局域网共享' }),
  'sharing.status': op<SharingStatus>()({ input: emptyInput, summary: '查看局域网共享的状态和在线用户' }),
} as const;
