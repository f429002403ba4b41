import fs from 'node:fs';
import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import type { FileReply, FileRouteRegistry } from '../server/file-reply';
import { FOREIGN_ORIGIN, refusal } from '../server/file-reply';
import type { FileRouteOptions } from '../server/file-routes';
import { answerFileRequest } from '../server/file-routes';
import { APP_ORIGIN } from './app-origin';

// The desktop's adapter for the file routes (electron/server/file-routes.ts): the same uploads,
// downloads, limits and Chinese errors as browser mode, answered on app://fazhi instead of HTTP.

function toResponse(reply: FileReply): Response {
  const init = { status: reply.status, headers: reply.headers };
  if (reply.body === null) return new Response(null, init);
  if ('json' in reply.body) return new Response(JSON.stringify(reply.body.json), init);
  // Streamed, so a 200 MB file never sits in memory whole.
  return new Response(Readable.toWeb(fs.createReadStream(reply.body.file)) as ReadableStream<Uint8Array>, init);
}

/** Answers app://fazhi/upload and app://fazhi/files/…; the caller has checked the host. */
export async function respondToFileRequest(registry: FileRouteRegistry, request: Request, options: FileRouteOptions = {}): Promise<Response> {
  // Only our own page can reach app:// at all; this is the same belt-and-braces check as browser mode's.
  const origin = request.headers.get('origin');
  if (origin !== null && origin !== APP_ORIGIN) return toResponse(refusal(403, FOREIGN_ORIGIN));
  const url = new URL(request.url);
  const body = request.body ? Readable.fromWeb(request.body as NodeReadableStream<Uint8Array>) : Readable.from([]);
  try {
    const reply = await answerFileRequest(
      registry,
      { method: request.method, pathname: url.pathname, query: url.searchParams, header: (name) => request.headers.get(name) ?? undefined, body },
      options,
    );
    return toResponse(reply);
  } finally {
    // Stops Electron feeding the rest of an upload that was refused part-way.
    body.destroy();
  }
}
