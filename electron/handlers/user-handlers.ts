import { LOCAL_CALLER } from '../../shared/auth/caller';
import { passwordPolicySchema } from '../../shared/auth/password-policy';
import type { UserAccount } from '../../shared/auth/user-account';
import type { ConnectedSession, UserListItem } from '../../shared/domain/user-admin';
import { AUTH_POLICY_LABELS } from '../../shared/domain/user-admin';
import { AppError } from '../../shared/errors';
import { parseInput } from '../../shared/validation/format-issues';
import type { AppContext } from '../app-context';
import { temporaryPassword } from '../auth/temporary-password';
import { userListItem } from '../auth/user-list-item';
import { readAuthPolicy, writeAuthPolicy } from '../store/auth-policy-store';
import { lastLogins } from '../store/last-login-store';
import { unlockUser } from '../store/login-attempts-store';
import { endSession, listActiveSessions } from '../store/session-store';
import { setPassword } from '../store/user-password-store';
import { createUser, listUsers, requireUser, updateUser } from '../store/user-store';
import type { HandlerGroup } from './handler-types';

// 用户管理: accounts, who is connected, and the password and sign-in rules. The account rules (the
// policy, 录入员 needs a 科室, the last 管理员) are the stores'; these handlers choose the temporary
// passwords and shape the answers. Who may call them: shared/auth/permissions.ts.

type UserOperation =
  | 'users.list'
  | 'users.create'
  | 'users.update'
  | 'users.resetPassword'
  | 'users.unlock'
  | 'users.disable'
  | 'users.enable'
  | 'sessions.list'
  | 'sessions.end'
  | 'auth.policy.get'
  | 'auth.policy.update';

function item(ctx: AppContext, user: UserAccount): UserListItem {
  return userListItem(user, readAuthPolicy(ctx.db), ctx.now(), lastLogins(ctx.db).get(user.id) ?? null);
}

/**
 * At first run the host's own user creates the first 管理员 for themselves, typing the password on
 * the host's own screen: it is theirs already, and need not be changed at the first sign-in. Every
 * other account's first password was handed over by someone else, and is temporary.
 */
function chosenByUser(ctx: AppContext, password: string | undefined): boolean {
  return password !== undefined && (ctx.caller ?? LOCAL_CALLER).kind === 'local' && listUsers(ctx.db).length === 0;
}

export const userHandlers: HandlerGroup<UserOperation> = {
  'users.list': (ctx) => {
    const policy = readAuthPolicy(ctx.db);
    const now = ctx.now();
    const logins = lastLogins(ctx.db);
    return listUsers(ctx.db).map((u) => userListItem(u, policy, now, logins.get(u.id) ?? null));
  },

  'users.create': async (ctx, input) => {
    const username = input.username.trim();
    const generated = input.password === undefined ? temporaryPassword(readAuthPolicy(ctx.db), username) : null;
    const user = await createUser(
      ctx.db,
      { username, displayName: input.displayName, role: input.role, department: input.department ?? '', password: input.password ?? generated! },
      ctx.now(),
      { chosenByUser: chosenByUser(ctx, input.password) },
    );
    return { user: item(ctx, user), temporaryPassword: generated };
  },

  'users.update': (ctx, { id, ...changes }) => item(ctx, updateUser(ctx.db, id, changes, ctx.now())),

  // The store ends every session of the user and lifts a lock: the old password may be what leaked.
  'users.resetPassword': async (ctx, { id, password }) => {
    const user = requireUser(ctx.db, id);
    const generated = password === undefined ? temporaryPassword(readAuthPolicy(ctx.db), user.username) : null;
    const reset = await setPassword(ctx.db, id, password ?? generated!, ctx.now(), { byAdmin: true });
    return { user: item(ctx, reset), temporaryPassword: generated };
  },

  'users.unlock': (ctx, { id }) => item(ctx, unlockUser(ctx.db, id, ctx.now())),
  'users.disable': (ctx, { id }) => item(ctx, updateUser(ctx.db, id, { disabled: true }, ctx.now())),
  'users.enable': (ctx, { id }) => item(ctx, updateUser(ctx.db, id, { disabled: false }, ctx.now())),

  'sessions.list': (ctx) => {
    const caller = ctx.caller ?? LOCAL_CALLER;
    return listActiveSessions(ctx.db, ctx.now(), readAuthPolicy(ctx.db)).map(
      (s): ConnectedSession => ({
        sessionId: s.id,
        userId: s.userId,
        username: s.username,
        displayName: s.displayName,
        role: s.role,
        department: s.department,
        ip: s.ip,
        userAgent: s.userAgent,
        signedInAt: s.createdAt,
        lastSeenAt: s.lastSeenAt,
        current: caller.kind === 'user' && caller.sessionId === s.id,
      }),
    );
  },

  'sessions.end': (ctx, { sessionId }) => {
    const now = ctx.now();
    const session = listActiveSessions(ctx.db, now, readAuthPolicy(ctx.db)).find((s) => s.id === sessionId);
    if (!session || !endSession(ctx.db, sessionId, 'forced', now)) {
      throw new AppError('not_found', '这个用户已经下线（或登录已过期），请刷新在线用户列表');
    }
    return { id: sessionId, username: session.username, displayName: session.displayName };
  },

  'auth.policy.get': (ctx) => readAuthPolicy(ctx.db),

  // Rules left out keep their stored value; the whole is checked again for the rules comparing two fields.
  'auth.policy.update': (ctx, changes) => {
    const given = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
    const policy = parseInput(passwordPolicySchema, { ...readAuthPolicy(ctx.db), ...given }, AUTH_POLICY_LABELS);
    writeAuthPolicy(ctx.db, policy, ctx.now());
    return policy;
  },
};
