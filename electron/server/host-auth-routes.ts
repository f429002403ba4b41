import type http from 'node:http';
import { z } from 'zod';
import { PASSWORD_MAX_LENGTH } from '../../shared/auth/password-policy';
import { failureDetail } from '../../shared/domain/audit-words';
import { AppError } from '../../shared/errors';
import type { AppErrorData } from '../../shared/errors';
import { parseInput } from '../../shared/validation/format-issues';
import type { AppContext } from '../app-context';
import { changeOwnPassword } from '../auth/change-own-password';
import { login } from '../auth/login';
import { endSession } from '../store/session-store';
import { recordAuthEvent } from './host-audit';
import { clientIp } from './host-caller';
import type { HostDeps } from './host-deps';
import type { SignedInRequest } from './host-request-session';
import { sessionOfRequest, sessionOfTokens } from './host-request-session';
import { clearedSessionCookie, sessionCookie } from './host-session-cookie';
import { notSignedIn, signedInState, signedOutState } from './host-state-of';
import { refuse, sendJson } from './json-reply';
import { readJsonRequest } from './json-request';

// Signing in and out of host mode, and changing one's own password (paths and answers:
// shared/auth/host-state.ts). These are not registry operations: they make or end the session the
// registry's caller comes from. Each writes its own audit row.

const loginInput = z
  .object({
    username: z.string().trim().min(1).max(64, { message: '用户名或密码不正确' }),
    password: z.string().min(1).max(PASSWORD_MAX_LENGTH, { message: '用户名或密码不正确' }),
  })
  .strict();

const passwordInput = z
  .object({
    currentPassword: z.string().min(1).max(PASSWORD_MAX_LENGTH, { message: '当前密码不正确' }),
    newPassword: z.string().min(1).max(PASSWORD_MAX_LENGTH, { message: `新密码不能超过${PASSWORD_MAX_LENGTH}个字符` }),
  })
  .strict();

const LOGIN_LABELS = { username: '用户名', password: '密码' };
const PASSWORD_LABELS = { currentPassword: '当前密码', newPassword: '新密码' };

function parsed<T>(res: http.ServerResponse, parse: () => T): T | undefined {
  try {
    return parse();
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    refuse(res, 400, err.toData());
    return undefined;
  }
}

async function state(req: http.IncomingMessage, res: http.ServerResponse, ctx: AppContext, deps: HostDeps): Promise<void> {
  // Asking is not activity: a page polling its state must not keep an unattended session alive.
  const who = sessionOfRequest(ctx, req, deps.port(), false);
  sendJson(res, 200, who.signedIn ? signedInState(ctx.version, who) : signedOutState(ctx.version, who.ended));
}

async function signIn(req: http.IncomingMessage, res: http.ServerResponse, ctx: AppContext, deps: HostDeps): Promise<void> {
  const body = await readJsonRequest(req, res, '登录');
  if (!body) return;
  const input = parsed(res, () => parseInput(loginInput, body.input, LOGIN_LABELS));
  if (!input) return;
  const ip = clientIp(req);
  const now = ctx.now();
  const result = await login(ctx.db, { username: input.username, password: input.password, ip, userAgent: req.headers['user-agent'] ?? '' }, now);
  if (!result.ok) {
    const error: AppErrorData = { code: 'forbidden', message: result.message };
    // The name as typed, also when no account has it: an auditor looks for guessing at names too.
    recordAuthEvent(ctx.db, now, { event: 'auth.login', userId: result.userId ?? '', username: input.username, ip, success: false, detail: failureDetail(error.code, result.message) });
    return refuse(res, 400, error);
  }
  // A browser signing in as someone else (or again) leaves no second session of its own behind.
  const before = sessionOfRequest(ctx, req, deps.port(), false);
  if (before.signedIn) endSession(ctx.db, before.session.id, 'logout', now);
  recordAuthEvent(ctx.db, now, { event: 'auth.login', userId: result.user.id, username: result.user.username, ip, success: true });
  const who = sessionOfTokens(ctx, [result.token], ip);
  if (!who.signedIn) throw new Error('刚登录的会话查不到');
  sendJson(res, 200, signedInState(ctx.version, who), { 'Set-Cookie': sessionCookie(result.token, deps.port(), deps.secure) });
}

async function signOut(req: http.IncomingMessage, res: http.ServerResponse, ctx: AppContext, deps: HostDeps): Promise<void> {
  const body = await readJsonRequest(req, res, '退出登录');
  if (!body) return;
  const who = sessionOfRequest(ctx, req, deps.port(), false);
  const now = ctx.now();
  if (who.signedIn && endSession(ctx.db, who.session.id, 'logout', now)) {
    recordAuthEvent(ctx.db, now, { event: 'auth.logout', userId: who.user.id, username: who.user.username, ip: clientIp(req), success: true });
  }
  sendJson(res, 200, signedOutState(ctx.version, null), { 'Set-Cookie': clearedSessionCookie(deps.port(), deps.secure) });
}

/** The store names the new password's field `password`; the page's form calls it newPassword. */
function forTheForm(err: AppError): AppErrorData {
  const data = err.toData();
  if (!data.fields || !('password' in data.fields)) return data;
  const { password, ...rest } = data.fields;
  return { ...data, fields: { ...rest, newPassword: password as string } };
}

async function changePassword(req: http.IncomingMessage, res: http.ServerResponse, ctx: AppContext, deps: HostDeps, who: SignedInRequest): Promise<void> {
  const body = await readJsonRequest(req, res, '修改密码');
  if (!body) return;
  const input = parsed(res, () => parseInput(passwordInput, body.input, PASSWORD_LABELS));
  if (!input) return;
  const now = ctx.now();
  const row = { event: 'auth.password' as const, userId: who.user.id, username: who.user.username, ip: clientIp(req) };
  try {
    await changeOwnPassword(ctx.db, { userId: who.user.id, sessionId: who.session.id, currentPassword: input.currentPassword, newPassword: input.newPassword }, now);
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    recordAuthEvent(ctx.db, now, { ...row, success: false, detail: failureDetail(err.code, err.message) });
    return refuse(res, 400, forTheForm(err));
  }
  recordAuthEvent(ctx.db, now, { ...row, success: true });
  const after = sessionOfRequest(ctx, req, deps.port());
  if (!after.signedIn) return refuse(res, 401, notSignedIn(after.ended));
  sendJson(res, 200, signedInState(ctx.version, after));
}

/** Answers /auth/state, /auth/login, /auth/logout and /auth/password; anything else under /auth/ is 404. */
export async function handleAuthRoute(req: http.IncomingMessage, res: http.ServerResponse, ctx: AppContext, deps: HostDeps, pathname: string): Promise<void> {
  switch (pathname) {
    case '/auth/state':
      if (req.method !== 'GET') return refuse(res, 405, { code: 'invalid_input', message: '登录状态只接受 GET 请求。' });
      return state(req, res, ctx, deps);
    case '/auth/login':
      return signIn(req, res, ctx, deps);
    case '/auth/logout':
      return signOut(req, res, ctx, deps);
    case '/auth/password': {
      const who = sessionOfRequest(ctx, req, deps.port());
      if (!who.signedIn) return refuse(res, 401, notSignedIn(who.ended));
      return changePassword(req, res, ctx, deps, who);
    }
    default:
      return refuse(res, 404, { code: 'unknown_operation', message: '没有这个接口。' });
  }
}
