import type http from 'node:http';
import type { Registry } from '../registry';
import { statusOf } from './error-status';
import { sendJson } from './json-reply';
import { readJsonRequest } from './json-request';

// /api/<operation> in host mode: the same JSON call as browser mode, through a registry that
// already acts as the signed-in user (asCaller), so the registry checks role and 科室 and writes
// the audit row. A refusal of the caller is a 403 here: the page is on another machine and the
// status is what a colleague's browser tools show.

export async function handleHostApi(req: http.IncomingMessage, res: http.ServerResponse, asUser: Registry, op: string): Promise<void> {
  const body = await readJsonRequest(req, res);
  if (!body) return;
  const result = await asUser.invoke(op, body.input);
  sendJson(res, result.ok ? 200 : statusOf(result.error.code), result);
}
