// The log goes to maintainers, so it may hold no personal data: no entry text, names, file names or
// payloads. An internal error's message can carry any of those (a file path with a user name, a
// value quoted by a library), so it is cut down to what helps find the bug: the error's class, its
// message with quoted parts, paths and Chinese text masked, and stack frames reduced to function,
// file base name and line.

const QUOTED = /'[^']*'|"[^"]*"|“[^”]*”|‘[^’]*’|「[^」]*」|`[^`]*`/g;
const WINDOWS_PATH = /[A-Za-z]:[\\/][^\s,;:)]*/g;
const POSIX_PATH = /(^|[\s(=])\/[^\s,;:)]*/g;
const CJK = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]+/g;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const MAX_MESSAGE = 300;
const MAX_FRAMES = 15;

export function maskText(text: string): string {
  return text
    .replace(QUOTED, (q) => `${q[0] ?? ''}…${q[q.length - 1] ?? ''}`)
    .replace(CJK, '…')
    .replace(WINDOWS_PATH, '<路径>')
    .replace(POSIX_PATH, (_m, lead: string) => `${lead}<路径>`)
    .replace(UUID, '<编号>')
    .slice(0, MAX_MESSAGE);
}

/** `    at fn (C:\Users\张三\…\main.cjs:12:3)` → `    at fn (main.cjs:12:3)`. */
function safeFrame(frame: string): string {
  return frame.replace(/\(?((?:[A-Za-z]:)?[^\s()]*[\\/])?([^\\/\s()]+:\d+:\d+)\)?$/, (_m, _dir, tail: string) => `(${tail})`).replace(CJK, '…');
}

export function safeErrorText(err: unknown): string {
  if (!(err instanceof Error)) return `非 Error 对象（${err === null ? 'null' : typeof err}）`;
  const raw = (err as { code?: unknown }).code;
  const code = typeof raw === 'string' ? ` [${raw}]` : '';
  const head = `${err.name}${code}: ${maskText(err.message)}`;
  const frames = (err.stack ?? '')
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .slice(0, MAX_FRAMES)
    .map((line) => `    ${safeFrame(line.trim())}`);
  return [head, ...frames].join('\n');
}
