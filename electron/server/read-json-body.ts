import type http from 'node:http';

/** A request body larger than this is refused; files have their own upload route. */
export const MAX_JSON_BODY_BYTES = 10 * 1024 * 1024;

export const BODY_TOO_LARGE_MESSAGE = `提交的内容超过 ${MAX_JSON_BODY_BYTES / 1024 / 1024} MB 的上限，没有处理。请减少一次提交的内容后再试；附件和数据包请用上传功能。`;

/**
 * The body of a JSON request, or null once it is over the limit (declared or counted). Past the
 * limit the rest is still read and dropped: closing the socket while the client is sending makes
 * it see a reset connection instead of the 413 that says what the limit is.
 */
export function readJsonBody(req: http.IncomingMessage, maxBytes = MAX_JSON_BODY_BYTES): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const discard = () => {
      req.removeListener('data', collect);
      req.resume();
      resolve(null);
    };
    const chunks: Buffer[] = [];
    let size = 0;
    function collect(chunk: Buffer): void {
      size += chunk.length;
      if (size > maxBytes) return discard();
      chunks.push(chunk);
    }
    if (Number(req.headers['content-length'] ?? 0) > maxBytes) return discard();
    req.on('data', collect);
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
