import { ATTACHMENT_LIMITS } from '../../shared/domain/attachment';
import { uuid } from '../../shared/validation/fields';
import { PACKAGE_MAX_BYTES } from '../package/package-limits';
import type { ByteSource } from '../attachments/stage-upload';
import type { FileReply, FileRouteRegistry } from './file-reply';
import { refusal } from './file-reply';
import { receiveUpload } from './receive-upload';
import { serveAttachment } from './serve-attachment';
import { serveExport } from './serve-export';

// Files do not fit the JSON API: uploads arrive as raw bytes (POST /upload?name=…, staged, then linked
// with attachments.add), downloads leave as streams. Everything else, attachment records included,
// still goes through the registry. This is the one implementation; browser mode (upload-routes.ts)
// and the desktop's app:// protocol (shell/file-response.ts) only translate requests and replies.

export interface FileRouteOptions {
  /** Defaults to ATTACHMENT_LIMITS.maxFileBytes; tests pass a small one. */
  maxUploadBytes?: number;
}

/** A request as the file routes see it; the transport has already checked who is asking. */
export interface FileRequest {
  method: string;
  pathname: string;
  query: URLSearchParams;
  /** Lower-case header name; undefined when absent. */
  header(name: string): string | undefined;
  /** Read only by an upload. */
  body: ByteSource;
}

export function isFileRoute(pathname: string): boolean {
  return pathname === '/upload' || pathname.startsWith('/files/') || pathname.startsWith('/exports/');
}

async function route(registry: FileRouteRegistry, request: FileRequest, options: FileRouteOptions): Promise<FileReply> {
  if (request.pathname === '/upload') {
    if (request.method !== 'POST') return refusal(405, { code: 'invalid_input', message: '上传只接受 POST 请求。' });
    const head = {
      name: request.query.get('name'),
      contentType: request.header('content-type') ?? '',
      declaredLength: Number(request.header('content-length') ?? 0),
    };
    // A data package (.zip) may be as large as a zip without ZIP64; every other upload keeps the attachment limit.
    const isPackage = request.query.get('purpose') === 'package' && /\.zip$/i.test(head.name ?? '');
    const limit = options.maxUploadBytes ?? (isPackage ? PACKAGE_MAX_BYTES : ATTACHMENT_LIMITS.maxFileBytes);
    return receiveUpload(registry, request.body, head, limit);
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') return refusal(405, { code: 'invalid_input', message: '下载只接受 GET 请求。' });
  const exported = /^\/exports\/([^/]+)$/.exec(request.pathname);
  if (exported) return serveExport(registry, exported[1] as string, request.query.get('name'), request.method === 'HEAD');
  const match = /^\/files\/([^/]+)(\/thumbnail)?$/.exec(request.pathname);
  if (!match || !uuid.safeParse(match[1]).success) return refusal(400, { code: 'invalid_input', message: '附件编号格式不正确。' });
  return serveAttachment(registry, match[1] as string, match[2] !== undefined, {
    headOnly: request.method === 'HEAD',
    ifNoneMatch: request.header('if-none-match'),
  });
}

/** Answers /upload, /files/… and /exports/…; never throws: a bug becomes a 500 with a Chinese message. */
export async function answerFileRequest(registry: FileRouteRegistry, request: FileRequest, options: FileRouteOptions = {}): Promise<FileReply> {
  try {
    return await route(registry, request, options);
  } catch (err) {
    console.error('[法治台账] 文件请求出错：', err);
    return { ...refusal(500, { code: 'internal', message: '程序内部出错。' }), stoppedReading: request.pathname === '/upload' };
  }
}
