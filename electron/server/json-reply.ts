import type http from 'node:http';
import type { AppErrorData } from '../../shared/errors';
import { SECURITY_HEADERS } from './content-security';

// JSON answers of both HTTP servers (browser mode on 127.0.0.1 and host mode on the LAN).

export function sendJson(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string | string[]> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers });
  res.end(text);
}

export function refuse(res: http.ServerResponse, status: number, error: AppErrorData, headers: Record<string, string | string[]> = {}): void {
  sendJson(res, status, { ok: false, error }, headers);
}
