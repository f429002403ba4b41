import type { FileTypeGroup } from '../../shared/domain/attachment';
import { AppError } from '../../shared/errors';
import { shownName } from './safe-file-name';

/**
 * What may be handed to the system's opener: the evidence types, checked by the intake, except
 * archives, whose viewer (Windows Explorer) runs a program inside on a double-click. Anything not
 * listed (a program, a script, a web page) never reaches the opener.
 */
export const OPENABLE_GROUPS: ReadonlySet<FileTypeGroup> = new Set<FileTypeGroup>(['图片', 'PDF', 'Word', 'Excel', 'PowerPoint', 'OFD', '文本']);

/** A stored file that would not pass the intake today: it is neither opened nor served. */
export function unsafeStoredFile(storedName: string): AppError {
  return new AppError(
    'conflict',
    `“${shownName(storedName)}”不是可以作为佐证材料的文件类型，或内容与扩展名不符，为安全起见不能直接打开或下载。它可能来自本程序更新前导入的数据包：请在佐证材料中删除它，需要时请对方重新发送原始文件。`,
  );
}

/** An evidence type the opener is not given (an archive): the file is still there to download. */
export function notOpenable(storedName: string): AppError {
  return new AppError('conflict', `“${shownName(storedName)}”是压缩包，里面可能有程序，为安全起见不能直接打开。请点“下载”保存后用解压软件查看。`);
}
