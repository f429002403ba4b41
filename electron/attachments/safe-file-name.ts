import { ATTACHMENT_LIMITS } from '../../shared/domain/attachment';
import { IntakeRefusal } from './intake-refusal';

// The stored file is named by its hash, so a name is only ever shown or used when the file is saved
// back out (download, export, "open"). It must then be a plain name that is valid on Windows, cannot
// point anywhere else, and cannot disguise its type.

// C0/C1 controls, and the bidirectional overrides that make "报告\u202Efdp.exe" display as "报告exe.pdf".
// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed here
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
const WINDOWS_FORBIDDEN = /[<>:"|?*]/g;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
/** Longer than this after the last dot, it is part of the name, not an extension. */
const MAX_EXTENSION = 10;

export interface CleanFileName {
  name: string;
  /** Lower case, without the dot; '' when there is none. */
  ext: string;
}

/** The raw name as it may appear inside a message: no control characters, not too long. */
export function shownName(raw: string): string {
  const visible = raw.replace(INVISIBLE, '').trim();
  const chars = Array.from(visible);
  return chars.length > 60 ? `${chars.slice(0, 57).join('')}…` : visible;
}

function trimEnds(s: string): string {
  return s.replace(/^[\s.]+/u, '').replace(/[\s.]+$/u, '');
}

function splitExtension(name: string): { stem: string; ext: string } {
  const dot = name.lastIndexOf('.');
  if (dot <= 0 || name.length - dot - 1 > MAX_EXTENSION) return { stem: name, ext: '' };
  return { stem: name.slice(0, dot), ext: name.slice(dot + 1) };
}

/**
 * Keeps only the last path part (both / and \ count, whatever the system), removes control and
 * direction-override characters, replaces characters Windows forbids, drops leading and trailing dots
 * and spaces, renames Windows device names (CON.txt → CON_.txt), and shortens to 120 characters
 * keeping the extension. Refuses a name with nothing left.
 */
export function cleanFileName(raw: string, max: number = ATTACHMENT_LIMITS.fileName): CleanFileName {
  const last = raw.normalize('NFC').split(/[\\/]/).pop() ?? '';
  let name = trimEnds(last.replace(INVISIBLE, '').replace(WINDOWS_FORBIDDEN, '_'));
  if (!name) {
    throw new IntakeRefusal({ kind: 'no_name' }, shownName(raw), `文件名“${shownName(raw)}”无效：去掉路径、点和空格后什么也不剩，请给文件改个名字再上传。`, {
      fileName: '文件名：无效',
    });
  }
  const parts = splitExtension(name);
  const ext = parts.ext;
  let stem = parts.stem;
  const device = stem.split('.')[0]?.trim() ?? '';
  if (WINDOWS_RESERVED.test(device)) stem = `${device}_${stem.slice(device.length)}`;
  const suffix = ext ? `.${ext}` : '';
  const stemChars = Array.from(stem);
  const room = max - Array.from(suffix).length;
  if (stemChars.length > room) stem = trimEnds(stemChars.slice(0, room).join('')) || '文件';
  name = `${stem}${suffix}`;
  return { name, ext: ext.toLowerCase() };
}
