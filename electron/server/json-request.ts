import type http from 'node:http';
import { refuse } from './json-reply';
import { BODY_TOO_LARGE_MESSAGE, readJsonBody } from './read-json-body';

// The body of a JSON POST, read the same way by both HTTP servers. Only application/json is taken:
// a page on another site can send a form or text/plain without asking, but JSON only after a CORS
// preflight that these servers never answer, so this alone keeps foreign pages from posting.

/** The parsed body (an empty one is {}), or undefined once the request has been answered with a refusal. */
export async function readJsonRequest(req: http.IncomingMessage, res: http.ServerResponse, what = '接口'): Promise<{ input: unknown } | undefined> {
  if (req.method !== 'POST') {
    refuse(res, 405, { code: 'invalid_input', message: `${what}只接受 POST 请求。` });
    return undefined;
  }
  if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
    refuse(res, 415, { code: 'invalid_input', message: '请求内容必须是 JSON。' });
    return undefined;
  }
  const body = await readJsonBody(req);
  if (body === null) {
    refuse(res, 413, { code: 'invalid_input', message: BODY_TOO_LARGE_MESSAGE });
    return undefined;
  }
  try {
    return { input: body.length ? JSON.parse(body.toString('utf8')) : {} };
  } catch {
    refuse(res, 400, { code: 'invalid_input', message: '请求内容不是有效的 JSON。' });
    return undefined;
  }
}
